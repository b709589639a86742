/**
 * Better Stack, its one public endpoint: `<page>/index.json`, a JSON:API document:
 *   data                  the status_page: company_name, custom_domain, timezone, aggregate_state
 *   included[]            status_page_section (name), status_page_resource (the components:
 *                         public_name, status, status_page_section_id), status_report (title,
 *                         report_type, starts_at, ends_at, aggregate_state, affected_resources,
 *                         relationships.status_updates) and status_update (message, published_at,
 *                         status_report_id, affected_resources)
 * JSON:API ids are unique per type only, so a section and a report may share one.
 *
 * Mappings:
 * - page aggregate_state operational | degraded | downtime | maintenance → none | minor | major |
 *   maintenance, unless its open reports or resources are worse; timezone → page.timeZone when it
 *   is an IANA name; custom_domain → page.url.
 * - resource status operational | degraded | downtime | maintenance | not_monitored →
 *   operational | degraded_performance | major_outage | under_maintenance | operational (no
 *   data is no outage); its section's name is its group.
 * - report_type maintenance → a maintenance (starts_at … ends_at its window), manual → an incident
 *   whose impact is the worst state its resources were given. A report is over when its
 *   aggregate_state is `resolved` (its ends_at stays null: the end is its last resolving update).
 * - Updates have no phase of their own, only the states they give resources: one giving them all
 *   `resolved` resolves (completes a maintenance); any other is `investigating` (`scheduled` for a
 *   maintenance, whose window and the clock say when it is under way). Identified or monitoring
 *   would claim more than the update says.
 */
import * as z from 'zod/mini';
import type { ComponentStatus, Incident as Item, Indicator, Page, Update } from '../model.js';
import type { FeedResult } from '../result.js';
import { completeFeed, impactOfComponentStatuses } from '../derive.js';
import { invalidFeed, isObject, put } from '../lenient.js';
import { component, Id, IdInList, incident, mapped, reader, statedUnlessWorse, Text, Time, update, zoneOf } from './common.js';

type State = ComponentStatus | 'resolved';
const STATE: Record<string, State> = {
  operational: 'operational',
  degraded: 'degraded_performance',
  downtime: 'major_outage',
  maintenance: 'under_maintenance',
  not_monitored: 'operational',
  resolved: 'resolved',
};
const PAGE: Record<string, Indicator> = {
  operational: 'none',
  degraded: 'minor',
  downtime: 'major',
  maintenance: 'maintenance',
};
const KIND: Record<string, 'incident' | 'maintenance'> = { manual: 'incident', maintenance: 'maintenance' };

// an unknown state given by a report is read as a problem, so that it never closes one
const state = mapped(STATE, 'degraded_performance', 'Better Stack state');
const Affected = z.array(z.object({ status_page_resource_id: Id, status: state }));

/** The attributes of every included type, all optional: the item's `type` says which it has. */
const Attributes = z.object({
  name: z.optional(Text),
  public_name: z.optional(Text),
  explanation: z.optional(Text),
  status: z.optional(mapped(STATE, 'operational', 'Better Stack resource status')),
  status_page_section_id: z.optional(Id),
  title: z.optional(Text),
  report_type: z.optional(mapped(KIND, 'incident', 'Better Stack report type')),
  starts_at: z.optional(Time),
  ends_at: z.optional(Time),
  aggregate_state: z.optional(state),
  affected_resources: z.optional(Affected),
  message: z.optional(Text),
  published_at: z.optional(Time),
  status_report_id: z.optional(Id),
});

const Feed = z.object({
  data: z.object({
    attributes: z.optional(
      z.object({
        company_name: z.optional(Text),
        custom_domain: z.optional(Text),
        timezone: z.optional(Text),
        aggregate_state: z.optional(mapped(PAGE, 'minor', 'Better Stack aggregate state')),
        updated_at: z.optional(Time),
      }),
    ),
  }),
  included: z.optional(
    z.array(
      z.object({
        // kept in a list so that the lenient read does not take a shared id for a repeated item
        id: IdInList,
        type: Text,
        attributes: z.optional(Attributes),
        relationships: z.optional(
          z.object({ status_updates: z.optional(z.object({ data: z.optional(z.array(z.object({ id: Id }))) })) }),
        ),
      }),
    ),
  ),
});
type Feed = z.output<typeof Feed>;
type Included = NonNullable<Feed['included']>[number];

