/**
 * ISO 8601 date-times to the model's UTC form (`2026-05-13T18:16:07.136Z`).
 * Parsed by hand rather than with `Date.parse`, whose handling of anything but the strict ISO
 * form differs between engines (Chrome reads "May 7" as a date, Firefox does not).
 */
import * as z from 'zod/mini';

// date, then optional time (seconds and fraction optional), then optional Z or ±hh[:mm]
const ISO_DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)?$/;

/**
 * The form most feeds send, already the model's but for the milliseconds it may lack, with a
 * day that every month has: checked by this alone, several times faster than the Date round trip.
 */
const COMMON_UTC = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?Z$/;

/**
 * The UTC ISO string for an ISO 8601 date-time, or undefined if it is not one.
 * A time without an offset is read as UTC: Statuspage always sends one, and guessing the
 * page's zone would make the same feed read differently on different machines.
 */
export function toInstant(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const common = COMMON_UTC.exec(value);
  if (common) return common[1] ? value : `${value.slice(0, 19)}.000Z`;
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [
    ,
    year,
    month,
    day,
    hour = 0,
    minute = 0,
    second = 0,
    fraction = '',
    sign,
    offsetHours = 0,
    offsetMinutes = 0,
  ] = match;
  if (+hour > 23 || +minute > 59 || +second > 59 || +offsetHours > 23 || +offsetMinutes > 59) return undefined;
  // Year 2000 first: Date.UTC maps years 0-99 to 1900-1999, and as a leap year it keeps a
  // 29 February that the real year, set next, rolls over to March when it has none.
  const date = new Date(
    Date.UTC(2000, +month! - 1, +day!, +hour, +minute, +second, +fraction.slice(0, 3).padEnd(3, '0')),
  );
  date.setUTCFullYear(+year!);
  if (date.getUTCMonth() !== +month! - 1 || date.getUTCDate() !== +day!) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes);
  return new Date(date.getTime() - offset * 60_000).toISOString();
}

/** The strict form, before its calendar is checked: seconds, an optional fraction, then Z or ±hh:mm. */
const STRICT_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * A Zod schema of the date-times the native format and the model require: the strict ISO 8601
 * form with seconds and an offset (`2026-04-17T13:00:00Z`, `2026-04-17T09:00:00-04:00`), on a day
 * and at a time that exist. It accepts what `z.iso.datetime({ offset: true })` accepts, tested
 * side by side, with the calendar checked by `toInstant` instead of a 700-character pattern and
 * three more schema classes in every page's bundle. The JSON Schema says `format: date-time`, and
 * its generator adds Zod's pattern (native-json-schema.ts).
 */
export function isoDateTime() {
  return z.string().check(
    z.check((context) => {
      const { value } = context;
      if (!STRICT_DATE_TIME.test(value) || toInstant(value) === undefined) {
        context.issues.push({ code: 'invalid_format', format: 'datetime', input: value });
      }
    }),
    z.meta({ format: 'date-time' }),
  );
}
