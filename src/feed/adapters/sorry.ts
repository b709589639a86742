/**
 * Sorry™, its public read-only API (the host its own status-bar widget reads):
 *   /v1/pages/<id>?include=notices,notices.updates,components
 *     {response: {name, state, timezone, notices[{id, type, state, subject, link, began_at,
 *      ended_at, begins_at, ends_at, updates[{id, content, created_at}], components?}],
 *      components[{id, name, state, description, parent_id}]}}
 *   and its lists, each alone: /v1/pages/<id>/notices and /components as {response: [...], count}
 *   (the docs ask a token for them, for the full history at least).
 * `components` comes only when included. A notice's own `components` ([{id}]) are read when
 * present: the docs show none in a response, so which include brings them is not settled.
 *
 * Mappings:
 * - type planned → a maintenance (begins_at … ends_at its window), unplanned → an incident,
 *   general (an announcement) → an incident of no impact.
 * - Notice states → phases: investigating, identified as named; recovering → monitoring (a fix
 *   is out, being watched); resolved and false_alarm → resolved; scheduled → scheduled, underway →
 *   in_progress, complete → completed, cancelled → completed (over without taking place).
 * - Updates carry no state: the newest takes the notice's, as Sorry's widget shows it with every
 *   update it displays; earlier ones are plain `update`s, since Sorry does not record the state
 *   they were written in.
 * - Component states operational | degraded | partially-degraded | under maintenance →
 *   operational | partial_outage | degraded_performance (some of its children are) |
 *   under_maintenance. A component that others name as parent is their group, not a component.
 * - Page state operational | degraded | under_maintenance → none | minor | maintenance, unless its
 *   open notices or components are worse; timezone → page.timeZone when it is an IANA name.
 */
import * as z from 'zod/mini';
import type { ComponentStatus, Incident as Item, Indicator, Page, Phase } from '../model.js';
import type { FeedResult } from '../result.js';
import { completeFeed } from '../derive.js';
import { invalidFeed, isObject, put } from '../lenient.js';
import { component, Id, incident, mapped, reader, statedUnlessWorse, Text, Time, update, zoneOf } from './common.js';

const PHASE: Record<string, Phase> = {
  investigating: 'investigating',
  identified: 'identified',
  recovering: 'monitoring',
  resolved: 'resolved',
  falsealarm: 'resolved',
  scheduled: 'scheduled',
  underway: 'in_progress',
  complete: 'completed',
  cancelled: 'completed',
  canceled: 'completed',
};
const COMPONENT: Record<string, ComponentStatus> = {
  operational: 'operational',
  degraded: 'partial_outage',
  partiallydegraded: 'degraded_performance',
  undermaintenance: 'under_maintenance',
  maintenance: 'under_maintenance',
};
const PAGE: Record<string, Indicator> = { operational: 'none', degraded: 'minor', undermaintenance: 'maintenance' };
const TYPE: Record<string, 'planned' | 'unplanned' | 'general'> = {
  planned: 'planned',
  unplanned: 'unplanned',
  general: 'general',
};

// "false_alarm", "partially-degraded": compared without case, dashes or underscores
const plain = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');

const Component = z.object({
  id: Id,
  name: Text,
  state: mapped(COMPONENT, 'operational', 'Sorry component state', plain),
  description: z.optional(Text),
  parent_id: z.optional(Id),
});
const Notice = z.object({
  id: Id,
  type: mapped(TYPE, 'unplanned', 'Sorry notice type'),
  state: z.optional(mapped(PHASE, 'update', 'Sorry notice state', plain)),
  subject: Text,
  link: z.optional(Text),
  began_at: z.optional(Time),
  ended_at: z.optional(Time),
  begins_at: z.optional(Time),
  ends_at: z.optional(Time),
  created_at: z.optional(Time),
  updates: z.optional(z.array(z.object({ id: z.optional(Id), content: z.optional(Text), created_at: Time }))),
  components: z.optional(z.array(z.object({ id: Id }))),
});
type Notice = z.output<typeof Notice>;
type Component = z.output<typeof Component>;

