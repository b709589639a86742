/**
 * One Statuspage incident or scheduled maintenance, read leniently.
 * Written by hand rather than as a Zod schema of the raw shape: it reads only the fields it
 * uses, which keeps parsing a large incidents.json close to the cost of `JSON.parse` itself.
 */
import type { Impact, Incident, Phase, Update } from '../model.js';
import { IMPACTS, PHASES } from '../model-values.js';
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import {
  describeValue,
  drop,
  forEachItem,
  isGiven,
  isObject,
  put,
  readId,
  readObject,
  readOneOf,
  readOptionalText,
  readRequired,
  readTime,
  report,
} from '../lenient.js';
import { defaultPhase, earliestUpdateAt, impactOfComponentStatuses, lastClosedAt } from '../derive.js';
import { isClosed } from '../status.js';
import type { ComponentCollector } from './statuspage-components.js';
import { readUpdates } from './statuspage-updates.js';

export interface IncidentContext {
  log: IssueLog;
  /** The page's URL and `/incidents/`, to link incidents that have no shortlink. */
  incidentLink: string | undefined;
  /** The page's own components, to tell groups from leaves. */
  pageComponents: ComponentCollector;
  /** Where the components of a feed without a component list are gathered from its incidents. */
  incidentComponents: ComponentCollector | undefined;
}

const MAINTENANCE_PHASES: readonly Phase[] = ['scheduled', 'in_progress', 'verifying', 'completed'];

/** The incident, and whether it is a maintenance. */
export function readIncident(
  value: unknown,
  path: JsonPath,
  listedAsMaintenance: boolean | undefined,
  context: IncidentContext,
): [Incident, boolean] | undefined {
  const { log } = context;
  const raw = readObject(value, path, log, 'incident');
  const id = raw && readRequired(raw, 'id', path, log, 'incident');
  const title = raw && id !== undefined ? readRequired(raw, 'name', path, log, 'incident') : undefined;
  if (!raw || id === undefined || title === undefined) return undefined;
  // Planned work is a maintenance wherever it is listed: incidents.json mixes both.
  const isMaintenance = !!listedAsMaintenance || isGiven(raw.scheduled_for) || raw.impact === 'maintenance';

  const updates = readUpdates(raw, path, log);
  const scheduledFor = readTime(raw, 'scheduled_for', path, log);
  const scheduledUntil = readTime(raw, 'scheduled_until', path, log);
  const startedAt = (isMaintenance ? scheduledFor : undefined) ?? readStart(raw, updates, path, log);
  if (startedAt === undefined)
    return drop(log, path, 'incident', 'it has no start time (no started_at, created_at or dated update)');
  const status = readStatus(raw, updates, isMaintenance, path, log);
  const impact = readImpact(raw, isMaintenance, path, log);
  const incident: Incident = {
    id,
    title,
    impact,
    status,
    startedAt,
    componentIds: readComponentIds(raw, path, context),
    updates,
  };
  if (isClosed(status)) {
    const resolvedAt = readTime(raw, 'resolved_at', path, log);
    put(incident, 'endedAt', lastClosedAt(updates, resolvedAt) ?? (isMaintenance ? scheduledUntil : undefined));
  }
  put(incident, 'scheduledFor', scheduledFor);
  put(incident, 'scheduledUntil', scheduledUntil);
  const link = context.incidentLink && context.incidentLink + encodeURIComponent(id);
  put(incident, 'url', readOptionalText(raw.shortlink) ?? link);
  return [incident, isMaintenance];
}

/**
 * When it began: the feed's `started_at`, else the earlier of `created_at` and the first update,
 * since an update can be back-dated before the incident was created and a start after its own
 * first update would make no sense.
 */
function readStart(raw: JsonObject, updates: readonly Update[], path: JsonPath, log: IssueLog): string | undefined {
  const startedAt = readTime(raw, 'started_at', path, log);
  if (startedAt !== undefined) return startedAt;
  const createdAt = readTime(raw, 'created_at', path, log);
  const firstUpdateAt = earliestUpdateAt(updates);
  return createdAt === undefined || (firstUpdateAt !== undefined && firstUpdateAt < createdAt)
    ? firstUpdateAt
    : createdAt;
}

/**
 * The current phase: that of the newest update, so a re-opened incident reads as open again.
 * The feed's own status wins only where updates cannot tell: a published postmortem, and a
 * maintenance moved on automatically (scheduled → in progress) without an update.
 */
function readStatus(
  raw: JsonObject,
  updates: readonly Update[],
  isMaintenance: boolean,
  path: JsonPath,
  log: IssueLog,
): Phase {
  const stated = readOneOf(PHASES, raw, 'status', path, log, 'shown as a generic update');
  const newest = updates[0]?.status;
  if (newest === undefined) return stated ?? defaultPhase(isMaintenance, isGiven(raw.resolved_at));
  if (stated === 'postmortem' && newest === 'resolved') return stated;
  const newestStep = MAINTENANCE_PHASES.indexOf(newest);
  return stated !== undefined && newestStep >= 0 && MAINTENANCE_PHASES.indexOf(stated) > newestStep ? stated : newest;
}

/** Leaf ids from the incident's `components`, else the codes of its updates' `affected_components`. */
function readComponentIds(raw: JsonObject, path: JsonPath, context: IncidentContext): string[] {
  const ids = new Set<string>();
  const keep = (id: string | undefined) => {
    if (id !== undefined && !context.pageComponents.isGroup(id)) ids.add(id);
  };
  forEachItem(raw.components, [...path, 'components'], context.log, 'the components', (component, componentPath) => {
    keep(
      context.incidentComponents?.add(component, componentPath) ??
        (isObject(component) ? readId(component.id) : undefined),
    );
  });
  if (ids.size === 0) for (const affected of affectedComponents(raw)) keep(readId(affected.code));
  return [...ids];
}

/** The feed's impact; when missing or unknown, the worst status its components were put in. */
function readImpact(raw: JsonObject, isMaintenance: boolean, path: JsonPath, log: IssueLog): Impact {
  const stated = raw.impact;
  if (IMPACTS.includes(stated as Impact)) return stated as Impact;
  const derived = isMaintenance ? 'maintenance' : impactOfComponentStatuses(componentStatuses(raw));
  if (isGiven(stated)) report(log, [...path, 'impact'], `unknown impact ${describeValue(stated)}, used "${derived}"`);
  return derived;
}

/** The current status of each affected component, and every status the updates moved one to. */
function* componentStatuses(raw: JsonObject): Generator<unknown> {
  if (Array.isArray(raw.components))
    for (const component of raw.components) if (isObject(component)) yield component.status;
  for (const affected of affectedComponents(raw)) yield affected.new_status;
}

function* affectedComponents(raw: JsonObject): Generator<JsonObject> {
  if (!Array.isArray(raw.incident_updates)) return;
  for (const update of raw.incident_updates) {
    if (!isObject(update) || !Array.isArray(update.affected_components)) continue;
    for (const affected of update.affected_components) if (isObject(affected)) yield affected;
  }
}
