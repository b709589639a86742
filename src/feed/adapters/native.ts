/**
 * The native format (see docs/native-format.md): read by the lenient reader of its Zod schema, so
 * one bad incident, update or component is dropped or repaired alone, then completed with what
 * can be derived. A normalized `StatusFeed` is itself a valid native feed.
 */
import type { Component, Incident, Page, Update } from '../model.js';
import type { FeedResult } from '../result.js';
import { isObject, lenient, normalizeBody, put, readWith, rootProblem } from '../lenient.js';
import { completeFeed, defaultPhase, earliestUpdateAt, lastClosedAt, sortUpdates } from '../derive.js';
import { isClosed } from '../status.js';
import { toInstant } from '../instant.js';
import type {
  NativeComponentInput,
  NativeFeedInput,
  NativeIncidentInput,
  NativePageInput,
  NativeStatusInput,
  NativeUpdateInput,
} from './native-schema.js';
import { NativeFeedInput as NativeFeedSchema } from './native-schema.js';

const KNOWN_KEYS = ['page', 'status', 'components', 'incidents', 'maintenances'];

/** What the reader gives: the input's shape, with what was wrong left out or replaced. */
type Read = Omit<NativeFeedInput, 'page'> & { page: NativePageInput };

/**
 * The reader of the native format: the lenient reader of a schema of it (the package's own by
 * default). Taking the schema as a parameter is what lets the tests show that it is the reader.
 */
export function nativeReader(schema: typeof NativeFeedSchema = NativeFeedSchema): (input: unknown) => FeedResult {
  const reader = lenient(schema, {});
  return (input) => {
    const read = readWith<Read>(reader, input);
    if (!read.ok) return read.result;
    const notFeed = rootProblem(input as Record<string, unknown>, KNOWN_KEYS, 'a native feed');
    if (notFeed) return notFeed;
    const { page, status, components = [], incidents = [], maintenances = [] } = read.value;
    const raw = input as Record<string, unknown>;
    return completeFeed(
      isObject(raw.page),
      [raw.components, raw.incidents, raw.maintenances],
      toPage(page),
      components.map(toComponent),
      incidents.map((incident) => toIncident(incident, false)),
      maintenances.map((maintenance) => toIncident(maintenance, true)),
      status as NativeStatusInput | undefined,
      read.issues,
    );
  };
}

/** Raw native JSON (already parsed) to the normalized feed. Pure; never throws on bad data. */
export const adaptNative = nativeReader();

/** A time the schema accepted, in the model's UTC form. */
function utc(time: string): string {
  return toInstant(time) ?? time;
}

function toPage(read: NativePageInput): Page {
  const page: Page = { name: read.name };
  put(page, 'url', read.url);
  put(page, 'timeZone', read.timeZone);
  put(page, 'updatedAt', read.updatedAt && utc(read.updatedAt));
  return page;
}

function toComponent(read: NativeComponentInput): Component {
  const component: Component = { id: read.id, name: read.name, status: read.status ?? 'operational' };
  put(component, 'group', read.group);
  put(component, 'description', read.description);
  return component;
}

function toIncident(read: NativeIncidentInput, isMaintenance: boolean): Incident {
  const updates = sortUpdates((read.updates ?? []).map(toUpdate));
  const given = read.startedAt ?? (isMaintenance ? read.scheduledFor : undefined);
  const incident: Incident = {
    id: read.id,
    title: read.title,
    kind: isMaintenance ? 'maintenance' : 'incident',
    impact: read.impact ?? (isMaintenance ? 'maintenance' : 'none'),
    status: read.status ?? updates[0]?.status ?? defaultPhase(isMaintenance, read.endedAt !== undefined),
    // The schema's check made sure that there is a start or an update to take it from.
    startedAt: given !== undefined ? utc(given) : earliestUpdateAt(updates)!,
    componentIds: read.componentIds ?? [],
    updates,
  };
  put(incident, 'scheduledFor', read.scheduledFor && utc(read.scheduledFor));
  put(incident, 'scheduledUntil', read.scheduledUntil && utc(read.scheduledUntil));
  put(incident, 'url', read.url);
  if (read.endedAt !== undefined) incident.endedAt = utc(read.endedAt);
  else if (isClosed(incident.status)) {
    put(incident, 'endedAt', lastClosedAt(updates) ?? (isMaintenance ? incident.scheduledUntil : undefined));
  }
  return incident;
}

function toUpdate(read: NativeUpdateInput): Update {
  const update: Update = { status: read.status ?? 'update', at: utc(read.at), body: normalizeBody(read.body) };
  put(update, 'id', read.id);
  return update;
}
