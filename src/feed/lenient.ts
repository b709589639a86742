/**
 * Small helpers for reading untrusted JSON leniently: take what is usable, note what is not.
 * They only ever look one level into a value, so arbitrarily deep input cannot exhaust the stack.
 */
import type { FeedIssue, FeedResult, JsonPath } from './result.js';
import { formatPath } from './result.js';
import { toInstant } from './instant.js';

export type JsonObject = Record<string, unknown>;

/** The issues of one parse, in the order they were met. */
export type IssueLog = FeedIssue[];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Neither absent nor null: JSON's two ways of not giving a value. */
export function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** What a value is, for messages ("an array", "the string \"soon\""): never the word undefined. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value ? `the string ${quote(value)}` : 'an empty string';
  if (typeof value === 'number') return `the number ${value}`;
  if (value === null || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a value of type ${typeof value}`;
}

/** A short, quoted excerpt of untrusted text for a message. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Each message starts with its path, so it reads on its own in a log. */
export function report(log: IssueLog, path: JsonPath, message: string): void {
  log.push({ path, message: `${formatPath(path)}: ${message}` });
}

/** Reports an item left out of the feed; nothing, for callers that return what they read. */
export function drop(log: IssueLog, path: JsonPath, what: string, reason: string): undefined {
  report(log, path, `dropped this ${what}: ${reason}`);
  return undefined;
}

/** The object that is expected at `path`, or nothing once reported as dropped. */
export function readObject(value: unknown, path: JsonPath, log: IssueLog, what: string): JsonObject | undefined {
  return isObject(value) ? value : drop(log, path, what, `expected an object but got ${describeValue(value)}`);
}

/** An item's id (see readId) or name (any string), or nothing once the item is reported as dropped for lacking it. */
export function readRequired(raw: JsonObject, key: 'id' | 'name', path: JsonPath, log: IssueLog, what: string) {
  const value = raw[key];
  const read = key === 'id' ? readId(value) : typeof value === 'string' ? value : undefined;
  return read ?? drop(log, path, what, `it has no ${key} (${key} is ${describeValue(value)})`);
}

/**
 * Visits each item of a list, with its path. Missing means empty. Unless `strict`, null means
 * empty too and, since some Statuspage-compatible servers send the string "[]" (a serialized
 * list) instead of a list, such a string is read as what it says.
 */
export function forEachItem(
  value: unknown,
  path: JsonPath,
  log: IssueLog,
  what: string,
  visit: (item: unknown, path: JsonPath) => void,
  strict?: boolean,
): void {
  let list = value;
  try {
    if (typeof value === 'string' && !strict) list = JSON.parse(value.trim() || '[]');
  } catch {
    // not a list: reported below
  }
  if (Array.isArray(list)) for (let index = 0; index < list.length; index++) visit(list[index], [...path, index]);
  else if (strict ? value !== undefined : isGiven(value)) {
    report(log, path, `ignored ${what}: expected a list but got ${describeValue(value)}`);
  }
}

/** Whether an id is new; a repeated one is reported with the item it drops. */
export function isNewId(seen: Set<string>, id: string, path: JsonPath, log: IssueLog, what: string): boolean {
  if (!seen.has(id)) {
    seen.add(id);
    return true;
  }
  drop(log, path, what, `its id "${id}" was already used`);
  return false;
}

/** A non-empty identifier; numbers are accepted since some servers send numeric ids. */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return readOptionalText(value);
}

/** Text of an optional field: absent, null and empty all mean "not given". */
export function readOptionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * An optional date-time field as a UTC instant. Absent, null or empty is simply "not given";
 * anything else that is not an ISO 8601 date-time is noted and ignored.
 */
export function readTime(object: JsonObject, key: string, path: JsonPath, log: IssueLog): string | undefined {
  const value = object[key];
  const instant = toInstant(value);
  if (instant === undefined && isGiven(value) && value !== '') {
    report(log, [...path, key], `ignored ${describeValue(value)}: not an ISO 8601 date-time`);
  }
  return instant;
}

/** One of some known values; anything else is reported with what is used instead. */
export function readOneOf<T extends string>(
  values: readonly T[],
  object: JsonObject,
  key: string,
  path: JsonPath,
  log: IssueLog,
  instead: string,
  reportMissing?: boolean,
): T | undefined {
  const value = object[key];
  if (values.includes(value as T)) return value as T;
  if (reportMissing || isGiven(value))
    report(log, [...path, key], `unknown ${key} ${describeValue(value)}, ${instead}`);
  return undefined;
}

/** Untrusted body text, kept raw; only line endings are normalized so renderers see `\n` alone. */
export function normalizeBody(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Sets an optional field only when there is a value, so absent fields stay absent. */
export function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** A feed that could not be read at all; the issues found on the way are kept for developers. */
export function invalidFeed(message: string, issues: FeedIssue[] = []): FeedResult {
  return { ok: false, error: { kind: 'invalid', message, ...(issues.length > 0 && { issues }) } };
}

/** Why a value cannot be a feed of a format at all: not an object, or none of its keys. */
export function rootProblem(input: unknown, keys: readonly string[], format: string, isFeed?: boolean) {
  if (!isObject(input)) return invalidFeed(`Expected an object at $ but got ${describeValue(input)}`);
  if (isFeed || keys.some((key) => isGiven(input[key]))) return undefined;
  return invalidFeed(`Found no status data at $: expected ${format} with one of ${keys.join(', ')}`);
}
