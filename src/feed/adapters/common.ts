/**
 * What the readers of the other platforms share: ids and times as those platforms write them, a
 * lenient read of the raw schema, and the one way an incident is put together from its updates.
 * Loaded with the first of them, never by a page that reads only Statuspage or native feeds.
 */
import * as z from 'zod/mini';
import { TZDateMini } from '@date-fns/tz/date/mini';
import type { Component, ComponentStatus, Impact, Incident, IncidentKind, OverallStatus, Page, Phase, Update } from '../model.js';
import type { FeedIssue, FeedResult } from '../result.js';
import type { AdaptOptions } from '../formats.js';
import { completeFeed, defaultPhase, earliestUpdateAt, impactOfComponentStatuses, lastClosedAt, sortUpdates } from '../derive.js';
import { isClosed } from '../status.js';
import { toInstant } from '../instant.js';
import { describeValue, lenient, normalizeBody, note, put, readWith, type LenientOptions } from '../lenient.js';

export { put, normalizeBody, describeValue };
export type { FeedIssue, FeedResult, AdaptOptions, Component, ComponentStatus, Impact, Incident, Page, Phase, Update };

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
// Go's time.Time.String(), as Hugo writes it: "2026-03-02 20:00:00 +0100 +0100", "2025-04-10 13:00:00 +0000 UTC"
const GO_TIME = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?) ([+-]\d\d)(\d\d)(?: \S+)?$/;
// A time with no offset at all: SQL's "2026-06-28 15:58:49.191", or ISO's "2026-06-28T15:58:49"
const LOCAL_TIME = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?$/;

/**
 * A date-time as the platforms write it, to the model's UTC form; a time with no offset stays
 * local (no `Z`) until the reader knows the zone to read it in (`Clock`).
 */
export function readTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (LOCAL_TIME.test(text)) return text.replace(' ', 'T');
  const go = GO_TIME.exec(text);
  if (go) return toInstant(`${go[1]}T${go[2]}${go[3]}:${go[4]}`);
  const js = DATE_TO_STRING.exec(text);
  if (js) {
    const month = MONTHS.indexOf(js[1]!) / 3 + 1;
    if (month > 0) return toInstant(`${js[3]}-${String(month).padStart(2, '0')}-${js[2]}T${js[4]}${js[5]}:${js[6]}`);
  }
  return toInstant(text);
}

/** A time field: any of the forms above, else an issue that drops the field or the item. */
export const Time = z.transform((value: unknown, context) => {
  const time = readTime(value);
  if (time === undefined) {
    context.issues.push({ code: 'custom', message: `expected a date-time but got ${describeValue(value)}`, input: value });
  }
  return time ?? '';
});

/** Go's templates write a missing value as "<no value>"; Hugo's empty dates as the zero time. */
export const isNoValue = (value: unknown) => value === '<no value>' || value === '' || (typeof value === 'string' && value.startsWith('0001-01-01'));

/**
 * Turns the local times a feed may hold into instants, in one zone: the feed's own, else the
 * `feedTimeZone` option, else UTC, which is said once in the issues.
 */
export class Clock {
  #zone: string | undefined;
  #guessed = false;
  constructor(options: AdaptOptions, feedZone?: string) {
    this.#zone = [feedZone, options.feedTimeZone].find((zone) => zone && isZone(zone));
  }

  instant(time: string): string;
  instant(time: string | undefined): string | undefined;
  instant(time: string | undefined): string | undefined {
    if (time === undefined || time === '' || /(Z|[+-]\d\d:\d\d)$/.test(time)) return time || undefined;
    const [, year, month, day, hour, minute, second = 0, ms = '0'] = LOCAL_TIME.exec(time)!.map((part) => part);
    if (!this.#zone) {
      this.#guessed = true;
      return toInstant(`${time}Z`);
    }
    const date = new TZDateMini(+year!, +month! - 1, +day!, +hour!, +minute!, +second, +ms.padEnd(3, '0'), this.#zone);
    return new Date(+date).toISOString();
  }

  /** The issue to add once the feed is read, if a time had to be read as UTC. */
  issues(): FeedIssue[] {
    return this.#guessed
      ? [{ path: [], message: '$: read times without a time zone as UTC: the feed does not say its zone; set feed-time-zone' }]
      : [];
  }
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const OPTIONS: LenientOptions = { nullIsAbsent: true };

/** The lenient reader of a platform's raw schema (bad items dropped and reported, with paths). */
export function reader<T>(schema: z.core.$ZodType, name?: string): (input: unknown) => ReturnType<typeof readWith<T>> {
  const read = lenient(schema, OPTIONS, name);
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
  /** The platform's own current phase, if it says one; otherwise that of the newest update. */
  status?: Phase;
  /** The platform says it is over (a `resolved` flag, an end time), whatever its updates say. */
  ended?: boolean;
  startedAt?: string;
  endedAt?: string;
  scheduledFor?: string;
  scheduledUntil?: string;
  url?: string;
  componentIds?: string[];
  updates: Update[];
}

/**
 * An incident from what a platform says of it. The current phase is the newest update's, unless
 * the platform states one; where the two disagree on whether it is over, the open one wins: an
 * open incident is never shown as resolved. Undefined when it has no start time at all.
 */
export function incident(parts: IncidentParts): Incident | undefined {
  const updates = sortUpdates(parts.updates);
  const isMaintenance = parts.kind === 'maintenance';
  const newest = updates[0]?.status;
  let status = parts.status ?? newest ?? defaultPhase(isMaintenance, parts.ended === true);
  if (newest !== undefined && isClosed(status) && !isClosed(newest)) status = newest;
  const startedAt = (isMaintenance ? parts.scheduledFor : undefined) ?? parts.startedAt ?? earliestUpdateAt(updates);
  if (startedAt === undefined) return undefined;
  const result: Incident = {
    id: parts.id,
    title: parts.title,
    kind: parts.kind,
    impact: parts.impact ?? (isMaintenance ? 'maintenance' : 'minor'),
    status,
    startedAt,
    componentIds: parts.componentIds ?? [],
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

/** The impact a set of component statuses implies. */
export { impactOfComponentStatuses };

export interface FeedParts {
  page: Page;
  status?: Partial<OverallStatus>;
  components?: Component[];
  incidents?: (Incident | undefined)[];
  issues: FeedIssue[];
  /** Lists that were there but empty: "no incidents" is news too. */
  hadLists?: boolean;
}

/** The last step of every reader here: incidents and maintenances apart, newest first, the state derived if not stated. */
export function feed(parts: FeedParts, clock?: Clock): FeedResult {
  const incidents: Incident[] = [];
  const maintenances: Incident[] = [];
  for (const item of parts.incidents ?? []) if (item) (item.kind === 'maintenance' ? maintenances : incidents).push(item);
  const issues = clock ? [...parts.issues, ...clock.issues()] : parts.issues;
  return completeFeed(
    parts.page.name !== '' || parts.hadLists === true,
    [],
    parts.page,
    parts.components ?? [],
    incidents,
    maintenances,
    parts.status,
    issues,
  );
}

/** A feed that is not the shape a reader expects at all. */
export { invalidFeed } from '../lenient.js';
