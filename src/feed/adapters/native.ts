/**
 * The native format (see docs/native-format.md): read item by item, so one bad incident, update
 * or component is dropped or repaired alone, then completed with what can be derived. A
 * normalized `StatusFeed` is itself a valid native feed.
 */
import type { Component, Incident, OverallStatus, Page, Update } from '../model.js';
import type { FeedResult, JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import { drop, forEachItem, isGiven, isNewId, normalizeBody, report, rootProblem } from '../lenient.js';
import { COMPONENT_STATUSES, IMPACTS, INDICATORS, PHASES } from '../model-values.js';
import { completeFeed, defaultPhase, earliestUpdateAt, lastClosedAt, sortUpdates } from '../derive.js';
import { isClosed } from '../status.js';
import type { Fields } from './native-fields.js';
import { instant, oneOf, optional, readFields, text, texts } from './native-fields.js';
import type { NativeComponentInput, NativeIncidentInput, NativeUpdateInput } from './native-schema.js';

const KNOWN_KEYS = ['page', 'status', 'components', 'incidents', 'maintenances'];

/** The schema's lists are lists: anything else (null, a string) is reported and read as empty. */
const STRICT = true;

// The fields of native-schema.ts, in its order (issues are reported in that order).
const PAGE: Fields = { name: [text, ''], url: optional(text), timeZone: optional(text), updatedAt: optional(instant) };
const STATUS: Fields = { indicator: oneOf(INDICATORS), description: optional(text) };
const COMPONENT: Fields = {
  id: text,
  name: text,
  status: optional(oneOf(COMPONENT_STATUSES)),
  group: optional(text),
  description: optional(text),
};
const INCIDENT: Fields = {
  id: text,
  title: text,
  impact: optional(oneOf(IMPACTS)),
  status: optional(oneOf(PHASES)),
  startedAt: optional(instant),
  endedAt: optional(instant),
  scheduledFor: optional(instant),
  scheduledUntil: optional(instant),
  url: optional(text),
  componentIds: optional(texts),
};
const UPDATE: Fields = { id: optional(text), status: optional(oneOf(PHASES)), at: instant, body: [text, ''] };

/** Raw native JSON (already parsed) to the normalized feed. Pure; never throws on bad data. */
export function adaptNative(input: unknown): FeedResult {
  const notFeed = rootProblem(input, KNOWN_KEYS, 'a native feed');
  if (notFeed) return notFeed;
  const root = input as JsonObject;
  const log: IssueLog = [];
  const page = readPage(root.page, log);
  const components: Component[] = [];
  const seen = new Set<string>();
  const readComponent = (item: unknown, path: JsonPath) => {
    const component = readFields<NativeComponentInput>(item, path, log, 'component', COMPONENT);
    if (component && isNewId(seen, component.id, path, log, 'component')) {
      components.push({ status: 'operational', ...component });
    }
  };
  forEachItem(root.components, ['components'], log, 'the components', readComponent, STRICT);
  const incidents = readIncidents(root, 'incidents', log);
  const maintenances = readIncidents(root, 'maintenances', log);
  const stated =
    root.status === undefined ? undefined : readFields<OverallStatus>(root.status, ['status'], log, 'status', STATUS);
  const lists = [root.components, root.incidents, root.maintenances];
  return completeFeed(root, lists, page, components, incidents, maintenances, stated, log);
}

function readPage(value: unknown, log: IssueLog): Page {
  if (isGiven(value)) return readFields<Page>(value, ['page'], log, 'page', PAGE) ?? { name: '' };
  report(log, ['page'], 'the feed has no page: expected an object with at least a name');
  return { name: '' };
}

function readIncidents(root: JsonObject, key: 'incidents' | 'maintenances', log: IssueLog): Incident[] {
  const incidents: Incident[] = [];
  const seen = new Set<string>();
  const readItem = (item: unknown, path: JsonPath) => {
    const incident = readIncident(item, path, key === 'maintenances', log);
    if (incident && isNewId(seen, incident.id, path, log, 'incident')) incidents.push(incident);
  };
  forEachItem(root[key], [key], log, `the ${key}`, readItem, STRICT);
  return incidents;
}

function readIncident(value: unknown, path: JsonPath, isMaintenance: boolean, log: IssueLog): Incident | undefined {
  const what = isMaintenance ? 'maintenance' : 'incident';
  const read = readFields<NativeIncidentInput>(value, path, log, what, INCIDENT);
  if (read === undefined) return undefined;
  const updates = readUpdates((value as JsonObject).updates, [...path, 'updates'], log);
  const startedAt = read.startedAt ?? (isMaintenance ? read.scheduledFor : undefined) ?? earliestUpdateAt(updates);
  if (startedAt === undefined) {
    return drop(
      log,
      path,
      what,
      `it has no start time (give startedAt${isMaintenance ? ', scheduledFor' : ''} or an update)`,
    );
  }
  const status = read.status ?? updates[0]?.status ?? defaultPhase(isMaintenance, read.endedAt !== undefined);
  const incident: Incident = {
    impact: isMaintenance ? 'maintenance' : 'none',
    componentIds: [],
    ...read,
    status,
    startedAt,
    updates,
  };
  if (read.endedAt === undefined && isClosed(status)) {
    const endedAt = lastClosedAt(updates) ?? (isMaintenance ? read.scheduledUntil : undefined);
    if (endedAt !== undefined) incident.endedAt = endedAt;
  }
  return incident;
}

function readUpdates(value: unknown, path: JsonPath, log: IssueLog): Update[] {
  const updates: Update[] = [];
  const readUpdate = (item: unknown, itemPath: JsonPath) => {
    const update = readFields<NativeUpdateInput>(item, itemPath, log, 'update', UPDATE);
    if (update) updates.push({ status: 'update', ...update, body: normalizeBody(update.body) });
  };
  forEachItem(value, path, log, 'the updates', readUpdate, STRICT);
  return sortUpdates(updates);
}
