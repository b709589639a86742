/**
 * One Statuspage incident or scheduled maintenance, read leniently.
 * Written by hand rather than as a Zod schema of the raw shape: it reads only the fields it
 * uses, which keeps parsing a large incidents.json close to the cost of `JSON.parse` itself.
 */
import type { Impact, Incident, Phase, Update } from '../model.js';
import { IMPACTS } from '../model.js';
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import { describeValue, isObject, readId, readList, readOptionalText, readTime } from '../lenient.js';
import { earliestUpdateAt, impactOfComponentStatuses, isClosed, lastClosedAt } from '../derive.js';
import type { ComponentCollector } from './statuspage-components.js';
import { readPhase, readUpdates } from './statuspage-updates.js';

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

type PathTo = (key: string) => () => JsonPath;

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
  const pathTo: PathTo = (key) => () => [...path, key];
  // Planned work is a maintenance wherever it is listed: incidents.json mixes both.
  const hasSchedule = value.scheduled_for !== undefined && value.scheduled_for !== null;
  const isMaintenance = listedAsMaintenance || hasSchedule || value.impact === 'maintenance';

  const updates = readUpdates(value, path, log);
  const scheduledFor = readTime(value.scheduled_for, pathTo('scheduled_for'), log);
  const scheduledUntil = readTime(value.scheduled_until, pathTo('scheduled_until'), log);
  const startedAt = (isMaintenance ? scheduledFor : undefined) ?? readStart(value, updates, pathTo, log);
  if (startedAt === undefined) {
    log.add(path, `dropped incident "${id}": it has no start time (no started_at, created_at or dated update)`);
    return undefined;
  }
  const status = readStatus(value, updates, isMaintenance, pathTo('status'), log);
  const incident: Incident = {
    id,
    title: value.name,
    impact: readImpact(value, isMaintenance, pathTo('impact'), log),
    status,
    startedAt,
    componentIds: readComponentIds(value, path, context),
    updates,
  };
  if (isClosed(status)) {
    const resolvedAt = readTime(value.resolved_at, pathTo('resolved_at'), log);
    const endedAt = lastClosedAt(updates, resolvedAt) ?? (isMaintenance ? scheduledUntil : undefined);
    if (endedAt !== undefined) incident.endedAt = endedAt;
  }
  if (scheduledFor !== undefined) incident.scheduledFor = scheduledFor;
  if (scheduledUntil !== undefined) incident.scheduledUntil = scheduledUntil;
  const url = readOptionalText(value.shortlink) ?? pageLink(context.pageUrl, id);
  if (url !== undefined) incident.url = url;
  return { incident, isMaintenance };
}

function pageLink(pageUrl: string | undefined, id: string): string | undefined {
  return pageUrl === undefined ? undefined : `${pageUrl}/incidents/${encodeURIComponent(id)}`;
}

/**
 * When it began: the feed's `started_at`, else the earlier of `created_at` and the first update,
 * since an update can be back-dated before the incident was created and a start after its own
 * first update would make no sense.
 */
function readStart(incident: JsonObject, updates: readonly Update[], pathTo: PathTo, log: IssueLog) {
  const startedAt = readTime(incident.started_at, pathTo('started_at'), log);
  if (startedAt !== undefined) return startedAt;
  const createdAt = readTime(incident.created_at, pathTo('created_at'), log);
  const firstUpdateAt = earliestUpdateAt(updates);
  if (createdAt === undefined || firstUpdateAt === undefined) return createdAt ?? firstUpdateAt;
  return firstUpdateAt < createdAt ? firstUpdateAt : createdAt;
}

/**
 * The current phase: that of the newest update, so a re-opened incident reads as open again.
 * The feed's own status wins only where updates cannot tell: a published postmortem, and a
 * maintenance moved on automatically (scheduled → in progress) without an update.
 */
function readStatus(
  incident: JsonObject,
  updates: readonly Update[],
  isMaintenance: boolean,
  path: () => JsonPath,
  log: IssueLog,
): Phase {
  const stated = readPhase(incident.status, path, log);
  const newest = updates[0]?.status;
  if (newest === undefined) {
    if (stated !== undefined) return stated;
    const resolved = incident.resolved_at !== undefined && incident.resolved_at !== null;
    if (isMaintenance) return resolved ? 'completed' : 'scheduled';
    return resolved ? 'resolved' : 'update';
  }
  if (stated === 'postmortem' && newest === 'resolved') return stated;
  if (stated !== undefined && isLaterMaintenancePhase(stated, newest)) return stated;
  return newest;
}

function isLaterMaintenancePhase(phase: Phase, than: Phase): boolean {
  const from = MAINTENANCE_PHASES.indexOf(than);
  return from >= 0 && MAINTENANCE_PHASES.indexOf(phase) > from;
}

/** Leaf ids from the incident's `components`, else the codes of its updates' `affected_components`. */
function readComponentIds(incident: JsonObject, path: JsonPath, context: IncidentContext): string[] {
  const ids = new Set<string>();
  const keep = (id: string | undefined) => {
    if (id !== undefined && !context.pageComponents.isGroup(id)) ids.add(id);
  };
  const components = readList(incident.components, [...path, 'components'], context.log, 'the components');
  for (let index = 0; index < components.length; index++) {
    const component = components[index];
    const collected = context.incidentComponents?.add(component, () => [...path, 'components', index]);
    keep(collected ?? (isObject(component) ? readId(component.id) : undefined));
  }
  if (ids.size === 0) for (const affected of affectedComponents(incident)) keep(readId(affected.code));
  return [...ids];
}

/** The feed's impact; when missing or unknown, the worst status its components were put in. */
function readImpact(incident: JsonObject, isMaintenance: boolean, path: () => JsonPath, log: IssueLog): Impact {
  const stated = incident.impact;
  if ((IMPACTS as readonly unknown[]).includes(stated)) return stated as Impact;
  const derived = isMaintenance ? 'maintenance' : impactOfComponentStatuses(componentStatuses(incident));
  if (stated !== undefined && stated !== null) {
    log.add(path(), `unknown impact ${describeValue(stated)}, used "${derived}"`);
  }
  return derived;
}

/** The current status of each affected component, and every status the updates moved one to. */
function* componentStatuses(incident: JsonObject): Generator<unknown> {
  const components = Array.isArray(incident.components) ? incident.components : [];
  for (const component of components) if (isObject(component)) yield component.status;
  for (const affected of affectedComponents(incident)) yield affected.new_status;
}

function* affectedComponents(incident: JsonObject): Generator<JsonObject> {
  if (!Array.isArray(incident.incident_updates)) return;
  for (const update of incident.incident_updates) {
    if (!isObject(update) || !Array.isArray(update.affected_components)) continue;
    for (const affected of update.affected_components) if (isObject(affected)) yield affected;
  }
}
