/**
 * What the readers of other platforms share: ids and times as those platforms write them, a
 * lenient read of the raw schema, enums mapped with a reported fallback, and the one way an
 * incident is put together from its updates. Loaded with the first of them, never by a page that
 * reads only Statuspage or native feeds.
 */
import * as z from 'zod/mini';
import type { Component, ComponentStatus, Impact, Incident, IncidentKind, Indicator, Phase, Update } from '../model.js';
import type { FeedIssue, FeedResult } from '../result.js';
import { currentPhase, earliestUpdateAt, lastClosedAt, sortUpdates } from '../derive.js';
import { isClosed, worstIndicator } from '../status.js';
import { toInstant } from '../instant.js';
import { TZDateMini } from '@date-fns/tz/date/mini';
import { describeValue, lenient, normalizeBody, note, put, readWith, type LenientOptions } from '../lenient.js';

/** A non-empty identifier, as text; many platforms number them. */
export const Id = z.transform((value: unknown, context) => readId(value, context));

function readId(value: unknown, context: { issues: unknown[] }): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '') return value;
  context.issues.push({ code: 'custom', message: `expected an id (a non-empty string or a number) but got ${describeValue(value)}`, input: value });
  return '';
}

/** An id as `Id` reads it, in a list of one: for a lenient list whose ids repeat across types (JSON:API). */
export const IdInList = z.transform((value: unknown, context) => [readId(value, context)] as const);

export const Text = z.string();

/*
 * The few shapes beyond the core's that readers need, as transforms: a zod schema class the core
 * does not use would be kept in the core's file, loaded by every page, once a reader names it.
 */

/** A flag as SQL or JSON writes it: true/false or 1/0. */
export const Flag = z.transform((value: unknown, context) => {
  if (typeof value === 'boolean' || typeof value === 'number') return !!value;
  context.issues.push({ code: 'custom', message: `expected true, false, 1 or 0 but got ${describeValue(value)}`, input: value });
  return false;
});

/** A number, or a number written as text ("60"). */
export const Numeric = z.transform((value: unknown, context) => {
  const number = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '') ? Number(value) : NaN;
  if (Number.isFinite(number)) return number;
  context.issues.push({ code: 'custom', message: `expected a number but got ${describeValue(value)}`, input: value });
  return 0;
});

/** Text where one is given, nothing (not an issue) for null or any other value. */
export const TextOrNothing = z.transform((value: unknown) => (typeof value === 'string' ? value : undefined));

/** Present at all, whatever it holds. */
export const Present = z.transform((value: unknown) => value !== undefined && value !== null);

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

// "2026-03-02 20:00:00" as SQL writes it (Cachet, Uptime Kuma): no zone of its own
const ZONELESS = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?$/;

/**
 * How a feed's times without an offset are read: in `zone` when the feed or `feedTimeZone` gives
 * one, else as UTC. `readAsUtc` turns true once such a time was read with no zone given, so that
 * the reader says so once (`zoneIssues`), not once per time.
 */
export interface Zone {
  zone: string | undefined;
  readAsUtc: boolean;
  unknown?: string;
}

export function zoneOf(...candidates: (string | undefined)[]): Zone {
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (!Number.isNaN(new TZDateMini(2000, 0, 1, candidate).getTime())) return { zone: candidate, readAsUtc: false };
    return { zone: undefined, readAsUtc: false, unknown: candidate };
  }
  return { zone: undefined, readAsUtc: false };
}

/**
 * A time with an offset as `toInstant` reads it; one without (SQL's `Y-m-d H:i:s`) as the wall
 * clock of the zone, or UTC when there is none. Undefined when it is neither.
 */
export function zonedTime(value: unknown, zone: Zone): string | undefined {
  const match = typeof value === 'string' ? ZONELESS.exec(value) : null;
  if (!match) return readTime(value);
  if (!zone.zone) {
    zone.readAsUtc = true;
    return toInstant(`${value as string}Z`.replace(' ', 'T'));
  }
  const [, year, month, day, hour, minute, second = '0', fraction = ''] = match as unknown as string[];
  // the calendar and the clock checked as toInstant checks them (no 31 April, no 25:00)
  if (toInstant(`${year}-${month}-${day}T${hour}:${minute}:${second.padStart(2, '0')}Z`) === undefined) return undefined;
  const ms = +fraction.padEnd(3, '0');
  const time = new TZDateMini(+year!, +month! - 1, +day!, +hour!, +minute!, +second, ms, zone.zone).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The issues a reader adds after reading zone-less times (none when every time had an offset). */
export function zoneIssues(zone: Zone, platform: string): FeedIssue[] {
  const messages: string[] = [];
  if (zone.unknown !== undefined)
    messages.push(`the time zone ${JSON.stringify(zone.unknown)} is not one this browser knows (an IANA name like "Europe/Madrid"): times without an offset were read as UTC`);
  if (zone.readAsUtc)
    messages.push(`${platform} writes times without a zone and none was given: they were read as UTC; set feed-time-zone (the feedTimeZone option) to the page's zone`);
  return messages.map((message) => ({ path: [], message: `$: ${message}` }));
}

/**
 * The platform's own overall state, with its words, where what the feed lists is not worse:
 * a page that says "down" is down, and one that says "up" over an open outage is not believed.
 */
export function statedUnlessWorse(result: FeedResult, stated: Indicator | undefined, words?: string): FeedResult {
  if (result.ok && stated && worstIndicator([stated, result.feed.status.indicator]) === stated) {
    result.feed.status.indicator = stated;
    put(result.feed.status, 'description', words || undefined);
  }
  return result;
}

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
