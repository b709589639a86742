/**
 * The native format (see docs/native-format.md): validated item by item with the Zod schema, so
 * one bad incident, update or component is dropped or repaired alone, then completed with what
 * can be derived. A normalized `StatusFeed` is itself a valid native feed.
 */
import type { Component, Incident, OverallStatus, Page, Phase, StatusFeed, Update } from '../model.js';
import type { FeedResult, JsonPath } from '../result.js';
import type { JsonObject } from '../lenient.js';
import { IssueLog, describeValue, invalidFeed, isObject, normalizeBody, readList } from '../lenient.js';
import { toInstant } from '../instant.js';
import { deriveFeedIndicator, earliestUpdateAt, isClosed, lastClosedAt, sortByNewestStart, sortUpdates } from '../derive.js';
import {
  NativeComponentInput,
  NativeIncidentFields,
  NativePageInput,
  NativeStatusInput,
  NativeUpdateInput,
} from './native-schema.js';
import { readItem } from './schema-reader.js';

const KNOWN_KEYS = ['page', 'status', 'components', 'incidents', 'maintenances'] as const;

/** Raw native JSON (already parsed) to the normalized feed. Pure; never throws on bad data. */
export function adaptNative(input: unknown): FeedResult {
  if (!isObject(input)) return invalidFeed(`Expected an object at $ but got ${describeValue(input)}`);
  if (!KNOWN_KEYS.some((key) => input[key] !== undefined && input[key] !== null)) {
    return invalidFeed(`Found no status data at $: expected a native feed with one of ${KNOWN_KEYS.join(', ')}`);
  }
  const log = new IssueLog();
  const page = readPage(input.page, log);
  const components = readComponents(input.components, log);
  const incidents = readIncidents(input.incidents, 'incidents', log);
  const maintenances = readIncidents(input.maintenances, 'maintenances', log);
  const stated =
    input.status === undefined || input.status === null
      ? undefined
      : readItem(NativeStatusInput, input.status, ['status'], log, 'status');

  const hasContent =
    isObject(input.page) ||
    stated !== undefined ||
    components.length + incidents.length + maintenances.length > 0 ||
    [input.components, input.incidents, input.maintenances].some((list) => Array.isArray(list) && list.length === 0);
  if (!hasContent) {
    return invalidFeed('Found nothing usable in the feed at $: every incident and component was dropped', log.issues);
  }
  const status: OverallStatus = {
    indicator: stated?.indicator ?? deriveFeedIndicator(components, incidents, maintenances),
  };
  if (stated?.description !== undefined) status.description = stated.description;
  sortByNewestStart(incidents);
  sortByNewestStart(maintenances);
  const feed: StatusFeed = { page, status, components, incidents, maintenances };
  return { ok: true, feed, issues: log.issues };
}

function readPage(value: unknown, log: IssueLog): Page {
  if (value === undefined || value === null) {
    log.add(['page'], 'the feed has no page: expected an object with at least a name');
    return { name: '' };
  }
  const read = readItem(NativePageInput, value, ['page'], log, 'page', { name: '' });
  if (read === undefined) return { name: '' };
  const page: Page = { name: read.name };
  if (read.url !== undefined) page.url = read.url;
  if (read.timeZone !== undefined) page.timeZone = read.timeZone;
  const updatedAt = toInstant(read.updatedAt);
  if (updatedAt !== undefined) page.updatedAt = updatedAt;
  return page;
}

function readComponents(value: unknown, log: IssueLog): Component[] {
  const components: Component[] = [];
  const seen = new Set<string>();
  const list = readList(value, ['components'], log, 'the components');
  for (let index = 0; index < list.length; index++) {
    const read = readItem(NativeComponentInput, list[index], ['components', index], log, 'component');
    if (read === undefined) continue;
    if (seen.has(read.id)) {
      log.add(['components', index], `dropped this component: its id "${read.id}" was already used`);
      continue;
    }
    seen.add(read.id);
    const component: Component = { id: read.id, name: read.name, status: read.status ?? 'operational' };
    if (read.group !== undefined) component.group = read.group;
    if (read.description !== undefined) component.description = read.description;
    components.push(component);
  }
  return components;
}

function readIncidents(value: unknown, key: 'incidents' | 'maintenances', log: IssueLog): Incident[] {
  const incidents: Incident[] = [];
  const seen = new Set<string>();
  const list = readList(value, [key], log, `the ${key}`);
  for (let index = 0; index < list.length; index++) {
    const incident = readIncident(list[index], [key, index], key === 'maintenances', log);
    if (incident === undefined) continue;
    if (seen.has(incident.id)) {
      log.add([key, index], `dropped this incident: its id "${incident.id}" was already used`);
      continue;
    }
    seen.add(incident.id);
    incidents.push(incident);
  }
  return incidents;
}

function readIncident(value: unknown, path: JsonPath, isMaintenance: boolean, log: IssueLog): Incident | undefined {
  const what = isMaintenance ? 'maintenance' : 'incident';
  const fields = readItem(NativeIncidentFields, value, path, log, what);
  if (fields === undefined) return undefined;
  const updates = readUpdates((value as JsonObject).updates, [...path, 'updates'], log);
  const scheduledFor = toInstant(fields.scheduledFor);
  const scheduledUntil = toInstant(fields.scheduledUntil);
  const startedAt = toInstant(fields.startedAt) ?? (isMaintenance ? scheduledFor : undefined) ?? earliestUpdateAt(updates);
  if (startedAt === undefined) {
    const fix = isMaintenance ? 'startedAt, scheduledFor or an update' : 'startedAt or an update';
    log.add(path, `dropped this ${what}: it has no start time (give ${fix})`);
    return undefined;
  }
  const givenEnd = toInstant(fields.endedAt);
  const status = fields.status ?? updates[0]?.status ?? defaultPhase(isMaintenance, givenEnd !== undefined);
  const incident: Incident = {
    id: fields.id,
    title: fields.title,
    impact: fields.impact ?? (isMaintenance ? 'maintenance' : 'none'),
    status,
    startedAt,
    componentIds: fields.componentIds ?? [],
    updates,
  };
  const closedAt = isClosed(status) ? (lastClosedAt(updates, undefined) ?? (isMaintenance ? scheduledUntil : undefined)) : undefined;
  const endedAt = givenEnd ?? closedAt;
  if (endedAt !== undefined) incident.endedAt = endedAt;
  if (scheduledFor !== undefined) incident.scheduledFor = scheduledFor;
  if (scheduledUntil !== undefined) incident.scheduledUntil = scheduledUntil;
  if (fields.url !== undefined) incident.url = fields.url;
  return incident;
}

/** The phase of an incident that has neither a status nor updates. */
function defaultPhase(isMaintenance: boolean, hasEnded: boolean): Phase {
  if (isMaintenance) return hasEnded ? 'completed' : 'scheduled';
  return hasEnded ? 'resolved' : 'update';
}

function readUpdates(value: unknown, path: JsonPath, log: IssueLog): Update[] {
  const updates: Update[] = [];
  const list = readList(value, path, log, 'the updates');
  for (let index = 0; index < list.length; index++) {
    const read = readItem(NativeUpdateInput, list[index], [...path, index], log, 'update', { body: '' });
    const at = toInstant(read?.at);
    if (read === undefined || at === undefined) continue;
    const update: Update = { status: read.status ?? 'update', at, body: normalizeBody(read.body) };
    if (read.id !== undefined) update.id = read.id;
    updates.push(update);
  }
  return sortUpdates(updates);
}
