/**
 * One Statuspage incident or scheduled maintenance, already read by the raw schema, to the model.
 * Planned work is a maintenance wherever it is listed (incidents.json mixes both): the adapter
 * decides it here, once, as the incident's `kind`.
 */
import type { Impact, Incident, Update } from '../model.js';
import { IMPACTS } from '../model-values.js';
import { normalizeBody, put } from '../lenient.js';
import { currentPhase, earliestUpdateAt, impactOfComponentStatuses, lastClosedAt, sortUpdates } from '../derive.js';
import { isClosed } from '../status.js';
import type { ComponentCollector } from './statuspage-components.js';
import type { StatuspageIncident, StatuspageUpdate } from './statuspage-schema.js';
import { isPostmortem } from './statuspage-schema.js';

export interface IncidentContext {
  /** The page's URL and `/incidents/`, to link incidents that have no shortlink. */
  incidentLink: string | undefined;
  /** The page's own components, to tell groups from leaves. */
  pageComponents: ComponentCollector;
  /** Where the components of a feed without a component list are gathered from its incidents. */
  incidentComponents: ComponentCollector | undefined;
}

export function toIncident(raw: StatuspageIncident, listedAsMaintenance: boolean, context: IncidentContext): Incident {
  const isMaintenance = listedAsMaintenance || raw.scheduled_for !== undefined || raw.impact === 'maintenance';
  const updates = toUpdates(raw);
  const status = currentPhase(raw.status, updates, isMaintenance, raw.resolved_at !== undefined);
  const incident: Incident = {
    id: raw.id,
    title: raw.name,
    kind: isMaintenance ? 'maintenance' : 'incident',
    impact: impactOf(raw, isMaintenance),
    status,
    // The schema's check made sure that one of these is there.
    startedAt: ((isMaintenance ? raw.scheduled_for : undefined) ?? startOf(raw, updates))!,
    componentIds: componentIdsOf(raw, context),
    updates,
  };
  if (isClosed(status)) {
    put(incident, 'endedAt', lastClosedAt(updates, raw.resolved_at) ?? (isMaintenance ? raw.scheduled_until : undefined));
  }
  put(incident, 'scheduledFor', raw.scheduled_for);
  put(incident, 'scheduledUntil', raw.scheduled_until);
  const link = context.incidentLink && context.incidentLink + encodeURIComponent(raw.id);
  put(incident, 'url', raw.shortlink || link);
  return incident;
}

/** Newest first; a postmortem kept as fields of the incident becomes an update of its own. */
function toUpdates(raw: StatuspageIncident): Update[] {
  const updates = (raw.incident_updates ?? []).map(toUpdate);
  const postmortem = raw.postmortem_body;
  const at = raw.postmortem_published_at ?? raw.postmortem_body_last_updated_at ?? raw.updated_at;
  if (postmortem?.trim() && at !== undefined && !updates.some(isPostmortem)) {
    updates.push({ status: 'postmortem', at, body: normalizeBody(postmortem) });
  }
  return sortUpdates(updates);
}

function toUpdate(raw: StatuspageUpdate): Update {
  // The schema's check made sure that the update has one of these times.
  const update: Update = {
    status: raw.status ?? 'update',
    at: (raw.display_at ?? raw.created_at ?? raw.updated_at)!,
    body: raw.body === undefined ? '' : normalizeBody(raw.body),
  };
  put(update, 'id', raw.id);
  return update;
}

/**
 * When it began: the feed's `started_at`, else the earlier of `created_at` and the first update,
 * since an update can be back-dated before the incident was created and a start after its own
 * first update would make no sense.
 */
function startOf(raw: StatuspageIncident, updates: readonly Update[]): string | undefined {
  if (raw.started_at !== undefined) return raw.started_at;
  const firstUpdateAt = earliestUpdateAt(updates);
  return raw.created_at === undefined || (firstUpdateAt !== undefined && firstUpdateAt < raw.created_at)
    ? firstUpdateAt
    : raw.created_at;
}

/** Leaf ids from the incident's `components`, else the codes of its updates' `affected_components`. */
function componentIdsOf(raw: StatuspageIncident, context: IncidentContext): string[] {
  const ids = new Set<string>();
  const keep = (id: string | undefined) => {
    if (id !== undefined && !context.pageComponents.isGroup(id)) ids.add(id);
  };
  for (const component of raw.components ?? []) keep(context.incidentComponents?.add(component) ?? component.id);
  if (ids.size === 0) for (const affected of affectedComponents(raw)) keep(affected.code);
  return [...ids];
}

/** The feed's impact; when missing or unknown, the worst status its components were put in. */
function impactOf(raw: StatuspageIncident, isMaintenance: boolean): Impact {
  if (raw.impact !== undefined && IMPACTS.includes(raw.impact)) return raw.impact;
  if (isMaintenance) return 'maintenance';
  const statuses = [
    ...(raw.components ?? []).map((component) => component.status),
    ...affectedComponents(raw).map((affected) => affected.new_status),
  ];
  return impactOfComponentStatuses(statuses);
}

function affectedComponents(raw: StatuspageIncident) {
  return (raw.incident_updates ?? []).flatMap((update) => update.affected_components ?? []);
}
