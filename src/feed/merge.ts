/**
 * One feed from the feeds of several endpoints of one page (Instatus summary + components, Uptime
 * Kuma page + heartbeat, cState index + issues): `src="a.json b.json"`. Each endpoint is read on
 * its own; this puts them together.
 * - Components by id, in the order first met: the first non-empty name, group and description,
 *   and the worst status (one endpoint lists a monitor, another says it is down).
 * - Incidents and maintenances by id: the copy with the most updates (a list gives a summary, the
 *   incident's own endpoint its phases), else the first.
 * - The overall state is the worst any endpoint gives: none of them is allowed to hide a problem
 *   another one shows. Its words come with it.
 * - The page: the first name, address and zone given, and the newest `updatedAt`.
 */
import type { Component, ComponentStatus, Incident, StatusFeed } from './model.js';
import { worstIndicator } from './status.js';
import { put } from './lenient.js';

const COMPONENT_SEVERITY: readonly ComponentStatus[] = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
];

function mergeIncidents(lists: Incident[][]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const list of lists) {
    for (const incident of list) {
      const known = byId.get(incident.id);
      if (!known || incident.updates.length > known.updates.length) byId.set(incident.id, incident);
    }
  }
  // newest first by start, as every feed is
  return [...byId.values()].sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

export function mergeFeeds(feeds: readonly StatusFeed[]): StatusFeed {
  if (feeds.length === 1) return feeds[0]!;
  const components = new Map<string, Component>();
  for (const feed of feeds) {
    for (const item of feed.components) {
      const known = components.get(item.id);
      if (!known) {
        components.set(item.id, { ...item });
        continue;
      }
      if (!known.name || known.name === known.id) known.name = item.name || known.name;
      if (COMPONENT_SEVERITY.indexOf(item.status) > COMPONENT_SEVERITY.indexOf(known.status)) known.status = item.status;
      put(known, 'group', known.group ?? item.group);
      put(known, 'description', known.description ?? item.description);
    }
  }
  const indicator = worstIndicator(feeds.map((feed) => feed.status.indicator));
  const worded = feeds.find((feed) => feed.status.indicator === indicator && feed.status.description !== undefined);
  const page = { ...feeds[0]!.page };
  for (const feed of feeds) {
    if (!page.name) page.name = feed.page.name;
    put(page, 'url', page.url ?? feed.page.url);
    put(page, 'timeZone', page.timeZone ?? feed.page.timeZone);
    if (feed.page.updatedAt && (!page.updatedAt || feed.page.updatedAt > page.updatedAt)) page.updatedAt = feed.page.updatedAt;
  }
  const status: StatusFeed['status'] = { indicator };
  put(status, 'description', worded?.status.description);
  return {
    page,
    status,
    components: [...components.values()],
    incidents: mergeIncidents(feeds.map((feed) => feed.incidents)),
    maintenances: mergeIncidents(feeds.map((feed) => feed.maintenances)),
  };
}

