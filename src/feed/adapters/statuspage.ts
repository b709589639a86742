/**
 * Atlassian Statuspage API v2, and the servers compatible with it (incident.io and others).
 * One function reads every public endpoint, since each returns a subset of the same keys:
 *   summary.json                 page, status, components, incidents, scheduled_maintenances
 *   status.json                  page, status
 *   components.json              page, components
 *   incidents[/unresolved].json  page, incidents
 *   incidents/<id>.json          page, incident   (or the bare incident object)
 *   scheduled-maintenances[/upcoming|/active].json   page, scheduled_maintenances
 * The raw shape is read by the lenient reader of its schema (statuspage-schema.ts), then mapped.
 */
import type { Incident, OverallStatus, Page } from '../model.js';
import type { FeedIssue, FeedResult } from '../result.js';
import type { LenientOptions } from '../lenient.js';
import { isObject, lenient, put, readWith, rootProblem } from '../lenient.js';
import { completeFeed } from '../derive.js';
import { ComponentCollector } from './statuspage-components.js';
import type { IncidentContext } from './statuspage-incidents.js';
import { toIncident } from './statuspage-incidents.js';
import type { StatuspageFeed as Feed } from './statuspage-schema.js';
import { StatuspageFeed, StatuspageIncident } from './statuspage-schema.js';

const KNOWN_KEYS = ['page', 'status', 'components', 'incidents', 'incident', 'scheduled_maintenances'];

const OPTIONS: LenientOptions = { nullIsAbsent: true, listsAsText: true };
const readFeed = lenient(StatuspageFeed, OPTIONS);
const readBareIncident = lenient(StatuspageIncident, OPTIONS, 'incident');

/** Raw Statuspage JSON (already parsed) to the normalized feed. Pure; never throws on bad data. */
export function adaptStatuspage(input: unknown): FeedResult {
  // A bare incident's own `status` and `components` describe the incident, not the page.
  const isBareIncident = isObject(input) && input.incident_updates !== undefined;
  const read = isBareIncident
    ? readWith<StatuspageIncident>(readBareIncident, input)
    : readWith<Feed>(readFeed, input);
  if (!read.ok) return read.result;
  if (!isBareIncident) {
    const notFeed = rootProblem(input as Record<string, unknown>, KNOWN_KEYS, 'a Statuspage object');
    if (notFeed) return notFeed;
  }
  const raw: Feed = isBareIncident ? { incident: read.value as StatuspageIncident } : (read.value as Feed);
  const page = toPage(raw.page);
  const pageComponents = new ComponentCollector();
  for (const component of raw.components ?? []) pageComponents.add(component);
  const context: IncidentContext = {
    incidentLink: page.url && `${page.url.replace(/\/+$/, '')}/incidents/`,
    pageComponents,
    // Feeds without a component list (incidents.json, a single incident) still name the components
    // their incidents affect, so those are the feed's components.
    incidentComponents: raw.components === undefined ? new ComponentCollector() : undefined,
  };

  const incidents: Incident[] = [];
  const maintenances: Incident[] = [];
  const seenIds = new Set<string>();
  const lists = [
    ['incident', raw.incident ? [raw.incident] : []],
    ['incidents', raw.incidents ?? []],
    ['scheduled_maintenances', raw.scheduled_maintenances ?? []],
  ] as const;
  for (const [key, list] of lists) {
    for (const item of list) {
      // Ids are unique within each list already; one listed twice, in two lists, is kept once.
      if (seenIds.has(item.id)) {
        read.issues.push(duplicate(key, item.id));
        continue;
      }
      seenIds.add(item.id);
      const incident = toIncident(item, key === 'scheduled_maintenances', context);
      (incident.kind === 'maintenance' ? maintenances : incidents).push(incident);
    }
  }

  const components = (context.incidentComponents ?? pageComponents).components();
  const rawInput = input as Record<string, unknown>;
  const rawLists = isBareIncident ? [] : [rawInput.components, rawInput.incidents, rawInput.scheduled_maintenances];
  const status = raw.status && toStatus(raw.status);
  return completeFeed(raw.page !== undefined, rawLists, page, components, incidents, maintenances, status, read.issues);
}

function duplicate(key: string, id: string): FeedIssue {
  return { path: [key], message: `$.${key}: dropped the item with the id ${JSON.stringify(id)}: the id was already used` };
}

function toPage(raw: Feed['page']): Page {
  const page: Page = { name: raw?.name ?? '' };
  put(page, 'url', raw?.url || undefined);
  put(page, 'timeZone', raw?.time_zone || undefined);
  put(page, 'updatedAt', raw?.updated_at);
  return page;
}

function toStatus(raw: NonNullable<Feed['status']>): Partial<OverallStatus> {
  const status: Partial<OverallStatus> = {};
  put(status, 'indicator', raw.indicator);
  put(status, 'description', raw.description || undefined);
  return status;
}
