/**
 * OpenStatus, its one public endpoint: `<slug>.openstatus.dev/feed/json` (the status page app's
 * feed/json route), read alone:
 *   {title, description, status, updatedAt (when the feed was made),
 *    monitors[{id, name, description, status}] (deprecated), pageComponents[{id, name,
 *    description, monitorId, groupId, …}], pageComponentGroups[{id, name}],
 *    maintenances[{id, name, message, from, to, updatedAt, monitors, pageComponents}],
 *    statusReports[{id, title, status, updatedAt, monitors, pageComponents,
 *                   statusReportUpdates[{id, status, message, date}]}]}
 * Older feeds have no pageComponents: their monitors are the components, and reports and
 * maintenances name monitors only. Every report and maintenance is listed, past ones too.
 *
 * Mappings:
 * - status success | degraded | error | info → none | minor | major | maintenance overall (unless
 *   open reports or components are worse: the feed's own state counts monitors only) and
 *   operational | degraded_performance | major_outage | under_maintenance for a monitor.
 * - A component takes its monitor's status. One without a monitor in the list (a static
 *   component, or a paused monitor) is read as OpenStatus reads it: degraded_performance while
 *   an open report names it, under maintenance inside a maintenance's window, else operational.
 * - Report and update status investigating | identified | monitoring | resolved are the phases of
 *   the same names; a report starts with its first update and ends with the resolving one.
 * - A maintenance has no phase of its own: it is scheduled, under way or completed by its window
 *   against the feed's updatedAt (scheduled when the feed gives no time); its message is one
 *   update, `scheduled` (it was written before), `completed` once the window is over. Its `name`
 *   is the maintenance's title (`title` is read too).
 * The feed's updatedAt is the time it was made, not a change, so it is not page.updatedAt.
 */
import * as z from 'zod/mini';
import type { ComponentStatus, Incident as Item, Indicator, Phase } from '../model.js';
import type { FeedResult } from '../result.js';
import { completeFeed } from '../derive.js';
import { invalidFeed, isObject } from '../lenient.js';
import { isClosed } from '../status.js';
import { component, Id, incident, mapped, reader, statedUnlessWorse, Text, Time, update } from './common.js';

const STATUS: Record<string, ComponentStatus> = {
  success: 'operational',
  degraded: 'degraded_performance',
  error: 'major_outage',
  info: 'under_maintenance',
};
const PAGE: Record<string, Indicator> = { success: 'none', degraded: 'minor', error: 'major', info: 'maintenance' };
const PHASE: Record<string, Phase> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
};

const phase = mapped(PHASE, 'update', 'OpenStatus report status');
const Ids = z.optional(z.array(Id));

const Monitor = z.object({
  id: Id,
  name: Text,
  description: z.optional(Text),
  status: z.optional(mapped(STATUS, 'operational', 'OpenStatus monitor status')),
});
const PageComponent = z.object({
  id: Id,
  name: Text,
  description: z.optional(Text),
  monitorId: z.optional(Id),
  groupId: z.optional(Id),
});
const Maintenance = z.object({
  id: Id,
  name: z.optional(Text),
  title: z.optional(Text),
  message: z.optional(Text),
  from: Time,
  to: z.optional(Time),
  updatedAt: z.optional(Time),
  monitors: Ids,
  pageComponents: Ids,
});
const Report = z.object({
  id: Id,
  title: Text,
  status: z.optional(phase),
  updatedAt: z.optional(Time),
  // so the feed spelled it before page components
  updateAt: z.optional(Time),
  monitors: Ids,
  pageComponents: Ids,
  statusReportUpdates: z.optional(
    z.array(z.object({ id: z.optional(Id), status: phase, message: z.optional(Text), date: Time })),
  ),
});

const Feed = z.object({
  title: z.optional(Text),
  status: z.optional(mapped(PAGE, 'minor', 'OpenStatus page status')),
  updatedAt: z.optional(Time),
  monitors: z.optional(z.array(Monitor)),
  pageComponents: z.optional(z.array(PageComponent)),
  pageComponentGroups: z.optional(z.array(z.object({ id: Id, name: Text }))),
  maintenances: z.optional(z.array(Maintenance)),
  statusReports: z.optional(z.array(Report)),
});
type Feed = z.output<typeof Feed>;

