/**
 * Cachet 2.x, its read-only API v1. Every list comes as `{meta: {pagination}, data: [...]}` and
 * only the page given is read (an issue says when there are more: `?per_page=` has no upper
 * limit). The endpoints, told apart by their items' fields:
 *   /api/v1/components         {id, name, description, status, group_id, enabled, …}
 *   /api/v1/components/groups  {id, name, enabled_components: [component]}: the one that names groups
 *   /api/v1/incidents          {id, name, status, message, component_id, visible, stickied, occurred_at, updates, …}
 *   /api/v1/schedules          {id, name, message, status, scheduled_at, completed_at, components: [{component_id}]}
 * A component names its group only by `group_id`, so from /components alone it has no group.
 * Component status: 1 operational, 2 performance issues → degraded_performance, 3 partial outage
 * → partial_outage, 4 major outage → major_outage, and 0 unknown → degraded_performance, as
 * Cachet's own page counts anything but operational as "experiencing issues" (Statuspage has no
 * unknown state; the feed's status description says "Unknown" when that is what makes it minor).
 * Disabled components and hidden incidents (`visible: 0`) are left out, as the public page does.
 * Incidents: 1 investigating, 2 identified, 3 watching → monitoring, 4 fixed → resolved, and
 * 0 scheduled (Cachet 2.3's maintenances) → a maintenance, scheduled at `scheduled_at`. The
 * incident's own message is its first update, posted at `created_at`; its updates follow. Cachet
 * gives no impact: incidents are minor. `stickied` only pins one to the top of the page.
 * Schedules → maintenances: 0 upcoming → scheduled, 1 in progress → in_progress, 2 complete →
 * completed; their message is one update in the current phase. `completed_at` is read only once
 * complete: before that Cachet fills it with the time of the request.
 * Times are `Y-m-d H:i:s` in the zone Cachet is set to, which no endpoint states: read in
 * feedTimeZone, else as UTC with an issue. `human_status` and `status_name` are not read: they
 * are translated into the page's language.
 */
import * as z from 'zod/mini';
import type { AdaptOptions } from '../formats.js';
import type { Component as Leaf, ComponentStatus, Incident as Item, Phase } from '../model.js';
import type { FeedIssue, FeedResult } from '../result.js';
import { completeFeed } from '../derive.js';
import { describeValue, invalidFeed, isObject } from '../lenient.js';
import {
  component,
  Id,
  incident,
  mapped,
  reader,
  Text,
  update,
  zonedTime,
  zoneIssues,
  Flag,
  zoneOf,
  type Zone,
} from './common.js';

const COMPONENT: Record<string, ComponentStatus> = {
  0: 'degraded_performance',
  1: 'operational',
  2: 'degraded_performance',
  3: 'partial_outage',
  4: 'major_outage',
};
const INCIDENT: Record<string, Phase> = {
  0: 'scheduled',
  1: 'investigating',
  2: 'identified',
  3: 'monitoring',
  4: 'resolved',
};
const SCHEDULE: Record<string, Phase> = { 0: 'scheduled', 1: 'in_progress', 2: 'completed' };

// The zone of this read's times and what its component statuses were, set for each read (reads are synchronous).
let zone: Zone = zoneOf();
let sawUnknown = false;
let sawIssues = false;
const SqlTime = z.transform((value: unknown, context) => {
  const time = zonedTime(value, zone);
  if (time === undefined)
    context.issues.push({
      code: 'custom',
      message: `expected a date-time but got ${describeValue(value)}`,
      input: value,
    });
  return time ?? '';
});
const noteStatus = (value: string) => {
  if (value === '0') sawUnknown = true;
  else if (value === '2' || value === '3') sawIssues = true;
  return value;
};

const Component = z.object({
  id: Id,
  name: Text,
  description: z.optional(Text),
  status: mapped(COMPONENT, 'degraded_performance', 'Cachet component status', noteStatus),
  enabled: z.optional(z.boolean()),
});
type Component = z.output<typeof Component>;
const Group = z.object({ name: z.optional(Text), enabled_components: z.array(Component) });

const phase = mapped(INCIDENT, 'update', 'Cachet incident status');
const Incident = z.object({
  id: Id,
  name: Text,
  status: phase,
  message: z.optional(Text),
  component_id: z.optional(Id),
  visible: z.optional(Flag),
  occurred_at: z.optional(SqlTime),
  scheduled_at: z.optional(SqlTime),
  created_at: z.optional(SqlTime),
  updated_at: z.optional(SqlTime),
  permalink: z.optional(Text),
  updates: z.optional(
    z.array(z.object({ id: z.optional(Id), status: phase, message: z.optional(Text), created_at: SqlTime })),
  ),
});
type Incident = z.output<typeof Incident>;

const Schedule = z.object({
  id: Id,
  name: Text,
  message: z.optional(Text),
  status: mapped(SCHEDULE, 'scheduled', 'Cachet schedule status'),
  scheduled_at: SqlTime,
  completed_at: z.optional(SqlTime),
  created_at: z.optional(SqlTime),
  updated_at: z.optional(SqlTime),
  components: z.optional(z.array(z.object({ component_id: Id }))),
});
type Schedule = z.output<typeof Schedule>;

