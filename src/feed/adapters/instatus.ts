/**
 * Instatus, the platform of the page this project grew from. Its public endpoints:
 *   <page>/summary.json          page (status UP | HASISSUES | UNDERMAINTENANCE), activeIncidents, activeMaintenances
 *   <page>/v2/components.json    components, with groups listed as components of their own and
 *                                referenced by each child's `group`
 * and incidents with their updates in the shape of its REST API (`incidents[].incidentUpdates`),
 * as an export or a proxy gives them. Lists are left out when empty; times come as ISO text or as
 * JavaScript's `Date.toString()` text. Enums are UPPERCASE; an unknown one becomes the nearest
 * fallback and is reported.
 */
import * as z from 'zod/mini';
import type { ComponentStatus, Impact, Incident as Item, Page, Phase } from '../model.js';
import type { FeedResult } from '../result.js';
import { completeFeed } from '../derive.js';
import { invalidFeed, isObject, put } from '../lenient.js';
import { component, Id, incident, mapped, Numeric, reader, Text, Time, update } from './common.js';

const COMPONENT: Record<string, ComponentStatus> = {
  OPERATIONAL: 'operational',
  UNDERMAINTENANCE: 'under_maintenance',
  DEGRADEDPERFORMANCE: 'degraded_performance',
  PARTIALOUTAGE: 'partial_outage',
  MINOROUTAGE: 'partial_outage',
  MAJOROUTAGE: 'major_outage',
};
const IMPACT: Record<string, Impact> = {
  OPERATIONAL: 'none',
  UNDERMAINTENANCE: 'maintenance',
  DEGRADEDPERFORMANCE: 'minor',
  PARTIALOUTAGE: 'minor',
  MINOROUTAGE: 'minor',
  MAJOROUTAGE: 'major',
  // the REST API's own impact words
  MINOR: 'minor',
  MAJOR: 'major',
  CRITICAL: 'critical',
  MAINTENANCE: 'maintenance',
};
const PHASE: Record<string, Phase> = {
  INVESTIGATING: 'investigating',
  IDENTIFIED: 'identified',
  MONITORING: 'monitoring',
  RESOLVED: 'resolved',
  POSTMORTEM: 'postmortem',
  NOTSTARTEDYET: 'scheduled',
  INPROGRESS: 'in_progress',
  COMPLETED: 'completed',
};
const PAGE: Record<string, 'none' | 'minor' | 'maintenance'> = { UP: 'none', HASISSUES: 'minor', UNDERMAINTENANCE: 'maintenance' };

const upper = (value: string) => value.toUpperCase().replace(/[^A-Z]/g, '');
const phase = mapped(PHASE, 'update', 'Instatus status', upper);

const Group = z.object({ id: Id, name: Text });
const Component = z.object({
  id: Id,
  name: Text,
  description: z.optional(Text),
  status: mapped(COMPONENT, 'operational', 'Instatus component status', upper),
  group: z.optional(Group),
});

const Update = z.object({
  id: z.optional(Id),
  status: phase,
  message: z.optional(Text),
  createdAt: Time,
});

const Incident = z.object({
  id: z.optional(Id),
  name: Text,
  status: z.optional(phase),
  impact: z.optional(mapped(IMPACT, 'minor', 'Instatus impact', upper)),
  started: z.optional(Time),
  start: z.optional(Time),
  resolved: z.optional(Time),
  /** Minutes a maintenance lasts, as text or a number. */
  duration: z.optional(Numeric),
  url: z.optional(Text),
  components: z.optional(z.array(z.object({ id: Id }))),
  incidentUpdates: z.optional(z.array(Update)),
  maintenanceUpdates: z.optional(z.array(Update)),
});
type Incident = z.output<typeof Incident>;

