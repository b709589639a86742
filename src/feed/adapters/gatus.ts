/**
 * Gatus (TwiN/gatus), a health dashboard of endpoints it checks. Its public API, each read alone:
 *   /api/v1/endpoints/statuses        a list of endpoint statuses {name, group?, key, results}: components
 *   /api/v1/endpoints/<key>/statuses  one endpoint status, with `events` too: one component
 *   /api/v1/config                    {announcements, authenticated, oidc}: the announcements, as incidents
 * Results come oldest first, each {status?, hostname?, duration (ns), conditionResults?, success,
 * timestamp (RFC 3339 with nanoseconds), errors?}; empty fields are left out.
 *
 * Mappings:
 * - an endpoint is a component (id = key, group = group); its state is that of its newest
 *   result, as Gatus's own card shows it: success → operational, else major_outage, even when only
 *   some conditions failed (Gatus calls that unhealthy too). With no result yet (Gatus: unknown),
 *   operational. The newest result of all is the page's `updatedAt`.
 * - announcements {timestamp, type, message, archived?} have no title, id or end: the message is
 *   the title, the timestamp the id. Type outage → impact major, warning → minor, information and
 *   none → none, operational → none; an unknown type → minor, reported. Gatus's banner takes its
 *   colour from the newest active (not archived) announcement, so that one alone is open
 *   (investigating, or `update` when its impact is none) unless it is `operational`, which says
 *   all is well; every other one is resolved, ended when the next announcement was made (the
 *   newest ones at their own time).
 * Not read: response times, HTTP codes, errors and condition texts (the model has none), the
 * `events` of one endpoint (its state transitions, which the results already show), suites.
 */
import * as z from 'zod/mini';
import type { Impact, Incident, Page } from '../model.js';
import type { FeedResult } from '../result.js';
import type { AdaptOptions } from '../formats.js';
import { completeFeed } from '../derive.js';
import { invalidFeed, isObject, lenient, put, readWith } from '../lenient.js';
import { component, Id, incident, mapped, reader, Text, Time } from './common.js';

const Result = z.object({ success: z.boolean(), timestamp: Time });
type Result = z.output<typeof Result>;
const Endpoint = z.object({
  key: Id,
  name: z.optional(Text),
  group: z.optional(Text),
  results: z.optional(z.array(Result)),
});
type Endpoint = z.output<typeof Endpoint>;

const TYPE: Record<string, Impact | 'operational'> = {
  outage: 'major',
  warning: 'minor',
  information: 'none',
  none: 'none',
  operational: 'operational',
};
const Announcement = z.object({
  timestamp: Time,
  type: z.optional(mapped(TYPE, 'minor', 'Gatus announcement type')),
  message: Text,
  archived: z.optional(z.boolean()),
});
const Config = z.object({ announcements: z.optional(z.array(Announcement)) });
type Config = z.output<typeof Config>;
type Announcement = z.output<typeof Announcement>;

/** The list at the top read leniently, its dropped items named as endpoints (reader() would call them feeds). */
const endpoints = lenient(z.array(Endpoint), { nullIsAbsent: true }, 'endpoints');
const readEndpoints = (input: unknown) => readWith<Endpoint[]>(endpoints, input);
const readEndpoint = reader<Endpoint>(Endpoint);
const readConfig = reader<Config>(Config);

function toIncidents(announcements: Announcement[]): Incident[] {
  const sorted = [...announcements].sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
  const active = sorted.find((item) => !item.archived);
  const ids = new Set<string>();
  return sorted.flatMap((item, index) => {
    const type = item.type ?? 'none';
    const impact = type === 'operational' ? 'none' : type;
    const open = item === active && type !== 'operational';
    // two made at the same instant keep apart by their place
    const id = ids.has(item.timestamp) ? `${item.timestamp}#${index}` : item.timestamp;
    ids.add(item.timestamp);
    return (
      incident({
        id,
        title: item.message,
        kind: 'incident',
        impact,
        status: open ? (impact === 'none' ? 'update' : 'investigating') : 'resolved',
        ended: !open,
        startedAt: item.timestamp,
        endedAt: open ? undefined : (sorted[index - 1] ?? item).timestamp,
        componentIds: [],
        updates: [],
      }) ?? []
    );
  });
}

export function adaptGatus(input: unknown, _options?: AdaptOptions): FeedResult {
  const page: Page = { name: '' };
  if (Array.isArray(input) || (isObject(input) && ('key' in input || 'results' in input))) {
    const result = Array.isArray(input) ? readEndpoints(input) : readEndpoint(input);
    if (!result.ok) return result.result;
    const seen = new Set<string>();
    let updatedAt: string | undefined;
    const components = [result.value]
      .flat()
      .filter((item) => !seen.has(item.key) && !!seen.add(item.key))
      .map((item) => {
        // results are oldest first, but the newest by its time wins whatever the order
        const newest = (item.results ?? []).reduce<Result | undefined>(
          (found, entry) => (!found || entry.timestamp > found.timestamp ? entry : found),
          undefined,
        );
        if (newest && !(updatedAt && updatedAt > newest.timestamp)) updatedAt = newest.timestamp;
        return component(item.key, item.name || item.key, !newest || newest.success ? 'operational' : 'major_outage', item.group);
      });
    put(page, 'updatedAt', updatedAt);
    return completeFeed(false, [input], page, components, [], [], undefined, result.issues);
  }
  if (isObject(input) && ['announcements', 'authenticated', 'oidc'].some((key) => key in input)) {
    const result = readConfig(input);
    if (!result.ok) return result.result;
    // a Gatus older than announcements sends none: nothing to announce
    const incidents = toIncidents(result.value.announcements ?? []);
    return completeFeed(false, [input.announcements ?? []], page, [], incidents, [], undefined, result.issues);
  }
  return invalidFeed(
    'Found no Gatus data at $: expected a list of endpoint statuses (/api/v1/endpoints/statuses), one endpoint status or the config (/api/v1/config)',
  );
}

export const adapter = adaptGatus;