const readers = {
  components: reader<{ data: Component[] }>(z.object({ data: z.array(Component) })),
  groups: reader<{ data: z.output<typeof Group>[] }>(z.object({ data: z.array(Group) })),
  incidents: reader<{ data: Incident[] }>(z.object({ data: z.array(Incident) })),
  schedules: reader<{ data: Schedule[] }>(z.object({ data: z.array(Schedule) })),
};

/** Which list this is, from the fields of its first item. */
function kindOf(item: Record<string, unknown>): keyof typeof readers | undefined {
  const has = (key: string) => Object.hasOwn(item, key);
  if (has('enabled_components')) return 'groups';
  if (has('completed_at') || (has('scheduled_at') && !has('visible'))) return 'schedules';
  if (['visible', 'occurred_at', 'updates', 'component_id'].some(has)) return 'incidents';
  if (['group_id', 'status_name', 'enabled'].some(has)) return 'components';
  return undefined;
}

const toIncident = (item: Incident) => {
  const maintenance = item.status === 'scheduled';
  const updates = (item.updates ?? []).map((entry) => update(entry.status, entry.created_at, entry.message, entry.id));
  const posted = item.created_at ?? item.occurred_at;
  // the opening post: in the incident's phase only while nothing came after it
  if (item.message && posted) updates.push(update(updates.length ? 'update' : item.status, posted, item.message));
  return incident({
    id: item.id,
    title: item.name,
    kind: maintenance ? 'maintenance' : 'incident',
    status: item.status,
    ended: item.status === 'resolved',
    startedAt: item.occurred_at ?? item.created_at,
    // fixed without updates: it last changed when it was marked fixed
    endedAt: item.updates?.length ? undefined : item.updated_at,
    scheduledFor: maintenance ? (item.scheduled_at ?? item.occurred_at) : undefined,
    url: item.permalink,
    componentIds: item.component_id && item.component_id !== '0' ? [item.component_id] : [],
    updates,
  });
};

const toSchedule = (item: Schedule) => {
  const at = item.updated_at ?? item.created_at ?? item.scheduled_at;
  return incident({
    id: item.id,
    title: item.name,
    kind: 'maintenance',
    status: item.status,
    ended: item.status === 'completed',
    // an open one has no end, whatever completed_at says
    endedAt: item.completed_at,
    scheduledFor: item.scheduled_at,
    componentIds: (item.components ?? []).map((entry) => entry.component_id),
    updates: item.message ? [update(item.status, at, item.message)] : [],
  });
};

const leaf = (item: Component, group?: string) => component(item.id, item.name, item.status, group, item.description);

export function adaptCachet(input: unknown, options: AdaptOptions = {}): FeedResult {
  if (!isObject(input) || !Array.isArray(input.data))
    return invalidFeed(
      'Found no Cachet data at $: expected the {"data": [...], "meta": {...}} of /api/v1/components, /api/v1/incidents or /api/v1/schedules',
    );
  const first = input.data.find(isObject);
  const kind = first && kindOf(first);
  if (first && !kind)
    return invalidFeed(
      'Found no Cachet components, incidents or schedules at $.data[0]: expected the fields of one of them (group_id, occurred_at, scheduled_at)',
    );
  zone = zoneOf(options.feedTimeZone);
  sawUnknown = sawIssues = false;
  const result = readers[kind ?? 'components'](input);
  if (!result.ok) return result.result;
  const data = result.value.data as unknown[];
  const issues: FeedIssue[] = result.issues;

  const pagination = isObject(input.meta) && isObject(input.meta.pagination) ? input.meta.pagination : {};
  const { total, count } = pagination;
  if (typeof total === 'number' && typeof count === 'number' && total > count)
    issues.push({
      path: ['meta', 'pagination'],
      message: `$.meta.pagination: only this page was read, ${count} of ${total} items: ask for the others with ?page= or a larger ?per_page=`,
    });
  issues.push(...zoneIssues(zone, 'Cachet'));

  let components: Leaf[] = [];
  if (kind === 'components')
    components = (data as Component[]).filter((item) => item.enabled !== false).map((item) => leaf(item));
  if (kind === 'groups')
    components = (data as z.output<typeof Group>[]).flatMap((group) =>
      group.enabled_components.map((item) => leaf(item, group.name)),
    );
  const all =
    kind === 'incidents'
      ? (data as Incident[]).filter((item) => item.visible !== false).map(toIncident)
      : kind === 'schedules'
        ? (data as Schedule[]).map(toSchedule)
        : [];
  const kept = all.filter((item): item is Item => !!item);

  const adapted = completeFeed(
    false,
    [input.data],
    { name: '' },
    components,
    kept.filter((item) => item.kind === 'incident'),
    kept.filter((item) => item.kind === 'maintenance'),
    undefined,
    issues,
  );
  // unknown is minor only for want of a state of its own
  if (adapted.ok && sawUnknown && !sawIssues && adapted.feed.status.indicator === 'minor')
    adapted.feed.status.description = 'Unknown';
  return adapted;
}

export const adapter = adaptCachet;
