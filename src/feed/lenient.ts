/**
 * Reading untrusted JSON leniently with Zod. A format is written as a plain Zod schema of what a
 * valid feed is; `lenient` derives from it the reader, which keeps what is usable and notes what
 * is not, each note with its JSON path:
 * - a list of objects drops a bad item (or one whose id is taken) and keeps the rest;
 * - an optional field with a wrong value is ignored, so the adapter derives it instead;
 * - a required field with a registered fallback takes the fallback;
 * - any other wrong field makes its item bad.
 * A schema only reads the keys it names, never deeper, so deep input cannot exhaust the stack.
 */
import * as z from 'zod/mini';
import type { FeedIssue, FeedResult, JsonPath } from './result.js';
import { formatPath } from './result.js';

export type JsonObject = Record<string, unknown>;

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodRawIssue & { path?: PropertyKey[]; input?: unknown; params?: { note?: true } };
type Payload = { value: unknown; issues: Issue[] };

export interface LenientOptions {
  /** null means "not given", in a field or as a list (Statuspage-compatible servers send it for both). */
  nullIsAbsent?: boolean;
  /** A list may come as the text of a list ("[]"), as some Statuspage-compatible servers send it. */
  listsAsText?: boolean;
}

/** What a reader puts in a required field that is missing or wrong (the schema itself stays strict). */
export const fallbacks = z.registry<{ value: unknown }>();

export function withFallback<T extends Schema>(schema: T, value: unknown): T {
  fallbacks.add(schema, { value });
  return schema;
}

/**
 * An issue that was dealt with (the item kept, the field ignored or replaced): reported, not
 * fatal, and the checks of the objects around it still run (`continue`).
 */
export function note(message: string, path: PropertyKey[] = []): Issue {
  return { code: 'custom', message, path, input: undefined, params: { note: true }, continue: true };
}

const PARSE_CONTEXT = { async: false } as const;

/**
 * Runs a schema and keeps the value and the issues together: a parse that met only notes is a
 * success with them, which `safeParse` cannot express (any issue is a failure there).
 */
function run(schema: Schema, value: unknown): Payload {
  return schema._zod.run({ value, issues: [] }, PARSE_CONTEXT) as Payload;
}

function firstProblem(issues: readonly Issue[]): Issue | undefined {
  for (const issue of issues) if (issue.params?.note !== true) return issue;
  return undefined;
}

/** The problem in the words of the notes: "expected a string but got the number 42". */
export function explain(issue: Issue): string {
  return issue.message ?? `expected ${expectation(issue)} but got ${describeValue(issue.input)}`;
}

