/**
 * Atlassian Statuspage API v2, and the servers compatible with it (incident.io and others).
 * One function reads every public endpoint, since each returns a subset of the same keys:
 *   summary.json                 page, status, components, incidents, scheduled_maintenances
 *   status.json                  page, status
 *   components.json              page, components
 *   incidents[/unresolved].json  page, incidents
 *   incidents/<id>.json          page, incident   (or the bare incident object)
 *   scheduled-maintenances[/upcoming|/active].json   page, scheduled_maintenances
 */
import type { Incident, OverallStatus, Page } from '../model.js';
import type { FeedResult, JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import {
  describeValue,
  forEachItem,
  isGiven,
  isNewId,
  isObject,
  put,
  readObject,
  readOneOf,
  readOptionalText,
  readTime,
  report,
  rootProblem,
} from '../lenient.js';
import { INDICATORS } from '../model-values.js';
import { completeFeed } from '../derive.js';
import { ComponentCollector } from './statuspage-components.js';
import type { IncidentContext } from './statuspage-incidents.js';
import { readIncident } from './statuspage-incidents.js';

const KNOWN_KEYS = ['page', 'status', 'components', 'incidents', 'incident', 'scheduled_maintenances'];

/** Raw Statuspage JSON (already parsed) to the normalized feed. Pure; never throws on bad data. */
export function adaptStatuspage(input: unknown): FeedResult {
  const isBareIncident = isObject(input) && input.incident_updates !== undefined;
  const notFeed = rootProblem(input, KNOWN_KEYS, 'a Statuspage object', isBareIncident);
  if (notFeed) return notFeed;
  const log: IssueLog = [];
  // A bare incident's own `status` and `components` describe the incident, not the page.
  const root = isBareIncident ? {} : (input as JsonObject);
  const page = readPage(root.page, log);
  const pageComponents = new ComponentCollector(log, true);
  forEachItem(root.components, ['components'], log, 'the components', (item, path) => pageComponents.add(item, path));

  const context: IncidentContext = {
    log,
    incidentLink: page.url && `${page.url.replace(/\/+$/, '')}/incidents/`,
    pageComponents,
    // Feeds without a component list (incidents.json, a single incident) still name the components
    // their incidents affect, so those are the feed's components.
    incidentComponents: root.components === undefined ? new ComponentCollector(log, false) : undefined,
  };
  const incidents: Incident[] = [];
  const maintenances: Incident[] = [];
  const seenIds = new Set<string>();
  const take = (value: unknown, path: JsonPath, listedAsMaintenance?: boolean) => {
    const read = readIncident(value, path, listedAsMaintenance, context);
    if (read && isNewId(seenIds, read[0].id, path, log, 'incident')) (read[1] ? maintenances : incidents).push(read[0]);
  };
  if (isBareIncident) take(input, []);
  if (isGiven(root.incident)) take(root.incident, ['incident']);
  forEachItem(root.incidents, ['incidents'], log, 'the incidents', take);
  forEachItem(root.scheduled_maintenances, ['scheduled_maintenances'], log, 'the maintenances', (item, path) =>
    take(item, path, true),
  );

  const components = (context.incidentComponents ?? pageComponents).components();
  const lists = [root.components, root.incidents, root.scheduled_maintenances];
  return completeFeed(root, lists, page, components, incidents, maintenances, readStatus(root.status, log), log);
}

function readPage(value: unknown, log: IssueLog): Page {
  const page: Page = { name: '' };
  const raw = isGiven(value) ? readObject(value, ['page'], log, 'page') : undefined;
  if (raw === undefined) return page;
  if (typeof raw.name === 'string') page.name = raw.name;
  else report(log, ['page', 'name'], `the page has no name (name is ${describeValue(raw.name)})`);
  put(page, 'url', readOptionalText(raw.url));
  put(page, 'timeZone', readOptionalText(raw.time_zone));
  put(page, 'updatedAt', readTime(raw, 'updated_at', ['page'], log));
  return page;
}

/** The feed's overall status; an unknown indicator is dropped so that one is derived instead. */
function readStatus(value: unknown, log: IssueLog): Partial<OverallStatus> | undefined {
  const raw = isGiven(value) ? readObject(value, ['status'], log, 'status') : undefined;
  if (raw === undefined) return undefined;
  const status: Partial<OverallStatus> = {};
  put(
    status,
    'indicator',
    readOneOf(INDICATORS, raw, 'indicator', ['status'], log, 'derived from the incidents and components instead', true),
  );
  put(status, 'description', readOptionalText(raw.description));
  return status;
}
