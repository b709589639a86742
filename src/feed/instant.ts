/**
 * ISO 8601 date-times to the model's UTC form (`2026-05-13T18:16:07.136Z`).
 * Parsed by hand rather than with `Date.parse`, whose handling of anything but the strict ISO
 * form differs between engines (Chrome reads "May 7" as a date, Firefox does not).
 */

// date, then optional time (seconds and fraction optional), then optional Z or ±hh[:mm]
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

const MINUTE = 60_000;

/**
 * The UTC ISO string for an ISO 8601 date-time, or undefined if it is not one.
 * A time without an offset is read as UTC: Statuspage always sends one, and guessing the
 * page's zone would make the same feed read differently on different machines.
 */
export function toInstant(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Most feeds already send UTC in this form; checking it by hand is several times faster than
  // the Date round trip below, and large feeds have a few dates per update.
  const utc = readCanonicalUtc(value);
  if (utc !== undefined) return utc;
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = ''] = match;
  const [sign, offsetHours = '0', offsetMinutes = '0'] = match.slice(9);
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  const oh = Number(offsetHours);
  const om = Number(offsetMinutes);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59 || oh > 23 || om > 59) {
    return undefined;
  }
  const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, milliseconds));
  // Date.UTC maps years 0-99 to 1900-1999; setting the year afterwards keeps them as written.
  date.setUTCFullYear(y);
  const offset = sign ? (sign === '-' ? -1 : 1) * (oh * 60 + om) : 0;
  return new Date(date.getTime() - offset * MINUTE).toISOString();
}

/** `2026-03-25T16:32:01.875Z` as is, `2026-03-25T16:32:01Z` with `.000` added; anything else undefined. */
function readCanonicalUtc(value: string): string | undefined {
  const length = value.length;
  if ((length !== 24 && length !== 20) || value.charCodeAt(length - 1) !== 0x5a /* Z */) return undefined;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return undefined;
  if (length === 24 && (value[19] !== '.' || digitsAt(value, 20, 3) < 0)) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return length === 24 ? value : `${value.slice(0, 19)}.000Z`;
}

/** The number written with `count` digits at `start`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}
