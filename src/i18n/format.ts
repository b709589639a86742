/**
 * Dates as the viewer reads them: date-fns with the pack's locale, in the element's `time-zone`
 * (an IANA zone) or the viewer's own, with the zone named beside every time.
 */
import { tz, type TZDate } from '@date-fns/tz';
import { format, formatDistance, formatDuration, intervalToDuration } from 'date-fns';
import type { LocalePack } from './terms.js';

/**
 * Intl formatters are costly to build and rendering asks for the zone name of every time, so
 * they are kept per language and zone. The cache is cleared when the browser's language
 * changes, because a formatter built for the default zone or language would then be wrong.
 */
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();
globalThis.addEventListener?.('languagechange', () => zoneNameFormats.clear());

function zoneNameFormat(lang: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone ?? ''}`;
  let formatter = zoneNameFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' });
    zoneNameFormats.set(key, formatter);
  }
  return formatter;
}

/** True when the platform knows the zone; an unknown one falls back to the viewer's. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
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

export class DateFormatter {
  readonly #pack: LocalePack;
  readonly #timeZone: string | undefined;
  readonly #in: ((date: Date | string | number) => TZDate) | undefined;

  constructor(pack: LocalePack, timeZone?: string) {
    this.#pack = pack;
    this.#timeZone = timeZone && isValidTimeZone(timeZone) ? timeZone : undefined;
    this.#in = this.#timeZone ? tz(this.#timeZone) : undefined;
  }

  /** The calendar month an instant falls in, in the display zone. */
  monthOf(iso: string): MonthKey {
    const date = this.#in ? this.#in(iso) : new Date(iso);
    return { year: date.getFullYear(), month: date.getMonth() };
  }

  /** "may 2026" / "May 2026". */
  month({ year, month }: MonthKey): string {
    return format(new Date(year, month, 1), this.#pack.monthPattern, { locale: this.#pack.dateLocale });
  }

  /** "17 abr 2026, 08:00 GMT-5": date, time and the zone. */
  dateTime(iso: string): string {
    const date = new Date(iso);
    const text = format(date, 'PPp', { locale: this.#pack.dateLocale, in: this.#in });
    return `${text} ${this.zoneName(date)}`;
  }

  zoneName(date: Date): string {
    const part = zoneNameFormat(this.#pack.code, this.#timeZone)
      .formatToParts(date)
      .find((candidate) => candidate.type === 'timeZoneName');
    return part?.value ?? '';
  }

  /** "5 minutes ago" / "hace 5 minutos". */
  relative(iso: string, now: Date): string {
    return formatDistance(new Date(iso), now, { addSuffix: true, locale: this.#pack.dateLocale });
  }

  /** "4 hours 15 minutes" / "4 horas 15 minutos"; under a minute, "less than a minute". */
  duration(startIso: string, endIso: string): string {
    const start = new Date(startIso);
    const end = new Date(endIso);
    const text = formatDuration(intervalToDuration({ start, end }), {
      locale: this.#pack.dateLocale,
      format: ['years', 'months', 'days', 'hours', 'minutes'],
    });
    return text || formatDistance(start, end, { locale: this.#pack.dateLocale });
  }
}