const read = reader<Feed>(Feed);

export function adaptBetterstack(input: unknown): FeedResult {
  if (!isObject(input) || !isObject(input.data))
    return invalidFeed('Found no Better Stack data at $: expected a JSON:API document whose data is a "status_page"');
  const result = read(input);
  if (!result.ok) return result.result;
  // detection looks for the type; a named format reads the page whatever it says
  if (input.data.type !== 'status_page')
    result.issues.push({
      path: ['data', 'type'],
      message: '$.data.type: expected "status_page": read it as the status page',
    });
  const raw = result.value;

  const byType = (type: string) => (raw.included ?? []).filter((item) => item.type === type);
  const sections = new Map(byType('status_page_section').map((item) => [item.id[0], item.attributes?.name]));
  const components = byType('status_page_resource').map(({ id: [id], attributes: resource = {} }) =>
    component(
      id,
      resource.public_name || id,
      resource.status === 'resolved' || !resource.status ? 'operational' : resource.status,
      resource.status_page_section_id && sections.get(resource.status_page_section_id),
      resource.explanation,
    ),
  );

  // an update names its report by an integer attribute, the report its updates by relationship
  const updates = new Map(byType('status_update').map((item) => [item.id[0], item]));
  const byReport = new Map<string, Set<Included>>();
  for (const item of updates.values()) {
    const report = item.attributes?.status_report_id;
    if (report) byReport.set(report, (byReport.get(report) ?? new Set()).add(item));
  }
  const toIncident = ({ id: [id], attributes: report = {}, relationships }: Included) => {
    const kind = report.report_type ?? 'incident';
    const isMaintenance = kind === 'maintenance';
    const own = new Set(byReport.get(id));
    for (const entry of relationships?.status_updates?.data ?? []) {
      const item = updates.get(entry.id);
      if (item) own.add(item);
    }
    const phaseOf = (resolved: boolean) =>
      resolved ? (isMaintenance ? 'completed' : 'resolved') : isMaintenance ? 'scheduled' : 'investigating';
    const states: State[] = [];
    const componentIds = new Set<string>();
    const noteAffected = (list: z.output<typeof Affected> = []) => {
      for (const entry of list) {
        componentIds.add(entry.status_page_resource_id);
        states.push(entry.status);
      }
      return list.length > 0 && list.every((entry) => entry.status === 'resolved');
    };
    noteAffected(report.affected_resources);
    const phases: Update[] = [...own].flatMap(({ id: [updateId], attributes: item = {} }) => {
      const phase = phaseOf(noteAffected(item.affected_resources));
      return item.published_at ? [update(phase, item.published_at, item.message, updateId)] : [];
    });
    const closed = report.aggregate_state === 'resolved';
    const impact = impactOfComponentStatuses(states);
    return incident({
      id,
      title: report.title ?? '',
      kind,
      impact: isMaintenance || impact === 'none' ? undefined : impact,
      status: phaseOf(closed),
      ended: closed,
      startedAt: report.starts_at,
      endedAt: closed ? report.ends_at : undefined,
      scheduledFor: isMaintenance ? report.starts_at : undefined,
      scheduledUntil: isMaintenance ? report.ends_at : undefined,
      componentIds: [...componentIds],
      updates: phases,
    });
  };
  const reports = byType('status_report')
    .map(toIncident)
    .filter((item): item is Item => !!item);

  const attributes = raw.data.attributes ?? {};
  const page: Page = { name: attributes.company_name ?? '' };
  put(page, 'url', attributes.custom_domain ? `https://${attributes.custom_domain}` : undefined);
  const zone = zoneOf(attributes.timezone);
  put(page, 'timeZone', zone.zone);
  put(page, 'updatedAt', attributes.updated_at);
  if (zone.unknown !== undefined) {
    const message = `ignored the time zone ${JSON.stringify(zone.unknown)}: not an IANA name like "Europe/London"`;
    result.issues.push({ path: ['data', 'attributes', 'timezone'], message: `$.data.attributes.timezone: ${message}` });
  }

  const adapted = completeFeed(
    true,
    [raw.included],
    page,
    components,
    reports.filter((item) => item.kind === 'incident'),
    reports.filter((item) => item.kind === 'maintenance'),
    undefined,
    result.issues,
  );
  // the page's own state, unless what it lists is worse
  return statedUnlessWorse(adapted, attributes.aggregate_state);
}

export const adapter = adaptBetterstack;
