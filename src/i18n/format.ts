/**
 * Dates as the viewer reads them, in the element's `time-zone` (an IANA zone) or the viewer's own,
 * with the zone named beside every time. The platform's Intl formatters do the localizing: they
 * know every language, plural rule and zone, and cost no bytes (date-fns with its locales and
 * time-zone support would be some 10 KB gzipped, 40 % of the whole budget).
 */

/** Building an Intl formatter costs far more than using one, and a page formats hundreds of times. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** True when the platform knows the zone; an unknown one falls back to the viewer's. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface MonthKey {
  year: number;
  /** 0–11 */
  month: number;
}

/** Largest unit first: a relative time is said in the largest unit that fits. */
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** Units of a duration, largest first; incidents last minutes to weeks, so days are the largest. */
const DURATION_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export class DateFormatter {
  readonly #lang: string;
  readonly #timeZone: string | undefined;
  #relativeFormat?: Intl.RelativeTimeFormat;
  #listFormat?: Intl.ListFormat;

  /** `lang`: a BCP 47 tag the platform accepts (`en-GB` gives "17 Apr 2026, 17:15"). */
  constructor(lang: string, timeZone?: string) {
    this.#lang = lang;
    this.#timeZone = timeZone && isValidTimeZone(timeZone) ? timeZone : undefined;
  }

  /** The calendar month an instant falls in, in the display zone. */
  monthOf(iso: string): MonthKey {
    const parts = dateFormat('en-US', { timeZone: this.#timeZone, year: 'numeric', month: 'numeric' }).formatToParts(new Date(iso));
    const value = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
    return { year: value('year'), month: value('month') - 1 };
  }

  /** "may 2026" / "May 2026". */
  month({ year, month }: MonthKey): string {
    return dateFormat(this.#lang, { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(Date.UTC(year, month, 1));
  }

  /** "17 abr 2026, 8:00 GMT-5": date, time and the zone. */
  dateTime(iso: string): string {
    const date = new Date(iso);
    const text = dateFormat(this.#lang, { timeZone: this.#timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
    return `${text} ${this.zoneName(date)}`;
  }

  zoneName(date: Date): string {
    const parts = dateFormat(this.#lang, { timeZone: this.#timeZone, timeZoneName: 'short' }).formatToParts(date);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  }

  /** "5 minutes ago" / "hace 5 minutos". */
  relative(iso: string, now: Date): string {
    const elapsed = Date.parse(iso) - now.getTime();
    const [unit, size] = RELATIVE_UNITS.find(([, length]) => Math.abs(elapsed) >= length) ?? RELATIVE_UNITS[6]!;
    this.#relativeFormat ??= new Intl.RelativeTimeFormat(this.#lang);
    return this.#relativeFormat.format(Math.round(elapsed / size), unit);
  }

  /** "4 hours 15 minutes" / "4 horas 15 minutos"; under a minute, "0 minutes". */
  duration(startIso: string, endIso: string): string {
    let rest = Math.max(0, Date.parse(endIso) - Date.parse(startIso));
    const parts: string[] = [];
    for (const [unit, size] of DURATION_UNITS) {
      const count = Math.floor(rest / size);
      rest -= count * size;
      if (count || (unit === 'minute' && !parts.length)) {
        parts.push(new Intl.NumberFormat(this.#lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count));
      }
    }
    this.#listFormat ??= new Intl.ListFormat(this.#lang, { type: 'unit', style: 'narrow' });
    return this.#listFormat.format(parts);
  }
}
