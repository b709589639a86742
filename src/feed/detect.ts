/**
 * Telling the formats apart by shape, for `format: 'auto'`. It looks only at top-level keys and
 * the keys of the first item of each list, never deeper, so the cost is the same for any size.
 *
 * Rules, first match wins:
 * 0. A key only a format not read yet has (Uptime Kuma's `publicGroupList`, cState's
 *    `cStateVersion`, …) → nothing, so that such a feed is named rather than misread.
 * 1. `"$schema"` naming status-elements or status-feed → native.
 * 2. Keys only Statuspage has: a bare incident (`incident_updates`), `incident`,
 *    `scheduled_maintenances`, or a `page` with an `id` or `time_zone` → statuspage.
 * 3. `maintenances` (the native name) → native.
 * 4. Field names in the page, the first component, the first incident and its first update:
 *    more native ones (camelCase like `startedAt`, `timeZone`, and `title`, `updates`, `at`) than
 *    Statuspage ones (snake_case like `incident_updates`, `created_at`, and `shortlink`, an
 *    incident's `name`; a first component whose `group` is a string counts as native) → native;
 *    otherwise any Statuspage name → statuspage.
 * 5. Otherwise any of `page`, `status`, `components`, `incidents` → statuspage (both adapters read
 *    the few fields such a feed can have the same way).
 * Nothing matched: not a feed this library reads.
 */
import { isObject } from './lenient.js';

export type DetectedFormat = 'native' | 'statuspage';

const NATIVE_NAME = /[A-Z]|^(title|updates|at)$/;
const STATUSPAGE_NAME = /_|^shortlink$/;

/** Formats not read yet, each by a top-level key only it has. */
const UNREAD_FORMATS: Record<string, string> = {
  publicGroupList: 'an Uptime Kuma status page',
  heartbeatList: 'an Uptime Kuma heartbeat list',
  cStateVersion: 'a cState index',
};

/** What a feed of a format not read yet seems to be, from its keys. */
export function unreadFormat(json: unknown): string | undefined {
  if (!isObject(json)) return undefined;
  for (const key in UNREAD_FORMATS) if (Object.hasOwn(json, key)) return `${UNREAD_FORMATS[key]} (${key})`;
  return undefined;
}

export function detectFormat(json: unknown): DetectedFormat | undefined {
  if (!isObject(json) || unreadFormat(json)) return undefined;
  if (typeof json.$schema === 'string' && /status-(elements|feed)/i.test(json.$schema)) return 'native';
  if (['incident_updates', 'incident', 'scheduled_maintenances'].some((key) => json[key] !== undefined))
    return 'statuspage';
  if (isObject(json.page) && (json.page.id !== undefined || json.page.time_zone !== undefined)) return 'statuspage';
  if (json.maintenances !== undefined) return 'native';

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
