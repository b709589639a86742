/**
 * Telling the formats apart by shape, for `format: 'auto'`. It looks only at top-level keys and
 * the keys of the first item of each list, never deeper, so the cost is the same for any size.
 *
 * Rules, first match wins:
 * 0. A shape that is no feed at all (a shields.io badge, as Upptime publishes beside its data) →
 *    nothing, and `unreadFormat` names it.
 * 1. A key or value only one platform has:
 *    cState `cStateVersion`, `is: "issue"`, or `is: "issues"` / `"system"` with `pages`;
 *    Uptime Kuma `publicGroupList`, `heartbeatList`, a
 *    `config` with a `slug`, or `incidents` with `nextCursor` (its incident history); status.io a `status_overall` with a `status_code` (in `result` or not); Better Stack's JSON:API
 *    `data.type: "status_page"`; Cachet's `{data: [...], meta}` envelope; OpenStatus
 *    `statusReports`; Sorry's `{response: …}` (a page, or a list of its notices or components); Gatus `announcements`, or an endpoint (alone or
 *    in a list) with `key` and `results`; Instatus `activeIncidents`, `activeMaintenances`;
 *    Upptime, a list of sites with `slug` and `uptime`, or of GitHub issues (`number` and `labels`).
 * 2. `"$schema"` naming status-elements or status-feed → native.
 * 3. Keys only Statuspage has: a bare incident (`incident_updates`), `incident`,
 *    `scheduled_maintenances`, or a `page` with an `id` or `time_zone` → statuspage.
 * 4. `maintenances` (the native name) → native; then Instatus's UPPERCASE states (`page.status`
 *    `UP`, a component `OPERATIONAL`) → instatus.
 * 5. Field names in the page, the first component, the first incident and its first update:
 *    more native ones (camelCase like `startedAt`, `timeZone`, and `title`, `updates`, `at`) than
 *    Statuspage ones (snake_case like `incident_updates`, `created_at`, and `shortlink`, an
 *    incident's `name`; a first component whose `group` is a string counts as native) → native;
 *    otherwise any Statuspage name → statuspage.
 * 6. Otherwise any of `page`, `status`, `components`, `incidents` → statuspage (both adapters read
 *    the few fields such a feed can have the same way).
 * Nothing matched: not a feed this library reads.
 */
import { isObject, type JsonObject } from './lenient.js';
import type { ReadFormat } from './formats.js';

export type DetectedFormat = ReadFormat;

const NATIVE_NAME = /[A-Z]|^(title|updates|at)$/;
const STATUSPAGE_NAME = /_|^shortlink$/;

/** A shields.io badge (`{schemaVersion, label, message, color}`), which Upptime writes beside its data. */
const isBadge = (json: unknown) => isObject(json) && 'schemaVersion' in json && 'message' in json;

/** What a JSON that `detectFormat` reads as nothing seems to be, to say so in the error. */
export function unreadFormat(json: unknown): string | undefined {
  if (isBadge(json))
    return 'a shields.io badge (Upptime writes one per site), not a status feed: point src at history/summary.json';
  if (Array.isArray(json) && json.length === 0) return 'an empty list, which could be several formats: name one with format';
  return undefined;
}

const UPPERCASE = /^[A-Z]+$/;

/** The platform only one format's keys or values belong to. */
function platform(json: unknown): ReadFormat | undefined {
  if (Array.isArray(json)) {
    const first = json[0];
    if (!isObject(first)) return undefined;
    if ('slug' in first && 'uptime' in first) return 'upptime';
    if ('number' in first && 'labels' in first) return 'upptime';
    if ('key' in first && 'results' in first) return 'gatus';
    return undefined;
  }
  if (!isObject(json) || isBadge(json)) return undefined;
  const has = (key: string) => json[key] !== undefined;
  const object = (key: string): JsonObject => (isObject(json[key]) ? json[key] : {});
  if (has('cStateVersion') || json.is === 'issue' || (['issues', 'system'].includes(json.is as string) && Array.isArray(json.pages)))
    return 'cstate';
  if (has('publicGroupList') || has('heartbeatList') || typeof object('config').slug === 'string') return 'uptime-kuma';
  if (Array.isArray(json.incidents) && has('nextCursor')) return 'uptime-kuma';
  const overall = isObject(json.status_overall) ? json.status_overall : object('result').status_overall;
  if (isObject(overall) && overall.status_code !== undefined) return 'statusio';
  if (object('data').type === 'status_page') return 'betterstack';
  if (Array.isArray(json.data) && isObject(json.meta)) return 'cachet';
  if (has('statusReports')) return 'openstatus';
  if (isObject(json.response) || Array.isArray(json.response)) return 'sorry';
  if (Array.isArray(json.announcements) || (typeof json.key === 'string' && Array.isArray(json.results))) return 'gatus';
  if (has('activeIncidents') || has('activeMaintenances')) return 'instatus';
  return undefined;
}

export function detectFormat(json: unknown): DetectedFormat | undefined {
  const known = platform(json);
  if (known) return known;
  if (!isObject(json) || isBadge(json)) return undefined;
  if (typeof json.$schema === 'string' && /status-(elements|feed)/i.test(json.$schema)) return 'native';
  if (['incident_updates', 'incident', 'scheduled_maintenances'].some((key) => json[key] !== undefined))
    return 'statuspage';
  if (isObject(json.page) && (json.page.id !== undefined || json.page.time_zone !== undefined)) return 'statuspage';
  if (json.maintenances !== undefined) return 'native';
  // Instatus's UPPERCASE states, only now: a Statuspage or native feed with a wrong value stays itself
  const statusOf = (value: unknown) => String((isObject(value) && value.status) || '');
  if ([statusOf(json.page), statusOf(firstOf(json.components)), statusOf(firstOf(json.incidents))].some((status) => UPPERCASE.test(status)))
    return 'instatus';

  let native = 0;
  let statuspage = 0;
  const count = (value: unknown) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      if (NATIVE_NAME.test(key)) native++;
      else if (STATUSPAGE_NAME.test(key)) statuspage++;
    }
  };
  const firstIncident = firstOf(json.incidents);
  const firstComponent = firstOf(json.components);
  count(json.page);
  count(firstComponent);
  // A group named by a string is native; Statuspage's `group` is a boolean on the group itself.
  if (isObject(firstComponent) && typeof firstComponent.group === 'string') native++;
  count(firstIncident);
  if (isObject(firstIncident)) {
    count(firstOf(firstIncident.updates) ?? firstOf(firstIncident.incident_updates));
    // `name` is shared by pages and components of both formats, but only Statuspage names incidents with it.
    if ('name' in firstIncident && !('title' in firstIncident)) statuspage++;
  }
  if (native > statuspage) return 'native';
  if (statuspage > 0) return 'statuspage';
  if (['page', 'status', 'components', 'incidents'].some((key) => json[key] !== undefined)) return 'statuspage';
  return undefined;
}

function firstOf(list: unknown): unknown {
  return Array.isArray(list) ? list[0] : undefined;
}
