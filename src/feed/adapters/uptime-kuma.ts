/**
 * Uptime Kuma's public status-page API (1.x to 2.x), each endpoint read on its own:
 *   /api/status-page/<slug>                   {config, incident (≤ 2.0: one or null) or incidents[] (2.1+),
 *                                              publicGroupList[{name, monitorList}], maintenanceList}
 *   /api/status-page/heartbeat/<slug>         {heartbeatList: {<monitor id>: beats, oldest first}, uptimeList}
 *   /api/status-page/<slug>/incident-history  {incidents, total, nextCursor, hasMore} (2.1+): the page given only
 * Monitors are the components: id = the monitor id as text, group = its group's name. The page
 * says no monitor's state, so there its monitors read as operational (with an issue) until the
 * heartbeat says otherwise: merged feeds keep the worst state. The heartbeat names no monitor, so
 * there a monitor's name is its id. A monitor's state is that of its newest beat: 0 down →
 * major_outage, 1 up → operational, 3 maintenance → under_maintenance, and 2 pending (a failure
 * being retried; Statuspage has no such state) → degraded_performance, with "Pending" as the
 * feed's status description when that is what makes it minor.
 * An incident is one text without phases: that text is its one update. Its style is only a
 * colour: danger → major, warning → minor, and info, primary (the default), light, dark → none,
 * as Kuma's own overall state ignores incidents. A pinned incident is open; an unpinned one with
 * `active: false` (2.1+), or unpinned before `active` existed, is resolved at its last update.
 * Maintenances → kind maintenance, its window the first timeslot; status under-maintenance →
 * in_progress, scheduled and unknown (not started yet) → scheduled, ended and inactive (switched
 * off) → completed. The page lists only maintenances under way; a manual one has no time at all,
 * so it is left out and the page reads as under maintenance instead.
 * Times are SQL text without a zone that Kuma writes in UTC (`dayjs.utc()` since 1.0; MariaDB rows
 * read without conversion) and its own pages read as UTC: so UTC, unless feedTimeZone says other.
 * A single-window maintenance's times are in that maintenance's `timezone`; a recurring one's are ISO.
 * Not read: config's description, icon and theme; monitor type, url and tags; uptimeList and ping.
 */
import * as z from 'zod/mini';
import type { AdaptOptions } from '../formats.js';
import type { Component, ComponentStatus, Impact, Incident as Item, Page, Phase } from '../model.js';
import type { FeedIssue, FeedResult, JsonPath } from '../result.js';
import { formatPath } from '../result.js';
import { completeFeed } from '../derive.js';
import { describeValue, invalidFeed, isObject, put } from '../lenient.js';
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
  TextOrNothing,
  zoneOf,
  type Zone,
} from './common.js';

const STATE: Record<string, ComponentStatus> = {
  0: 'major_outage',
  1: 'operational',
  2: 'degraded_performance',
  3: 'under_maintenance',
};
const STYLE: Record<string, Impact> = {
  danger: 'major',
  warning: 'minor',
  info: 'none',
  primary: 'none',
  light: 'none',
  dark: 'none',
};
const MAINTENANCE: Record<string, Phase> = {
  'under-maintenance': 'in_progress',
  scheduled: 'scheduled',
  unknown: 'scheduled',
  ended: 'completed',
  inactive: 'completed',
};

// The zone of this read's SQL times, set before each read (reads are synchronous).
let zone: Zone = zoneOf('UTC');
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

const Monitor = z.object({ id: Id, name: z.optional(Text) });
const Group = z.object({ name: z.optional(Text), monitorList: z.optional(z.array(Monitor)) });

const Incident = z.object({
  id: Id,
  title: Text,
  content: z.optional(Text),
  style: z.optional(mapped(STYLE, 'minor', 'Uptime Kuma incident style')),
  pin: z.optional(Flag),
  active: z.optional(Flag),
  createdDate: SqlTime,
  lastUpdatedDate: z.optional(SqlTime),
});
type Incident = z.output<typeof Incident>;

const Maintenance = z.object({
  id: Id,
  title: Text,
  description: z.optional(Text),
  // the page lists only maintenances under way
  status: z.optional(mapped(MAINTENANCE, 'in_progress', 'Uptime Kuma maintenance status')),
  timezone: z.optional(Text),
  timeslotList: z.optional(z.array(z.object({ startDate: Text, endDate: z.optional(Text) }))),
  dateRange: z.optional(z.array(TextOrNothing)),
});

const Feed = z.object({
  config: z.optional(z.object({ title: z.optional(Text) })),
  incident: z.optional(Incident),
  incidents: z.optional(z.array(Incident)),
  publicGroupList: z.optional(z.array(Group)),
  maintenanceList: z.optional(z.array(Maintenance)),
  hasMore: z.optional(z.boolean()),
});
type Feed = z.output<typeof Feed>;

const Beat = z.object({
  status: mapped(STATE, 'major_outage', 'Uptime Kuma heartbeat status'),
  time: z.optional(SqlTime),
});
type Beat = z.output<typeof Beat>;

const read = reader<Feed>(Feed);
const readBeat = reader<Beat>(Beat);
const KEYS = ['config', 'publicGroupList', 'incident', 'incidents', 'maintenanceList', 'heartbeatList'];

const issueAt = (path: JsonPath, message: string): FeedIssue => ({ path, message: `${formatPath(path)}: ${message}` });