const read = reader<Feed>(Feed);
const LISTS = ['statusReports', 'maintenances', 'pageComponents', 'monitors'];

export function adaptOpenstatus(input: unknown): FeedResult {
  if (!isObject(input) || !LISTS.some((key) => input[key] != null))
    return invalidFeed(`Found no OpenStatus data at $: expected an object with one of ${LISTS.join(', ')}`);
  const result = read(input);
  if (!result.ok) return result.result;
  const raw = result.value;
  const now = raw.updatedAt;

  const monitors = new Map((raw.monitors ?? []).map((item) => [item.id, item]));
  const groups = new Map((raw.pageComponentGroups ?? []).map((item) => [item.id, item.name]));
  const parts = raw.pageComponents;
  const ofMonitor = new Map<string, string[]>();
  for (const part of parts ?? [])
    if (part.monitorId) ofMonitor.set(part.monitorId, [...(ofMonitor.get(part.monitorId) ?? []), part.id]);
  // what a report or maintenance names: its page components, else its monitors' components
  const named = (item: { monitors?: string[]; pageComponents?: string[] }) => [
    ...new Set(
      item.pageComponents ??
        (parts ? (item.monitors ?? []).flatMap((id) => ofMonitor.get(id) ?? []) : (item.monitors ?? [])),
    ),
  ];

  const windowPhase = (from: string, to?: string): Phase =>
    !now || now < from ? 'scheduled' : to && to <= now ? 'completed' : 'in_progress';
  const found = (list: (Item | undefined)[]) => list.filter((item): item is Item => !!item);
  const maintenances = found(
    (raw.maintenances ?? []).map((item) => {
      const status = windowPhase(item.from, item.to);
      return incident({
        id: item.id,
        title: item.name ?? item.title ?? '',
        kind: 'maintenance',
        status,
        ended: isClosed(status),
        endedAt: isClosed(status) ? item.to : undefined,
        scheduledFor: item.from,
        scheduledUntil: item.to,
        componentIds: named(item),
        // written before it began: scheduled, until the window is over
        updates: item.message
          ? [update(isClosed(status) ? status : 'scheduled', item.updatedAt ?? item.from, item.message)]
          : [],
      });
    }),
  );
  const incidents = found(
    (raw.statusReports ?? []).map((item) => {
      const updates = (item.statusReportUpdates ?? []).map((entry) =>
        update(entry.status, entry.date, entry.message, entry.id),
      );
      return incident({
        id: item.id,
        title: item.title,
        kind: 'incident',
        status: item.status,
        ended: item.status === 'resolved',
        // a report without updates starts when it was last changed
        startedAt: updates.length ? undefined : (item.updatedAt ?? item.updateAt),
        componentIds: named(item),
        updates,
      });
    }),
  );
  const open = new Set(incidents.flatMap((item) => (isClosed(item.status) ? [] : item.componentIds)));
  const inWindow = new Set(maintenances.flatMap((item) => (item.status === 'in_progress' ? item.componentIds : [])));

  // a component without a monitor here, as OpenStatus reads a static one
  const own = (id: string): ComponentStatus =>
    open.has(id) ? 'degraded_performance' : inWindow.has(id) ? 'under_maintenance' : 'operational';
  const components = parts
    ? parts.map((part) => {
        const status = (part.monitorId && monitors.get(part.monitorId)?.status) || own(part.id);
        return component(part.id, part.name, status, part.groupId && groups.get(part.groupId), part.description);
      })
    : (raw.monitors ?? []).map((item) =>
        component(item.id, item.name, item.status ?? own(item.id), undefined, item.description),
      );

  const adapted = completeFeed(
    raw.title !== undefined || raw.status !== undefined,
    LISTS.map((key) => input[key]),
    { name: raw.title ?? '' },
    components,
    incidents,
    maintenances,
    undefined,
    result.issues,
  );
  // the feed's own state, unless what it lists is worse
  return statedUnlessWorse(adapted, raw.status);
}

export const adapter = adaptOpenstatus;