function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'a list' : issue.expected === 'nonoptional' ? 'a value' : `${article(issue.expected)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'an ISO 8601 date-time with seconds and an offset (like 2026-04-17T13:00:00Z)'
        : `a ${issue.format}`;
    case 'too_small':
      return issue.origin === 'string' ? 'a non-empty string' : `at least ${issue.minimum}`;
    default:
      return 'a valid value';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Where a problem is (its own path below `at`) and what it did to the value. */
function noteProblem(payload: Payload, problem: Issue, what: string, at: PropertyKey[] = []): void {
  payload.issues.push(note(`${what}: ${explain(problem)}`, [...at, ...(problem.path ?? [])]));
}

/**
 * A list of objects where a bad item is dropped and noted while the rest is kept; a later item
 * whose id was already used is dropped too. Anything but a list is a problem of the field.
 */
export function items(item: Schema, name: string, options: LenientOptions): Schema {
  return z.transform((input, payload: Payload) => {
    let list = input;
    if (options.listsAsText && typeof input === 'string') list = listFromText(input);
    if (!Array.isArray(list)) {
      payload.issues.push({ code: 'invalid_type', expected: 'array', input });
      return [];
    }
    const kept: unknown[] = [];
    const ids = new Set<unknown>();
    for (let index = 0; index < list.length; index++) {
      const result = run(item, list[index]);
      const problem = firstProblem(result.issues);
      const id = (result.value as JsonObject | undefined)?.id;
      if (problem) noteProblem(payload, problem, `dropped this ${name}`, [index]);
      else if (id !== undefined && ids.has(id)) {
        payload.issues.push(note(`dropped this ${name}: its id ${JSON.stringify(id)} was already used`, [index]));
      } else {
        ids.add(id);
        kept.push(result.value);
        for (const issue of result.issues) payload.issues.push({ ...issue, path: [index, ...(issue.path ?? [])] });
      }
    }
    return kept;
  });
}

function listFromText(text: string): unknown {
  try {
    return JSON.parse(text.trim() || '[]');
  } catch {
    return text;
  }
}

/** An optional field whose wrong value is noted and left out. */
function ignoring(field: Schema, label: string, options: LenientOptions): Schema {
  return z.optional(
    z.transform((input, payload: Payload) => {
      if (input === null && options.nullIsAbsent) return undefined;
      const result = run(field, input);
      const problem = firstProblem(result.issues);
      if (problem) {
        noteProblem(payload, problem, `ignored ${label}`);
        return undefined;
      }
      payload.issues.push(...result.issues);
      return result.value;
    }),
  );
}

/** A required field whose missing or wrong value is noted and replaced by the fallback. */
function replacing(field: Schema, fallback: unknown, label: string): Schema {
  const shown = typeof fallback === 'string' && fallback ? ` with ${JSON.stringify(fallback)}` : '';
  return z.transform((input, payload: Payload) => {
    const result = run(field, input);
    const problem = firstProblem(result.issues);
    if (problem) {
      noteProblem(payload, problem, fallback === undefined ? `ignored ${label}` : `replaced ${label}${shown}`);
      return fallback;
    }
    payload.issues.push(...result.issues);
    return result.value;
  });
}

/**
 * The lenient reader of a schema: the same objects, lists and fields, with the rules above. An
 * object's own checks (rules across its fields) are kept and judge what was read.
 */
export function lenient(schema: Schema, options: LenientOptions, name = 'feed'): Schema {
  const def = schema._zod.def;
  if (def.type === 'array') {
    const element = (def as z.core.$ZodArrayDef).element;
    const itemName = name.replace(/s$/, '');
    return element._zod.def.type === 'object' ? items(lenient(element, options, itemName), itemName, options) : schema;
  }
  if (def.type !== 'object') return schema;
  const shape: Record<string, Schema> = {};
  for (const [key, field] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
    const label = `this ${name}'s ${key}`;
    const fieldName = key.replace(/_/g, ' ');
    const fallback = fallbacks.get(field);
    if (field._zod.def.type === 'optional') {
      const inner = (field._zod.def as z.core.$ZodOptionalDef).innerType;
      shape[key] = ignoring(lenient(inner, options, fieldName), label, options);
    } else if (fallback) shape[key] = replacing(lenient(field, options, fieldName), fallback.value, label);
    else shape[key] = lenient(field, options, fieldName);
  }
  const object = z.object(shape);
  return def.checks?.length ? object.check(...(def.checks as z.core.$ZodCheck<Record<string, unknown>>[])) : object;
}

/** What a lenient reader made of the input, or the problem that left nothing to read. */
export type ReadResult<T> = { ok: true; value: T; issues: FeedIssue[] } | { ok: false; result: FeedResult };

export function readWith<T>(reader: Schema, input: unknown): ReadResult<T> {
  const { value, issues } = run(reader, input);
  const problem = firstProblem(issues);
  if (problem) {
    const where = formatPath((problem.path ?? []) as JsonPath);
    // A schema's own message says what is wrong, not where (a bare incident's `id`, its start time).
    const message = problem.message
      ? `${where}: ${problem.message}`
      : `Expected ${expectation(problem)} at ${where} but got ${describeValue(problem.input)}`;
    return { ok: false, result: invalidFeed(message) };
  }
  const feedIssues = issues.map((issue) => {
    const path = (issue.path ?? []) as JsonPath;
    return { path, message: `${formatPath(path)}: ${issue.message}` };
  });
  return { ok: true, value: value as T, issues: feedIssues };
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** Untrusted body text, kept raw; only line endings are normalized so renderers see `\n` alone. */
export function normalizeBody(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Sets an optional field only when there is a value, so absent fields stay absent. */
export function put<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** A feed that could not be read at all; the issues found on the way are kept for developers. */
export function invalidFeed(message: string, issues: FeedIssue[] = []): Extract<FeedResult, { ok: false }> {
  return { ok: false, error: { kind: 'invalid', message, ...(issues.length > 0 && { issues }) } };
}

/** Why an object cannot be a feed of a format at all: none of its keys. */
export function rootProblem(input: JsonObject, keys: readonly string[], format: string): FeedResult | undefined {
  if (keys.some((key) => input[key] !== undefined && input[key] !== null)) return undefined;
  return invalidFeed(`Found no status data at $: expected ${format} with one of ${keys.join(', ')}`);
}
