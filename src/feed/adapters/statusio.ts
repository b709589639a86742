/**
 * status.io, its one public endpoint: `api.status.io/1.0/status/<page-id>`, read alone:
 *   {result: {status_overall{updated, status, status_code}, status[components with containers],
 *    incidents[{_id, name, datetime_open, messages[{details, state, status, datetime}],
 *               components_affected, containers_affected}],
 *    maintenance{active[…], upcoming[…]} (the same, with datetime_planned_start/end)}}
 * (the same keys without the `result` envelope are read too). It lists no page name or address.
 *
 * Status codes, on the page, components, containers and each message (`status`):
 *   100 Operational → operational / none; 200 Planned Maintenance → under_maintenance / maintenance;
 *   300 Degraded Performance → degraded_performance / minor; 400 Partial Service Disruption →
 *   partial_outage / minor; 500 Service Disruption → major_outage / major; 600 Security Event has
 *   no Statuspage equivalent: major_outage for a component and critical overall (the worst there
 *   is, so a security event is never shown as milder than an outage), the feed's own words
 *   ("Security Issue") kept in status.description. An incident's impact is its worst message.
 * Message `state`: 100 Investigating, 200 Identified, 300 Monitoring (status.io's own clients'
 * IncidentState). status.io resolves an incident by a separate call that takes it off the page
 * and out of this list, so every incident here is open and no state closes one. Maintenance
 * messages: 100 scheduled, 200 in progress, 300 completed (as the captures show: the announcement
 * is 100, the start 200); `maintenance.active` says it is under way, `upcoming` that it is not.
 *
 * Components: status.io shows each component with its containers (regions, hosts). A component
 * with one container (most pages) is one component; one with several is a group of the component's
 * name whose components are its containers, with their own statuses (`<component>/<container>`
 * ids, as containers are shared between components). An incident names the containers of such
 * a component it lists in containers_affected, or all of them when it lists none of them.
 * The overall state is the page's own, unless its open incidents or components are worse.
 */
import * as z from 'zod/mini';
import type { Component, ComponentStatus, Incident as Item, Indicator, Page, Phase } from '../model.js';
import type { FeedResult } from '../result.js';
import { completeFeed } from '../derive.js';
import { invalidFeed, isObject, put } from '../lenient.js';
import { worstIndicator } from '../status.js';
import { component, Id, incident, mapped, reader, statedUnlessWorse, Text, Time, update } from './common.js';

const COMPONENT: Record<string, ComponentStatus> = {
  100: 'operational',
  200: 'under_maintenance',
  300: 'degraded_performance',
  400: 'partial_outage',
  500: 'major_outage',
  600: 'major_outage',
};
const LEVEL: Record<string, Indicator> = {
  100: 'none',
  200: 'maintenance',
  300: 'minor',
  400: 'minor',
  500: 'major',
  600: 'critical',
};
const INCIDENT_PHASE: Record<string, Phase> = { 100: 'investigating', 200: 'identified', 300: 'monitoring' };
const MAINTENANCE_PHASE: Record<string, Phase> = { 100: 'scheduled', 200: 'in_progress', 300: 'completed' };

const code = mapped(COMPONENT, 'operational', 'status.io status code');
const level = mapped(LEVEL, 'minor', 'status.io status code');

const Container = z.object({ id: Id, name: Text, status_code: code });
const Status = z.object({ id: Id, name: Text, status_code: code, containers: z.optional(z.array(Container)) });
const Named = z.array(z.object({ _id: Id }));

const event = (phases: Record<string, Phase>) =>
  z.object({
    _id: Id,
    name: Text,
    datetime_open: z.optional(Time),
    datetime_planned_start: z.optional(Time),
    datetime_planned_end: z.optional(Time),
    messages: z.optional(
      z.array(
        z.object({
          _id: z.optional(Id),
          details: z.optional(Text),
          state: mapped(phases, 'update', 'status.io message state'),
          status: z.optional(level),
          datetime: Time,
        }),
      ),
    ),
    components_affected: z.optional(Named),
    containers_affected: z.optional(Named),
  });
