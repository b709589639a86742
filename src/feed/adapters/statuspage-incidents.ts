/**
 * One Statuspage incident or scheduled maintenance, with its updates, read leniently.
 * Written by hand rather than as a Zod schema of the raw shape: it reads only the fields it
 * uses, which keeps parsing a large incidents.json close to the cost of `JSON.parse` itself.
 */
import type { Impact, Incident, Phase, Update } from '../model.js';
import { IMPACTS, PHASES } from '../model.js';
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import { describeValue, isObject, normalizeBody, readId, readList, readOptionalText, readTime } from '../lenient.js';
import { toInstant } from '../instant.js';
import { impactOfComponentStatuses, isClosed, lastClosedAt, sortUpdates } from '../derive.js';
import type { ComponentCollector } from './statuspage-components.js';

export interface IncidentContext {
  log: IssueLog;
  /** The page's URL without a trailing slash, to link incidents that have no shortlink. */
  pageUrl: string | undefined;
  /** The page's own components, to tell groups from leaves. */
  pageComponents: ComponentCollector;
  /** Where the components of a feed without a component list are gathered from its incidents. */
  incidentComponents: ComponentCollector | undefined;
}

export interface ReadIncident {
  incident: Incident;
  isMaintenance: boolean;
}

const MAINTENANCE_PHASES: readonly Phase[] = ['scheduled', 'in_progress', 'verifying', 'completed'];

export function readIncident(
  value: unknown,
  path: JsonPath,
  listedAsMaintenance: boolean,
  context: IncidentContext,
): ReadIncident | undefined {
  const { log } = context;
  if (!isObject(value)) {
    log.add(path, `dropped this incident: expected an object but got ${describeValue(value)}`);
    return undefined;
  }
  const id = readId(value.id);
  if (id === undefined) {
    log.add(path, `dropped this incident: it has no id (id is ${describeValue(value.id)})`);
    return undefined;
  }
  if (typeof value.name !== 'string') {
    log.add(path, `dropped incident "${id}": it has no name (name is ${describeValue(value.name)})`);
    return undefined;
  }
  const at = (key: string) => () => [...path, key];
  const isMaintenance =
    listedAsMaintenance || (value.scheduled_for !== undefined && value.scheduled_for !== null) || value.impact === 'maintenance';

  const updates = readUpdates(value, path, log);
  const scheduledFor = readTime(value.scheduled_for, at('scheduled_for'), log);
  const scheduledUntil = readTime(value.scheduled_until, at('scheduled_until'), log);
  const startedAt = (isMaintenance ? scheduledFor : undefined) ?? readStart(value, updates, at, log);
  if (startedAt === undefined) {
    log.add(path, `dropped incident "${id}": it has no start time (no started_at, created_at or dated update)`);
    return undefined;
  }

  const status = readStatus(value.status, updates, value.resolved_at, isMaintenance, at('status'), log);
  const incident: Incident = {
    id,
    title: value.name,
    impact: 'none',
    status,
    startedAt,
    componentIds: [],
    updates,
  };
  if (isClosed(status)) {
    const endedAt = lastClosedAt(updates, readTime(value.resolved_at, at('resolved_at'), log)) ?? (isMaintenance ? scheduledUntil : undefined);
    if (endedAt !== undefined) incident.endedAt = endedAt;
  }
  if (scheduledFor !== undefined) incident.scheduledFor = scheduledFor;
  if (scheduledUntil !== undefined) incident.scheduledUntil = scheduledUntil;
  const url = readOptionalText(value.shortlink) ?? (context.pageUrl === undefined ? undefined : `${context.pageUrl}/incidents/${encodeURIComponent(id)}`);
  if (url !== undefined) incident.url = url;
  incident.componentIds = readComponentIds(value, path, context);
  incident.impact = readImpact(value, isMaintenance, at('impact'), log);
  return { incident, isMaintenance };
}

function readUpdates(incident: JsonObject, path: JsonPath, log: IssueLog): Update[] {
  const raw = readList(incident.incident_updates, [...path, 'incident_updates'], log, 'the updates');
  const updates: Update[] = [];
  for (let index = 0; index < raw.length; index++) {
    const update = readUpdate(raw[index], () => [...path, 'incident_updates', index], log);
    if (update !== undefined) updates.push(update);
  }
  const postmortem = readPostmortem(incident, updates, path, log);
  if (postmortem !== undefined) updates.push(postmortem);
  return sortUpdates(updates);
}

function readUpdate(value: unknown, path: () => JsonPath, log: IssueLog): Update | undefined {
  if (!isObject(value)) {
    log.add(path(), `dropped this update: expected an object but got ${describeValue(value)}`);
    return undefined;
  }
  // display_at is when the update says it happened (it can be back-dated); created_at is when it was posted.
  let at = toInstant(value.display_at);
  if (at === undefined) {
    at = toInstant(value.created_at) ?? toInstant(value.updated_at);
    if (at === undefined) {
      log.add(path(), `dropped this update: it has no valid time (display_at is ${describeValue(value.display_at)})`);
      return undefined;
    }
    if (value.display_at !== undefined && value.display_at !== null) {
      log.add([...path(), 'display_at'], `${describeValue(value.display_at)} is not an ISO 8601 date-time; used created_at`);
    }
  }
  const update: Update = { status: readPhase(value.status, () => [...path(), 'status'], log) ?? 'update', at, body: readBody(value.body, path, log) };
  const id = readId(value.id);
  if (id !== undefined) update.id = id;
  return update;
}

