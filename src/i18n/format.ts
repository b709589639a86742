/**
 * Dates as the viewer reads them, in the element's `time-zone` (an IANA zone) or the viewer's own,
 * with the zone named beside every time. The counting is the calendar's (date-fns); the words are
 * the platform's Intl formatters: they know every language, plural rule and zone, and cost no
 * bytes, where date-fns' locales would ship one file per language.
 */
import { Calendar, elapsed, type MonthKey } from './calendar.js';

/**
 * Building an Intl formatter costs far more than using one, and a page formats hundreds of times.
 * Bounded, and emptied when the browser's language changes (what a tag resolves to may change).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 64;

export function clearFormatCaches(): void {
  formatters.clear();
  dateFormatters.clear();
  lists.clear();
}

const lists = new Map<string, Intl.ListFormat>();

/** A list as `lang` writes one ("A, B and C", "A, B y C", "A、B、C"), as parts to put in a template. */
export function listParts(lang: string, items: string[]): { type: 'element' | 'literal'; value: string }[] {
  let format = lists.get(lang);
  if (!format) {
    if (lists.size >= MAX_FORMATS) lists.clear();
    lists.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  }
  return format.formatToParts(items);
}

/** Date formatters by language and zone, shared by every element; a page uses a handful. */
const dateFormatters = new Map<string, DateFormatter>();
const MAX_DATE_FORMATTERS = 32;

/** The shared formatter for `lang` in `timeZone`: the same object while neither changes. */
export function dateFormatter(lang: string, timeZone?: string): DateFormatter {
  const key = `${lang} ${timeZone ?? ''}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    if (dateFormatters.size >= MAX_DATE_FORMATTERS) dateFormatters.clear();
    formatter = new DateFormatter(lang, timeZone);
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATS) formatters.clear();
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

/** Units of a duration, largest first; incidents last minutes to weeks, so days are the largest. */
const DURATION_UNITS = ['day', 'hour', 'minute'] as const;

export class DateFormatter {
  /** Months, spans and distances in the same zone as the words. */
  readonly calendar: Calendar;
  readonly #lang: string;
  readonly #timeZone: string | undefined;
  #relativeFormat?: Intl.RelativeTimeFormat;
  #listFormat?: Intl.ListFormat;

  /** `lang`: a BCP 47 tag the platform accepts (`en-GB` gives "17 Apr 2026, 17:15"). */
  constructor(lang: string, timeZone?: string) {
    this.#lang = lang;
    this.#timeZone = timeZone && isValidTimeZone(timeZone) ? timeZone : undefined;
    this.calendar = new Calendar(this.#timeZone);
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
    const { unit, value } = this.calendar.relative(iso, now.getTime());
    this.#relativeFormat ??= new Intl.RelativeTimeFormat(this.#lang);
    return this.#relativeFormat.format(value, unit);
  }

  /** "4 hours 15 minutes" / "4 horas 15 minutos"; under a minute, "0 minutes". */
  duration(startIso: string, endIso: string): string {
    const counts = elapsed(startIso, endIso);
    const parts: string[] = [];
    for (const unit of DURATION_UNITS) {
      const count = counts[unit];
      if (count || (unit === 'minute' && !parts.length)) {
        parts.push(new Intl.NumberFormat(this.#lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count));
      }
    }
    this.#listFormat ??= new Intl.ListFormat(this.#lang, { type: 'unit', style: 'narrow' });
    return this.#listFormat.format(parts);
  }
}
