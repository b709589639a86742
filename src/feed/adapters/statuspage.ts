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
import type { Incident, OverallStatus, Page, StatusFeed } from '../model.js';
import { INDICATORS } from '../model.js';
import type { FeedResult, JsonPath } from '../result.js';
import type { JsonObject } from '../lenient.js';
import { IssueLog, describeValue, invalidFeed, isObject, readList, readOptionalText, readTime } from '../lenient.js';
import { deriveFeedIndicator, sortByNewestStart } from '../derive.js';
import { ComponentCollector } from './statuspage-components.js';
import type { IncidentContext } from './statuspage-incidents.js';
import { readIncident } from './statuspage-incidents.js';

const KNOWN_KEYS = ['page', 'status', 'components', 'incidents', 'incident', 'scheduled_maintenances'] as const;

/** Raw Statuspage JSON (already parsed) to the normalized feed. Pure; never throws on bad data. */
export function adaptStatuspage(input: unknown): FeedResult {
  if (!isObject(input)) return invalidFeed(`Expected an object at $ but got ${describeValue(input)}`);
  const log = new IssueLog();
  const isBareIncident = input.incident_updates !== undefined;
  if (!isBareIncident && !KNOWN_KEYS.some((key) => input[key] !== undefined && input[key] !== null)) {
    return invalidFeed(`Found no status data at $: expected a Statuspage object with one of ${KNOWN_KEYS.join(', ')}`);
  }

  // A bare incident's own `status` and `components` describe the incident, not the page.
  const root: JsonObject = isBareIncident ? {} : input;
  const page = readPage(root.page, log);
  const pageComponents = new ComponentCollector(log, true);
  const componentList = readList(root.components, ['components'], log, 'the components');
  for (let index = 0; index < componentList.length; index++) {
    pageComponents.add(componentList[index], () => ['components', index]);
  }

  const context: IncidentContext = {
    log,
    pageUrl: page.url?.replace(/\/+$/, ''),
    pageComponents,
    // Feeds without a component list (incidents.json, a single incident) still name the components
    // their incidents affect, so those are the feed's components.
    incidentComponents: root.components === undefined ? new ComponentCollector(log, false) : undefined,
  };
  const incidents: Incident[] = [];
  const maintenances: Incident[] = [];
  const seenIds = new Set<string>();
  const take = (value: unknown, path: JsonPath, listedAsMaintenance: boolean) => {
    const read = readIncident(value, path, listedAsMaintenance, context);
    if (read === undefined) return;
    if (seenIds.has(read.incident.id)) {
      log.add(path, `dropped incident "${read.incident.id}": the same id appears earlier in the feed`);
      return;
    }
    seenIds.add(read.incident.id);
    (read.isMaintenance ? maintenances : incidents).push(read.incident);
  };
  if (isBareIncident) take(input, [], false);
  if (root.incident !== undefined && root.incident !== null) take(root.incident, ['incident'], false);
  const incidentList = readList(root.incidents, ['incidents'], log, 'the incidents');
  for (let index = 0; index < incidentList.length; index++) take(incidentList[index], ['incidents', index], false);
  const maintenanceList = readList(root.scheduled_maintenances, ['scheduled_maintenances'], log, 'the maintenances');
  for (let index = 0; index < maintenanceList.length; index++) {
    take(maintenanceList[index], ['scheduled_maintenances', index], true);
  }

  const components = (context.incidentComponents ?? pageComponents).components();
  const stated = readStatus(root.status, log);
  const hasContent =
    isObject(root.page) ||
    stated !== undefined ||
    components.length + incidents.length + maintenances.length > 0 ||
    [root.components, root.incidents, root.scheduled_maintenances].some(isEmptyList);
  if (!hasContent) {
    return invalidFeed('Found nothing usable in the feed at $: every incident and component was dropped', log.issues);
  }

  sortByNewestStart(incidents);
  sortByNewestStart(maintenances);
  const status: OverallStatus = {
    indicator: stated?.indicator ?? deriveFeedIndicator(components, incidents, maintenances),
  };
  const description = stated?.description;
  if (description !== undefined) status.description = description;
  const feed: StatusFeed = { page, status, components, incidents, maintenances };
  return { ok: true, feed, issues: log.issues };
}

function readPage(value: unknown, log: IssueLog): Page {
  if (value === undefined || value === null) return { name: '' };
  if (!isObject(value)) {
    log.add(['page'], `ignored the page: expected an object but got ${describeValue(value)}`);
    return { name: '' };
  }
  if (typeof value.name !== 'string') {
    log.add(['page', 'name'], `the page has no name (name is ${describeValue(value.name)})`);
  }
  const page: Page = { name: typeof value.name === 'string' ? value.name : '' };
  const url = readOptionalText(value.url);
  if (url !== undefined) page.url = url;
  const timeZone = readOptionalText(value.time_zone);
  if (timeZone !== undefined) page.timeZone = timeZone;
  const updatedAt = readTime(value.updated_at, () => ['page', 'updated_at'], log);
  if (updatedAt !== undefined) page.updatedAt = updatedAt;
  return page;
}

/** The feed's overall status; an unknown indicator is dropped so that one is derived instead. */
function readStatus(value: unknown, log: IssueLog): Partial<OverallStatus> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    log.add(['status'], `ignored the status: expected an object but got ${describeValue(value)}`);
    return undefined;
  }
  const status: Partial<OverallStatus> = {};
  if ((INDICATORS as readonly unknown[]).includes(value.indicator)) {
    status.indicator = value.indicator as OverallStatus['indicator'];
  } else {
    const given = describeValue(value.indicator);
    log.add(['status', 'indicator'], `unknown indicator ${given}, derived from the incidents and components instead`);
  }
  const description = readOptionalText((value as JsonObject).description);
  if (description !== undefined) status.description = description;
  return status;
}

/** An empty list is content too: "no incidents" is news. */
function isEmptyList(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '[]');
}