const Body = z.object({
  name: z.optional(Text),
  state: z.optional(mapped(PAGE, 'minor', 'Sorry page state', plain)),
  timezone: z.optional(Text),
  notices: z.optional(z.array(Notice)),
  components: z.optional(z.array(Component)),
});
type Raw = z.output<typeof Body>;

const readPage = reader<{ response: Raw }>(z.object({ response: Body }));
const readNotices = reader<{ response: Notice[] }>(z.object({ response: z.array(Notice) }));
const readComponents = reader<{ response: Component[] }>(z.object({ response: z.array(Component) }));

export function adaptSorry(input: unknown): FeedResult {
  const response = isObject(input) ? input.response : undefined;
  const list = Array.isArray(response);
  if (!isObject(response) && !list)
    return invalidFeed(
      'Found no Sorry data at $: expected {"response": …} with a page, or a list of its notices or components',
    );
  // a list is of notices when its first item has a subject
  const ofNotices = list && isObject(response[0]) && 'subject' in response[0];
  const result = !list ? readPage(input) : ofNotices ? readNotices(input) : readComponents(input);
  if (!result.ok) return result.result;
  const value = result.value.response;
  const raw: Raw = Array.isArray(value) ? { [ofNotices ? 'notices' : 'components']: value } : value;

  const all = raw.components ?? [];
  const parents = new Set(all.flatMap((item) => (item.parent_id ? [item.parent_id] : [])));
  const names = new Map(all.map((item) => [item.id, item.name]));
  const components = all
    .filter((item) => !parents.has(item.id))
    .map((item) =>
      component(item.id, item.name, item.state, item.parent_id && names.get(item.parent_id), item.description),
    );

  const toIncident = (item: Notice) => {
    const isMaintenance = item.type === 'planned';
    const updates = (item.updates ?? []).map((entry) => update('update', entry.created_at, entry.content, entry.id));
    // the newest takes the notice's state; of equal times the first, which incident() keeps first
    const newest = updates.reduce<(typeof updates)[number] | undefined>(
      (found, entry) => (!found || entry.at > found.at ? entry : found),
      undefined,
    );
    if (newest && item.state) newest.status = item.state;
    return incident({
      id: item.id,
      title: item.subject,
      kind: isMaintenance ? 'maintenance' : 'incident',
      impact: item.type === 'general' ? 'none' : undefined,
      status: item.state,
      ended: item.ended_at !== undefined,
      startedAt: item.began_at ?? item.created_at,
      endedAt: item.ended_at,
      scheduledFor: isMaintenance ? item.begins_at : undefined,
      scheduledUntil: isMaintenance ? item.ends_at : undefined,
      url: item.link,
      componentIds: (item.components ?? []).map((entry) => entry.id),
      updates,
    });
  };
  const kept = (raw.notices ?? []).map(toIncident).filter((item): item is Item => !!item);

  const page: Page = { name: raw.name ?? '' };
  const zone = zoneOf(raw.timezone);
  put(page, 'timeZone', zone.zone);
  if (zone.unknown !== undefined) {
    const message = `ignored the time zone ${JSON.stringify(zone.unknown)}: not an IANA name like "Europe/London"`;
    result.issues.push({ path: ['response', 'timezone'], message: `$.response.timezone: ${message}` });
  }
  const adapted = completeFeed(
    !list,
    [raw.notices, raw.components],
    page,
    components,
    kept.filter((item) => item.kind === 'incident'),
    kept.filter((item) => item.kind === 'maintenance'),
    undefined,
    result.issues,
  );
  // the page's own state, unless what it lists is worse
  return statedUnlessWorse(adapted, raw.state);
}

export const adapter = adaptSorry;