const Feed = z.object({
  page: z.optional(z.object({ name: Text, url: z.optional(Text), status: z.optional(z.string()) })),
  components: z.optional(z.array(Component)),
  activeIncidents: z.optional(z.array(Incident)),
  activeMaintenances: z.optional(z.array(Incident)),
  incidents: z.optional(z.array(Incident)),
  maintenances: z.optional(z.array(Incident)),
});
type Feed = z.output<typeof Feed>;

const read = reader<Feed>(Feed);
const KEYS = ['page', 'components', 'activeIncidents', 'activeMaintenances', 'incidents', 'maintenances'];

export function adaptInstatus(input: unknown): FeedResult {
  if (!isObject(input) || !KEYS.some((key) => input[key] != null))
    return invalidFeed(`Found no Instatus data at $: expected an object with one of ${KEYS.join(', ')}`);
  const result = read(input);
  if (!result.ok) return result.result;
  const raw = result.value;

  // A group is a component that others name as their group: a heading, not a component.
  const groups = new Set((raw.components ?? []).flatMap((item) => (item.group ? [item.group.id] : [])));
  const components = (raw.components ?? [])
    .filter((item) => !groups.has(item.id))
    .map((item) => component(item.id, item.name, item.status, item.group?.name, item.description));

  const toIncident = (item: Incident, kind: 'incident' | 'maintenance') => {
    const start = item.started ?? item.start;
    const minutes = item.duration ?? 0;
    const until = start && minutes > 0 ? new Date(Date.parse(start) + minutes * 60_000).toISOString() : undefined;
    const updates = [...(item.incidentUpdates ?? []), ...(item.maintenanceUpdates ?? [])].map((raw) =>
      update(raw.status, raw.createdAt, raw.message, raw.id),
    );
    return incident({
      // the summary's items may have no id: their page's address names them
      id: item.id ?? item.url?.split('/').pop() ?? item.name,
      title: item.name,
      kind: kind === 'maintenance' || item.impact === 'maintenance' ? 'maintenance' : 'incident',
      impact: item.impact,
      status: item.status,
      ended: item.resolved !== undefined,
      startedAt: start,
      endedAt: item.resolved,
      scheduledFor: kind === 'maintenance' ? start : undefined,
      scheduledUntil: kind === 'maintenance' ? until : undefined,
      url: item.url,
      componentIds: (item.components ?? []).map((entry) => entry.id),
      updates,
    });
  };
  // one listed both as active and in the history is kept once
  const seen = new Set<string>();
  const all = (
    [
      [raw.activeIncidents, 'incident'],
      [raw.incidents, 'incident'],
      [raw.activeMaintenances, 'maintenance'],
      [raw.maintenances, 'maintenance'],
    ] as const
  ).flatMap(([list, kind]) => (list ?? []).map((item) => toIncident(item, kind)));
  const kept = all.filter((item): item is Item => !!item && !seen.has(item.id) && !!seen.add(item.id));

  const page: Page = { name: raw.page?.name ?? '' };
  put(page, 'url', raw.page?.url || undefined);
  const stated = raw.page?.status === undefined ? undefined : PAGE[upper(raw.page.status)];
  if (raw.page?.status !== undefined && !stated)
    result.issues.push({
      path: ['page', 'status'],
      message: `$.page.status: read the unknown Instatus page status ${JSON.stringify(raw.page.status)} as nothing said: the state comes from what the feed lists`,
    });
  // HASISSUES says only that something is wrong: the incidents and components say how badly...
  const adapted = completeFeed(
    raw.page !== undefined,
    KEYS.slice(1).map((key) => input[key]),
    page,
    components,
    kept.filter((item) => item.kind === 'incident'),
    kept.filter((item) => item.kind === 'maintenance'),
    stated && stated !== 'minor' ? { indicator: stated } : undefined,
    result.issues,
  );
  // ...but never less than "something is wrong"
  if (adapted.ok && stated === 'minor' && adapted.feed.status.indicator === 'none') adapted.feed.status.indicator = 'minor';
  return adapted;
}

export const adapter = adaptInstatus;
