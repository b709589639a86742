/** The updates of one Statuspage incident, read leniently and ordered newest first. */
import type { Update } from '../model.js';
import { PHASES } from '../model-values.js';
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import {
  describeValue,
  forEachItem,
  isGiven,
  normalizeBody,
  put,
  readId,
  readObject,
  readOneOf,
  report,
} from '../lenient.js';
import { toInstant } from '../instant.js';
import { sortUpdates } from '../derive.js';

export function readUpdates(incident: JsonObject, path: JsonPath, log: IssueLog): Update[] {
  const updates: Update[] = [];
  forEachItem(incident.incident_updates, [...path, 'incident_updates'], log, 'the updates', (value, updatePath) => {
    const raw = readObject(value, updatePath, log, 'update');
    const at = raw && readUpdateTime(raw, updatePath, log);
    if (!raw || at === undefined) return;
    const status = readOneOf(PHASES, raw, 'status', updatePath, log, 'shown as a generic update') ?? 'update';
    const update: Update = { status, at, body: readBody(raw, updatePath, log) };
    put(update, 'id', readId(raw.id));
    updates.push(update);
  });
  // Some exports carry the postmortem as fields of the incident rather than as an update.
  const postmortem = incident.postmortem_body;
  if (
    typeof postmortem === 'string' &&
    postmortem.trim() &&
    !updates.some((update) => update.status === 'postmortem')
  ) {
    const at =
      toInstant(incident.postmortem_published_at) ??
      toInstant(incident.postmortem_body_last_updated_at) ??
      toInstant(incident.updated_at);
    if (at === undefined)
      report(log, [...path, 'postmortem_body'], 'ignored the postmortem: it has no valid publication time');
    else updates.push({ status: 'postmortem', at, body: normalizeBody(postmortem) });
  }
  return sortUpdates(updates);
}

/** display_at is when the update says it happened (it can be back-dated); created_at is when it was posted. */
function readUpdateTime(update: JsonObject, path: JsonPath, log: IssueLog): string | undefined {
  const displayAt = toInstant(update.display_at);
  if (displayAt !== undefined) return displayAt;
  const postedAt = toInstant(update.created_at) ?? toInstant(update.updated_at);
  const given = describeValue(update.display_at);
  if (postedAt === undefined) {
    report(log, path, `dropped this update: it has no valid time (display_at is ${given})`);
  } else if (isGiven(update.display_at)) {
    report(log, [...path, 'display_at'], `${given} is not an ISO 8601 date-time; used created_at`);
  }
  return postedAt;
}

function readBody(update: JsonObject, path: JsonPath, log: IssueLog): string {
  const body = update.body;
  if (typeof body === 'string') return normalizeBody(body);
  if (isGiven(body)) report(log, [...path, 'body'], `ignored ${describeValue(body)}: a body is text`);
  return '';
}
