/**
 * Calendar arithmetic in the display time zone: which month an instant falls in, the months a
 * history spans, how long ago something was and how long it lasted. date-fns counts, on
 * @date-fns/tz's zoned dates, so months of 28 to 31 days, days of 23 or 25 hours and zones
 * half an hour or 45 minutes off UTC come out right. Only numbers leave this module: the words
 * are Intl's (format.ts), so no date-fns locale is shipped.
 */
import { TZDateMini } from '@date-fns/tz/date/mini';
// One module per function, not the package's index: unbundled (the dev server, the tests) the
// index alone is some 250 requests; bundled, it makes no difference.
import { differenceInDays } from 'date-fns/differenceInDays';
import { differenceInHours } from 'date-fns/differenceInHours';
import { differenceInMinutes } from 'date-fns/differenceInMinutes';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { differenceInSeconds } from 'date-fns/differenceInSeconds';
import { differenceInWeeks } from 'date-fns/differenceInWeeks';
import { differenceInYears } from 'date-fns/differenceInYears';
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval';
import type { ContextFn } from 'date-fns';
import { minutesInDay, minutesInHour } from 'date-fns/constants';

export interface MonthKey {
  year: number;
  /** 0–11 */
  month: number;
}

/** A month and what started in it. */
export interface MonthOf<T> extends MonthKey {
  items: T[];
}

/** A month as one number, to compare months and key by them. */
export const monthIndex = ({ year, month }: MonthKey): number => year * 12 + month;

type Difference = (later: number, earlier: number, options?: { in?: ContextFn<Date>; roundingMethod?: 'round' }) => number;

/**
 * From a day up, "how long ago" counts whole units on the zone's wall clock, as a reader does:
 * the same time yesterday is a day ago even across a DST change, when only 23 hours passed.
 */
const CALENDAR_UNITS: [Intl.RelativeTimeFormatUnit, Difference][] = [
  ['year', differenceInYears],
  ['month', differenceInMonths],
  ['week', differenceInWeeks],
  ['day', differenceInDays],
];

/** Under a day, elapsed time, to the nearest unit: "in 1 minute" no later than 90 seconds ahead. */
const CLOCK_UNITS: [Intl.RelativeTimeFormatUnit, Difference][] = [
  ['hour', differenceInHours],
  ['minute', differenceInMinutes],
  ['second', differenceInSeconds],
];

export interface Elapsed {
  day: number;
  hour: number;
  minute: number;
}

/**
 * How long from `start` to `end` (ISO instants), in whole days of 24 hours, hours and minutes;
 * nothing if `end` comes first. Elapsed time, not calendar time: an incident lasted as long as its
 * users were without the service, which a clock change does not stretch or shorten, and the same
 * incident must last as long for readers in every zone. So it needs no zone.
 */
export function elapsed(start: string, end: string): Elapsed {
  const minutes = Math.max(0, differenceInMinutes(Date.parse(end), Date.parse(start)));
  return {
    day: Math.floor(minutes / minutesInDay),
    hour: Math.floor((minutes % minutesInDay) / minutesInHour),
    minute: minutes % minutesInHour,
  };
}

export class Calendar {
  /** Turns an instant into a date on the zone's wall clock; none is the viewer's own zone. */
  readonly #in: ContextFn<Date> | undefined;

  /** `timeZone`: an IANA zone the platform knows (see `isValidTimeZone`), or none for the viewer's. */
  constructor(timeZone?: string) {
    // The mini date does the arithmetic date-fns needs, without the full one's string formatting.
    this.#in = timeZone ? (value) => TZDateMini.tz(timeZone, +new Date(value)) : undefined;
  }

  #date(instant: number): Date {
    return this.#in ? this.#in(instant) : new Date(instant);
  }

  /** The calendar month `instant` (ISO, or milliseconds) falls in. */
  monthOf(instant: string | number): MonthKey {
    const date = this.#date(typeof instant === 'string' ? Date.parse(instant) : instant);
    return { year: date.getFullYear(), month: date.getMonth() };
  }

  /**
   * Every month from the later of `now`'s and the newest item's back to the oldest item's, newest
   * first, each with the items that started in it, in the order given; a month without any is there
   * with none.
   */
  months<T>(items: readonly T[], startOf: (item: T) => string, now: number): MonthOf<T>[] {
    const byMonth = new Map<number, T[]>();
    let newest = now;
    let oldest = now;
    for (const item of items) {
      const start = Date.parse(startOf(item));
      if (start > newest) newest = start;
      if (start < oldest) oldest = start;
      const index = monthIndex(this.monthOf(start));
      const list = byMonth.get(index);
      if (list) list.push(item);
      else byMonth.set(index, [item]);
    }
    return eachMonthOfInterval({ start: oldest, end: newest }, { in: this.#in })
      .reverse()
      .map((first) => {
        const month = { year: first.getFullYear(), month: first.getMonth() };
        return { ...month, items: byMonth.get(monthIndex(month)) ?? [] };
      });
  }

  /** How long before (negative) or after `now` `instant` (ISO) is, in the largest unit that fits. */
  relative(instant: string, now: number): { unit: Intl.RelativeTimeFormatUnit; value: number } {
    const at = Date.parse(instant);
    for (const [unit, difference] of CALENDAR_UNITS) {
      const value = difference(at, now, { in: this.#in });
      if (value !== 0) return { unit, value };
    }
    const [unit, difference] = CLOCK_UNITS.find(([, difference]) => difference(at, now) !== 0) ?? CLOCK_UNITS[2]!;
    // date-fns rounds a moment ago to 0, not -0, and Intl says "in 0 seconds" for 0, "0 seconds ago" for -0;
    // and the very moment of `now` reads as just past ("0 seconds ago", as a last update does)
    const value = difference(at, now, { roundingMethod: 'round' }) || (at <= now ? -0 : 0);
    return { unit, value };
  }
}