/** Each monitor's newest beat, read where it is in the list (its issues keep that path). */
function newestBeats(list: unknown, issues: FeedIssue[]): Map<string, Beat> {
  const beats = new Map<string, Beat>();
  if (list == null) return beats;
  if (!isObject(list)) {
    issues.push(
      issueAt(['heartbeatList'], `ignored it: expected an object keyed by monitor id but got ${describeValue(list)}`),
    );
    return beats;
  }
  for (const [id, entries] of Object.entries(list)) {
    if (!Array.isArray(entries)) {
      issues.push(
        issueAt(['heartbeatList', id], `ignored it: expected a list of heartbeats but got ${describeValue(entries)}`),
      );
      continue;
    }
    // oldest first as Kuma sends them; the time decides, the later one on a tie
    let newest = -1;
    let newestTime = '';
    entries.forEach((entry: unknown, index) => {
      if (!isObject(entry)) return;
      const time = typeof entry.time === 'string' ? entry.time : '';
      if (newest < 0 || time >= newestTime) [newest, newestTime] = [index, time];
    });
    const result = newest < 0 ? undefined : readBeat(entries[newest]);
    if (!result?.ok) continue;
    const prefix = ['heartbeatList', id, newest];
    for (const issue of result.issues)
      issues.push(issueAt([...prefix, ...issue.path], issue.message.slice(formatPath(issue.path).length + 2)));
    beats.set(id, result.value);
  }
  return beats;
}

export function adaptUptimeKuma(input: unknown, options: AdaptOptions = {}): FeedResult {
  if (!isObject(input) || !KEYS.some((key) => input[key] != null))
    return invalidFeed(`Found no Uptime Kuma data at $: expected an object with one of ${KEYS.join(', ')}`);
  // Kuma's times are UTC by definition (see above): a zone only overrides that
  zone = zoneOf(options.feedTimeZone || 'UTC');
  const result = read(input);
  if (!result.ok) return result.result;
  const raw = result.value;
  const issues = result.issues;
  // one note per kind of zone trouble, however many maintenances had it
  const zones = new Set<string>();
  const noteZone = (read: Zone) => zoneIssues(read, 'Uptime Kuma').forEach(({ message }) => zones.add(message));
  const beats = newestBeats(input.heartbeatList, issues);

  const components: Component[] = [];
  const listed = new Set<string>();
  const add = (id: string, name?: string, group?: string) => {
    if (listed.has(id)) return;
    listed.add(id);
    components.push(component(id, name || id, beats.get(id)?.status ?? 'operational', group));
  };
  for (const group of raw.publicGroupList ?? [])
    for (const monitor of group.monitorList ?? []) add(monitor.id, monitor.name, group.name);
  if (components.length > 0 && input.heartbeatList === undefined)
    issues.push(
      issueAt(
        ['publicGroupList'],
        'the status page says no monitor state: its monitors read as operational; add the heartbeat endpoint (/api/status-page/heartbeat/<slug>) for their states',
      ),
    );
  for (const id of beats.keys()) add(id);

  const toIncident = (item: Incident) => {
    const ended = !item.pin && (item.active === undefined ? item.pin !== undefined : !item.active);
    const at = item.lastUpdatedDate ?? item.createdDate;
    return incident({
      id: item.id,
      title: item.title,
      kind: 'incident',
      // Kuma's own default style is primary
      impact: item.style ?? 'none',
      ended,
      startedAt: item.createdDate,
      endedAt: at,
      componentIds: [],
      updates: item.content ? [update(ended ? 'resolved' : 'update', at, item.content)] : [],
    });
  };
  const incidents = [...(raw.incident ? [raw.incident] : []), ...(raw.incidents ?? [])].map(toIncident);

  let untimed = false;
  const maintenances = (raw.maintenanceList ?? []).map((item, index) => {
    const own = zoneOf(item.timezone, options.feedTimeZone);
    const slot = item.timeslotList?.[0];
    const start = zonedTime(slot?.startDate ?? item.dateRange?.[0], own);
    const end = zonedTime(slot?.endDate ?? item.dateRange?.[1], own);
    noteZone(own);
    const status = item.status ?? 'in_progress';
    if (start === undefined) {
      untimed ||= status === 'in_progress';
      issues.push(
        issueAt(['maintenanceList', index], 'left out this maintenance: it has no time (a manual one has none)'),
      );
      return undefined;
    }
    return incident({
      id: item.id,
      title: item.title,
      kind: 'maintenance',
      status,
      ended: status === 'completed',
      endedAt: end,
      scheduledFor: start,
      scheduledUntil: end,
      componentIds: [],
      updates: item.description ? [update(status, start, item.description)] : [],
    });
  });
  if (raw.hasMore)
    issues.push(
      issueAt(['hasMore'], 'only this page of the incident history was read: the next one is at ?cursor=<nextCursor>'),
    );
  noteZone(zone);
  for (const message of zones) issues.push({ path: [], message });

  const page: Page = { name: raw.config?.title ?? '' };
  let newest = '';
  for (const beat of beats.values()) if (beat.time && beat.time > newest) newest = beat.time;
  put(page, 'updatedAt', newest || undefined);
  const adapted = completeFeed(
    raw.config !== undefined,
    [
      input.incidents,
      input.publicGroupList,
      input.maintenanceList,
      isObject(input.heartbeatList) ? Object.keys(input.heartbeatList) : undefined,
    ],
    page,
    components,
    incidents.filter((item): item is Item => !!item),
    maintenances.filter((item): item is Item => !!item),
    undefined,
    issues,
  );
  if (adapted.ok) {
    const status = adapted.feed.status;
    if (untimed && status.indicator === 'none')
      [status.indicator, status.description] = ['maintenance', 'Under maintenance'];
    else if (status.indicator === 'minor' && components.some((item) => item.status === 'degraded_performance'))
      status.description = 'Pending';
  }
  return adapted;
}

export const adapter = adaptUptimeKuma;
