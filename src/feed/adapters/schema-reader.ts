/**
 * Reading one object with a Zod schema, leniently: a bad optional field is dropped (and then
 * derived), a bad required field with a fallback takes the fallback, anything else drops the
 * object. Zod's own messages are not used: they can say "received undefined" and do not say
 * where, so each issue is told again in the feed's terms.
 */
import type * as z from 'zod/mini';
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import { describeValue, isObject } from '../lenient.js';

type ObjectSchema = z.ZodMiniObject;

interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly format?: unknown;
}

export function readItem<S extends ObjectSchema>(
  schema: S,
  value: unknown,
  path: JsonPath,
  log: IssueLog,
  what: string,
  fallbacks: Partial<Record<keyof S['shape'], unknown>> = {},
): z.output<S> | undefined {
  const first = schema.safeParse(value);
  if (first.success) return first.data;
  if (!isObject(value)) {
    log.add(path, `dropped this ${what}: expected an object but got ${describeValue(value)}`);
    return undefined;
  }
  const repaired: JsonObject = { ...value };
  for (const issue of first.error.issues as readonly SchemaIssue[]) {
    const key = issue.path[0];
    if (typeof key !== 'string') continue;
    const optional = schema.shape[key]?._zod.optin === 'optional';
    const hasFallback = Object.prototype.hasOwnProperty.call(fallbacks, key);
    if (!optional && !hasFallback) continue;
    const action = optional ? 'ignored' : 'replaced';
    log.add(issuePath(path, issue), `${action} this ${what}'s ${key}: ${explainIssue(issue, value)}`);
    if (optional) delete repaired[key];
    else repaired[key] = fallbacks[key];
  }
  const second = schema.safeParse(repaired);
  if (second.success) return second.data;
  const issue = second.error.issues[0] as SchemaIssue | undefined;
  if (issue === undefined) return undefined;
  log.add(issuePath(path, issue), `dropped this ${what}: ${explainIssue(issue, repaired)}`);
  return undefined;
}

function issuePath(base: JsonPath, issue: SchemaIssue): JsonPath {
  const path: (string | number)[] = [...base];
  for (const key of issue.path) if (typeof key === 'string' || typeof key === 'number') path.push(key);
  return path;
}

function explainIssue(issue: SchemaIssue, root: unknown): string {
  const got = describeValue(valueAt(root, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${withArticle(String(issue.expected))} but got ${got}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')} but got ${got}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? `expected an ISO 8601 date-time with seconds and an offset (like 2026-04-17T13:00:00Z) but got ${got}`
        : `expected text in the ${String(issue.format)} format but got ${got}`;
    default:
      return `${got} is not valid here (${issue.code})`;
  }
}

/** Follows a schema issue's path, which is only as deep as the schema, never the input. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
