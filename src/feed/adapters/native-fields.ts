/**
 * Reading one object of the native format field by field, with the rules of its Zod schema
 * (native-schema.ts) written out by hand so that parsing needs no Zod: a wrong optional field
 * is dropped (and then derived), a wrong required field with a fallback takes the fallback,
 * any other wrong field drops the object. The tests hold the two to the same verdicts.
 */
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import { describeValue, readObject, report } from '../lenient.js';
import { toInstant } from '../instant.js';

/** What a wrong value should have been; `index` points into a list at the wrong item. */
class Expected {
  constructor(
    readonly what: string,
    readonly index?: number,
  ) {}
}

/** The value to keep (times normalized to UTC), or what was expected instead. */
type Check = (value: unknown) => unknown;

/** A field's check, and for a wrong value: OPTIONAL to drop it, else the value to put instead. */
type Field = Check | [Check, unknown];

export type Fields = Record<string, Field>;

const OPTIONAL = Symbol('optional');

export const optional = (check: Check): Field => [check, OPTIONAL];

export const text: Check = (value) => (typeof value === 'string' ? value : new Expected('a string'));

export const texts: Check = (value) => {
  if (!Array.isArray(value)) return new Expected('an array');
  const wrong = value.findIndex((item) => typeof item !== 'string');
  return wrong < 0 ? [...value] : new Expected('a string', wrong);
};

export const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    values.includes(value as string)
      ? value
      : new Expected(`one of ${values.map((known) => JSON.stringify(known)).join(', ')}`);

/** The schema's `z.iso.datetime({ offset: true })`: seconds and a `Z` or `±hh:mm` offset required. */
const OFFSET_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

export const instant: Check = (value) =>
  typeof value !== 'string'
    ? new Expected('a string')
    : (OFFSET_DATE_TIME.test(value) && toInstant(value)) ||
      new Expected('an ISO 8601 date-time with seconds and an offset (like 2026-04-17T13:00:00Z)');

/** The fields of `value` that are right (unknown ones left out), or nothing once it is dropped. */
export function readFields<T>(
  value: unknown,
  path: JsonPath,
  log: IssueLog,
  what: string,
  fields: Fields,
): T | undefined {
  const object = readObject(value, path, log, what);
  if (object === undefined) return undefined;
  const read: JsonObject = {};
  let dropped: [JsonPath, string] | undefined;
  for (const key in fields) {
    const field = fields[key]!;
    const [check, ifWrong] = typeof field === 'function' ? [field, undefined] : field;
    const given = object[key];
    if (given === undefined && ifWrong === OPTIONAL) continue;
    const kept = check(given);
    if (!(kept instanceof Expected)) {
      read[key] = kept;
      continue;
    }
    const wrong = kept.index === undefined ? given : (given as unknown[])[kept.index];
    const at = kept.index === undefined ? [...path, key] : [...path, key, kept.index];
    const problem = `expected ${kept.what} but got ${describeValue(wrong)}`;
    if (ifWrong === undefined) dropped ??= [at, problem];
    else {
      report(log, at, `${ifWrong === OPTIONAL ? 'ignored' : 'replaced'} this ${what}'s ${key}: ${problem}`);
      if (ifWrong !== OPTIONAL) read[key] = ifWrong;
    }
  }
  if (dropped === undefined) return read as T;
  report(log, dropped[0], `dropped this ${what}: ${dropped[1]}`);
  return undefined;
}