const Maintenance = event(MAINTENANCE_PHASE);
type Event = z.output<typeof Maintenance>;

const Result = z.object({
  status_overall: z.optional(z.object({ updated: z.optional(Time), status: z.optional(Text), status_code: level })),
  status: z.optional(z.array(Status)),
  incidents: z.optional(z.array(event(INCIDENT_PHASE))),
  maintenance: z.optional(
    z.object({ active: z.optional(z.array(Maintenance)), upcoming: z.optional(z.array(Maintenance)) }),
  ),
});
type Result = z.output<typeof Result>;

const readResult = reader<Result>(Result);
const readEnvelope = reader<{ result: Result }>(z.object({ result: Result }));
const KEYS = ['status_overall', 'status', 'incidents', 'maintenance'];

export function adaptStatusio(input: unknown): FeedResult {
  const body = isObject(input) && isObject(input.result) ? input.result : input;
  if (!isObject(body) || !KEYS.some((key) => body[key] != null))
    return invalidFeed(
      `Found no status.io data at $: expected an object (or its "result") with one of ${KEYS.join(', ')}`,
    );
  const read = body === input ? readResult(input) : readEnvelope(input);
  if (!read.ok) return read.result;
  const raw = 'result' in read.value ? read.value.result : read.value;

  const components: Component[] = [];
  // the leaves of a component shown by its containers, by the containers' ids
  const split = new Map<string, Map<string, string>>();
  for (const item of raw.status ?? []) {
    const containers = item.containers ?? [];
    if (containers.length < 2) {
      components.push(component(item.id, item.name, item.status_code));
      continue;
    }
    const leaves = new Map<string, string>();
    for (const container of containers) {
      const id = `${item.id}/${container.id}`;
      leaves.set(container.id, id);
      components.push(component(id, container.name, container.status_code, item.name));
    }
    split.set(item.id, leaves);
  }

  const toIncident = (item: Event, kind: 'incident' | 'maintenance', stated?: Phase) => {
    const containers = new Set((item.containers_affected ?? []).map((entry) => entry._id));
    const componentIds = (item.components_affected ?? []).flatMap(({ _id }) => {
      const leaves = split.get(_id);
      if (!leaves) return [_id];
      const named = [...leaves].filter(([container]) => containers.has(container)).map(([, id]) => id);
      return named.length ? named : [...leaves.values()];
    });
    const messages = item.messages ?? [];
    const levels = messages.flatMap((message) => (message.status ? [message.status] : []));
    return incident({
      id: item._id,
      title: item.name,
      kind,
      impact: kind === 'incident' && levels.length ? worstIndicator(levels) : undefined,
      status: stated,
      ended: false,
      startedAt: item.datetime_open,
      scheduledFor: item.datetime_planned_start,
      scheduledUntil: item.datetime_planned_end,
      componentIds: [...new Set(componentIds)],
      updates: messages.map((message) => update(message.state, message.datetime, message.details, message._id)),
    });
  };
  const found = (list: (Item | undefined)[]) => list.filter((item): item is Item => !!item);
  const incidents = found((raw.incidents ?? []).map((item) => toIncident(item, 'incident')));
  const maintenances = found([
    ...(raw.maintenance?.active ?? []).map((item) => toIncident(item, 'maintenance', 'in_progress')),
    ...(raw.maintenance?.upcoming ?? []).map((item) => toIncident(item, 'maintenance', 'scheduled')),
  ]);

  const page: Page = { name: '' };
  put(page, 'updatedAt', raw.status_overall?.updated);
  const adapted = completeFeed(
    raw.status_overall !== undefined,
    [raw.status, raw.incidents, raw.maintenance?.active, raw.maintenance?.upcoming],
    page,
    components,
    incidents,
    maintenances,
    undefined,
    read.issues,
  );
  // the page's own state, with its words, unless what it lists is worse
  return statedUnlessWorse(adapted, raw.status_overall?.status_code, raw.status_overall?.status);
}

export const adapter = adaptStatusio;
