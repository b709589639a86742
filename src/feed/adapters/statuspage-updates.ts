/** The updates of one Statuspage incident, read leniently and ordered newest first. */
import type { Phase, Update } from '../model.js';
import { PHASES } from '../model.js';
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import { describeValue, isObject, normalizeBody, readId, readList } from '../lenient.js';
import { toInstant } from '../instant.js';
import { sortUpdates } from '../derive.js';

export function readUpdates(incident: JsonObject, path: JsonPath, log: IssueLog): Update[] {
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

/** A known phase; anything else is noted and left to the caller's default. */
export function readPhase(value: unknown, path: () => JsonPath, log: IssueLog): Phase | undefined {
  if ((PHASES as readonly unknown[]).includes(value)) return value as Phase;
  if (value !== undefined && value !== null) {
    log.add(path(), `unknown status ${describeValue(value)}, shown as a generic update`);
  }
  return undefined;
}

function readUpdate(value: unknown, path: () => JsonPath, log: IssueLog): Update | undefined {
  if (!isObject(value)) {
    log.add(path(), `dropped this update: expected an object but got ${describeValue(value)}`);
    return undefined;
  }
  const at = readUpdateTime(value, path, log);
  if (at === undefined) return undefined;
  const status = readPhase(value.status, () => [...path(), 'status'], log) ?? 'update';
  const update: Update = { status, at, body: readBody(value.body, path, log) };
  const id = readId(value.id);
  if (id !== undefined) update.id = id;
  return update;
}

/** display_at is when the update says it happened (it can be back-dated); created_at is when it was posted. */
function readUpdateTime(update: JsonObject, path: () => JsonPath, log: IssueLog): string | undefined {
  const displayAt = toInstant(update.display_at);
  if (displayAt !== undefined) return displayAt;
  const postedAt = toInstant(update.created_at) ?? toInstant(update.updated_at);
  const given = describeValue(update.display_at);
  if (postedAt === undefined) {
    log.add(path(), `dropped this update: it has no valid time (display_at is ${given})`);
  } else if (update.display_at !== undefined && update.display_at !== null) {
    log.add([...path(), 'display_at'], `${given} is not an ISO 8601 date-time; used created_at`);
  }
  return postedAt;
}

function readBody(body: unknown, path: () => JsonPath, log: IssueLog): string {
  if (typeof body === 'string') return normalizeBody(body);
  if (body !== undefined && body !== null) log.add([...path(), 'body'], `ignored ${describeValue(body)}: a body is text`);
  return '';
}

/** Some exports carry the postmortem as fields of the incident rather than as an update. */
function readPostmortem(incident: JsonObject, updates: readonly Update[], path: JsonPath, log: IssueLog) {
  const body = incident.postmortem_body;
  if (typeof body !== 'string' || body.trim() === '') return undefined;
  if (updates.some((update) => update.status === 'postmortem')) return undefined;
  const at =
    toInstant(incident.postmortem_published_at) ??
    toInstant(incident.postmortem_body_last_updated_at) ??
    toInstant(incident.updated_at);
  if (at === undefined) {
    log.add([...path, 'postmortem_body'], 'ignored the postmortem: it has no valid publication time');
    return undefined;
  }
  const postmortem: Update = { status: 'postmortem', at, body: normalizeBody(body) };
  return postmortem;
}