/** Some exports carry the postmortem as fields of the incident rather than as an update. */
function readPostmortem(incident: JsonObject, updates: readonly Update[], path: JsonPath, log: IssueLog): Update | undefined {
  const body = incident.postmortem_body;
  if (typeof body !== 'string' || body.trim() === '' || updates.some((update) => update.status === 'postmortem')) return undefined;
  const at = toInstant(incident.postmortem_published_at) ?? toInstant(incident.postmortem_body_last_updated_at) ?? toInstant(incident.updated_at);
  if (at === undefined) {
    log.add([...path, 'postmortem_body'], 'ignored the postmortem: it has no valid publication time');
    return undefined;
  }
  return { status: 'postmortem', at, body: normalizeBody(body) };
}

function readBody(body: unknown, path: () => JsonPath, log: IssueLog): string {
  if (typeof body === 'string') return normalizeBody(body);
  if (body !== undefined && body !== null) log.add([...path(), 'body'], `ignored ${describeValue(body)}: a body is text`);
  return '';
}

/**
 * When it began: the feed's `started_at`, else the earlier of `created_at` and the first update,
 * since an update can be back-dated before the incident was created and a start after its own
 * first update would make no sense.
 */
function readStart(incident: JsonObject, updates: readonly Update[], at: (key: string) => () => JsonPath, log: IssueLog): string | undefined {
  const startedAt = readTime(incident.started_at, at('started_at'), log);
  if (startedAt !== undefined) return startedAt;
  const createdAt = readTime(incident.created_at, at('created_at'), log);
  let earliest = createdAt;
  for (const update of updates) if (update.status !== 'postmortem' && (earliest === undefined || update.at < earliest)) earliest = update.at;
  return earliest;
}

/**
 * The current phase: that of the newest update, so a re-opened incident reads as open again.
 * The feed's own status wins only where updates cannot tell: a published postmortem, and a
 * maintenance moved on automatically (scheduled → in progress) without an update.
 */
function readStatus(value: unknown, updates: readonly Update[], resolvedAt: unknown, isMaintenance: boolean, path: () => JsonPath, log: IssueLog): Phase {
  const stated = readPhase(value, path, log);
  const newest = updates[0]?.status;
  if (newest === undefined) {
    if (stated !== undefined) return stated;
    if (resolvedAt !== undefined && resolvedAt !== null) return isMaintenance ? 'completed' : 'resolved';
    return isMaintenance ? 'scheduled' : 'update';
  }
  if (stated === 'postmortem' && newest === 'resolved') return stated;
  if (stated !== undefined && MAINTENANCE_PHASES.indexOf(stated) > MAINTENANCE_PHASES.indexOf(newest) && MAINTENANCE_PHASES.includes(newest)) return stated;
  return newest;
}

function readPhase(value: unknown, path: () => JsonPath, log: IssueLog): Phase | undefined {
  if ((PHASES as readonly unknown[]).includes(value)) return value as Phase;
  if (value !== undefined && value !== null) log.add(path(), `unknown status ${describeValue(value)}, shown as a generic update`);
  return undefined;
}

/** Leaf ids from the incident's `components`, else the codes of its updates' `affected_components`. */
function readComponentIds(incident: JsonObject, path: JsonPath, context: IncidentContext): string[] {
  const ids = new Set<string>();
  const components = readList(incident.components, [...path, 'components'], context.log, 'the components');
  for (let index = 0; index < components.length; index++) {
    const component = components[index];
    const id = context.incidentComponents?.add(component, () => [...path, 'components', index]) ?? (isObject(component) ? readId(component.id) : undefined);
    if (id !== undefined && !context.pageComponents.isGroup(id)) ids.add(id);
  }
  if (ids.size === 0) {
    for (const affected of affectedComponents(incident)) {
      const id = readId(affected.code);
      if (id !== undefined && !context.pageComponents.isGroup(id)) ids.add(id);
    }
  }
  return [...ids];
}

/** The feed's impact; when missing or unknown, the worst status its components were put in. */
function readImpact(incident: JsonObject, isMaintenance: boolean, path: () => JsonPath, log: IssueLog): Impact {
  const stated = incident.impact;
  if ((IMPACTS as readonly unknown[]).includes(stated)) return stated as Impact;
  const derived = isMaintenance ? 'maintenance' : impactOfComponentStatuses(componentStatuses(incident));
  if (stated !== undefined && stated !== null) log.add(path(), `unknown impact ${describeValue(stated)}, used "${derived}"`);
  return derived;
}

/** The current status of each affected component, and every status the updates moved one to. */
function* componentStatuses(incident: JsonObject): Generator<unknown> {
  if (Array.isArray(incident.components)) for (const component of incident.components) if (isObject(component)) yield component.status;
  for (const affected of affectedComponents(incident)) yield affected.new_status;
}

function* affectedComponents(incident: JsonObject): Generator<JsonObject> {
  if (!Array.isArray(incident.incident_updates)) return;
  for (const update of incident.incident_updates) {
    if (!isObject(update) || !Array.isArray(update.affected_components)) continue;
    for (const affected of update.affected_components) if (isObject(affected)) yield affected;
  }
}
