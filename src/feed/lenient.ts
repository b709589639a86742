/**
 * Small helpers for reading untrusted JSON leniently: take what is usable, note what is not.
 * They only ever look one level into a value, so arbitrarily deep input cannot exhaust the stack.
 */
import type { FeedIssue, FeedResult, JsonPath } from './result.js';
import { formatPath } from './result.js';
import { toInstant } from './instant.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value is, for messages ("an array", "the string \"soon\""): never the word undefined. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : `the string ${quote(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a value of type ${typeof value}`;
  }
}

/** A short, quoted excerpt of untrusted text for a message. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Collects the issues of one parse; each message carries its own path so it reads on its own. */
export class IssueLog {
  readonly issues: FeedIssue[] = [];

  add(path: JsonPath, message: string): void {
    this.issues.push({ path, message: `${formatPath(path)}: ${message}` });
  }
}

/**
 * A list where one is expected. Missing or null means empty. Some Statuspage-compatible servers
 * send the string "[]" (a serialized list) instead of a list: that is read as what it says.
 */
export function readList(value: unknown, path: JsonPath, log: IssueLog, what: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '' || text === '[]') return [];
    if (text.startsWith('[')) {
      const parsed = parseQuietly(text);
      if (Array.isArray(parsed)) return parsed;
    }
  }
  log.add(path, `ignored ${what}: expected a list but got ${describeValue(value)}`);
  return [];
}

/** A non-empty identifier; numbers are accepted since some servers send numeric ids. */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * An optional date-time field as a UTC instant. Absent or null is simply "not given"; anything
 * else that is not an ISO 8601 date-time is noted and ignored.
 */
export function readTime(value: unknown, path: () => JsonPath, log: IssueLog): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const instant = toInstant(value);
  if (instant === undefined) log.add(path(), `ignored ${describeValue(value)}: not an ISO 8601 date-time`);
  return instant;
}

/** Text of an optional field: absent, null and empty all mean "not given". */
export function readOptionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Untrusted body text, kept raw; only line endings are normalized so renderers see `\n` alone. */
export function normalizeBody(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function parseQuietly(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A feed that could not be read at all; the issues found on the way are kept for developers. */
export function invalidFeed(message: string, issues: FeedIssue[] = []): FeedResult {
  return { ok: false, error: issues.length > 0 ? { kind: 'invalid', message, issues } : { kind: 'invalid', message } };
}
