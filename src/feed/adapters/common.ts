/**
 * What the readers of other platforms share: ids and times as those platforms write them, a
 * lenient read of the raw schema, enums mapped with a reported fallback, and the one way an
 * incident is put together from its updates. Loaded with the first of them, never by a page that
 * reads only Statuspage or native feeds.
 */
import * as z from 'zod/mini';
import type { Component, ComponentStatus, Impact, Incident, IncidentKind, Phase, Update } from '../model.js';
import { currentPhase, earliestUpdateAt, lastClosedAt, sortUpdates } from '../derive.js';
import { isClosed } from '../status.js';
import { toInstant } from '../instant.js';
import { describeValue, lenient, normalizeBody, note, put, readWith, type LenientOptions } from '../lenient.js';

/** A non-empty identifier, as text; many platforms number them. */
export const Id = z.transform((value: unknown, context) => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '') return value;
  context.issues.push({ code: 'custom', message: `expected an id (a non-empty string or a number) but got ${describeValue(value)}`, input: value });
  return '';
});

export const Text = z.string();

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
// JavaScript's Date.prototype.toString(): "Tue Mar 03 2026 10:00:00 GMT+0100 (Central European Standard Time)"
const DATE_TO_STRING = /^\w{3} (\w{3}) (\d\d) (\d{4}) (\d\d:\d\d:\d\d) GMT([+-]\d\d)(\d\d)/;

/** An ISO 8601 date-time (see toInstant) or JavaScript's `Date.toString()` text, to the model's UTC form. */
function readTime(value: unknown): string | undefined {
  const js = typeof value === 'string' ? DATE_TO_STRING.exec(value) : null;
  if (!js) return toInstant(value);
  const month = MONTHS.indexOf(js[1]!) / 3 + 1;
  return month > 0 ? toInstant(`${js[3]}-${String(month).padStart(2, '0')}-${js[2]}T${js[4]}${js[5]}:${js[6]}`) : undefined;
}

/** A time field: either form above, else an issue that drops the field or the item. */
export const Time = z.transform((value: unknown, context) => {
  const time = readTime(value);
  if (time === undefined) {
    context.issues.push({ code: 'custom', message: `expected a date-time but got ${describeValue(value)}`, input: value });
  }
  return time ?? '';
});

const OPTIONS: LenientOptions = { nullIsAbsent: true };

/** The lenient reader of a platform's raw schema (bad items dropped and reported, with paths). */
export function reader<T>(schema: z.core.$ZodType): (input: unknown) => ReturnType<typeof readWith<T>> {
  const read = lenient(schema, OPTIONS);
  return (input) => readWith<T>(read, input);
}

/** An enum read leniently: a known value maps, an unknown one becomes the fallback and is reported. */
export function mapped<T extends string>(map: Record<string, T>, fallback: T, what: string, normalize = (value: string) => value) {
  return z.transform((value: unknown, context) => {
    const key = typeof value === 'string' || typeof value === 'number' ? normalize(String(value)) : undefined;
    if (key !== undefined && Object.hasOwn(map, key)) return map[key]!;
    context.issues.push(note(`read the unknown ${what} ${describeValue(value)} as ${JSON.stringify(fallback)}`));
    return fallback;
  });
}

export interface IncidentParts {
  id: string;
  title: string;
  kind: IncidentKind;
  impact?: Impact;
  /** The platform's own current phase, if it says one. */
  status?: Phase;
  /** The platform says it is over (an end time), whatever its updates say. */
  ended: boolean;
  startedAt?: string;
  endedAt?: string;
  scheduledFor?: string;
  scheduledUntil?: string;
  url?: string;
  componentIds: string[];
  updates: Update[];
}

/**
 * An incident from what a platform says of it, its phase by the rule every reader follows
 * (derive.ts `currentPhase`: an open incident is never shown as over). Undefined when it has no
 * start time at all.
 */
export function incident(parts: IncidentParts): Incident | undefined {
  const updates = sortUpdates(parts.updates);
  const isMaintenance = parts.kind === 'maintenance';
  const startedAt = (isMaintenance ? parts.scheduledFor : undefined) ?? parts.startedAt ?? earliestUpdateAt(updates);
  if (startedAt === undefined) return undefined;
  const status = currentPhase(parts.status, updates, isMaintenance, parts.ended);
  const result: Incident = {
    id: parts.id,
    title: parts.title,
    kind: parts.kind,
    impact: parts.impact ?? (isMaintenance ? 'maintenance' : 'minor'),
    status,
    startedAt,
    componentIds: parts.componentIds,
    updates,
  };
  if (isClosed(status)) put(result, 'endedAt', parts.endedAt ?? lastClosedAt(updates) ?? (isMaintenance ? parts.scheduledUntil : undefined));
  put(result, 'scheduledFor', parts.scheduledFor);
  put(result, 'scheduledUntil', parts.scheduledUntil);
  put(result, 'url', parts.url || undefined);
  return result;
}

export function update(status: Phase, at: string, body: string | undefined, id?: string): Update {
  const result: Update = { status, at, body: body ? normalizeBody(body) : '' };
  put(result, 'id', id);
  return result;
}

export function component(id: string, name: string, status: ComponentStatus, group?: string, description?: string): Component {
  const result: Component = { id, name, status };
  put(result, 'group', group || undefined);
  put(result, 'description', description || undefined);
  return result;
}
