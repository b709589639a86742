/**
 * Upptime: a status page kept in a GitHub repository by GitHub Actions (upptime/uptime-monitor).
 * Two endpoints, each read alone:
 *   history/summary.json    (raw file of the repository) a list of sites {name, url, icon, slug,
 *                           status, uptime…, time…, dailyMinutesDown}: components (id = slug), no incidents
 *   /repos/<owner>/<repo>/issues?state=all&labels=status (or labels=maintenance), the GitHub REST API:
 *                           the repository's issues, which are its incidents and maintenances
 * uptime-monitor (src/update.ts) opens an issue labelled `status`, the site's slug and the site's
 * tags, titled "🛑 <name> is down" or "⚠️ <name> has degraded performance", and closes it when the
 * site is back. A maintenance is an issue someone labels `maintenance`, its window in an HTML
 * comment of the body (`<!-- start: <ISO> end: <ISO> expectedDown: a, b expectedDegraded: c -->`),
 * closed by the monitor once `end` has passed.
 *
 * Mappings:
 * - site status up → operational, degraded → degraded_performance, down → major_outage; anything
 *   else → major_outage, reported (Upptime's own README table shows anything not up or degraded as
 *   down). The status is trusted over the uptime figures, which are averages over past periods.
 * - an issue labelled `maintenance` → kind maintenance (impact maintenance), window from its
 *   comment; else one labelled `status` → kind incident; other issues and pull requests are skipped.
 * - impact: a title that says "degraded" → minor, else major (the status page's own test).
 * - open → investigating (a maintenance: scheduled, so the clock and its window say when it is
 *   under way); closed → resolved (completed) at `closed_at`, as a second update standing for the
 *   "Resolved" comment the monitor writes, since comments are not in the list.
 * - components: the labels but `status` and `maintenance` (the slug, and any tags, which the issue
 *   alone cannot tell from slugs), and a maintenance's expectedDown and expectedDegraded slugs.
 * Not read: urls (placeholders like `$MAIN_DOMAIN` are often left unexpanded), icons, uptime and
 * response-time figures, which the model has no place for. The page has no name in either endpoint.
 */
import * as z from 'zod/mini';
import type { ComponentStatus, Incident } from '../model.js';
import type { FeedResult } from '../result.js';
import type { AdaptOptions } from '../formats.js';
import { completeFeed } from '../derive.js';
import { toInstant } from '../instant.js';
import { describeValue, invalidFeed, isObject, lenient, note, readWith } from '../lenient.js';
import { component, Id, incident, mapped, Present, Text, Time, update } from './common.js';

const STATUS: Record<string, ComponentStatus> = { up: 'operational', degraded: 'degraded_performance', down: 'major_outage' };

const Site = z.object({
  slug: Id,
  name: z.optional(Text),
  status: mapped(STATUS, 'major_outage', 'Upptime site status'),
});
type Site = z.output<typeof Site>;

/** An issue's body: its text without the HTML comment, and a maintenance window if the comment gives one. */
const Body = z.transform((value: unknown, context) => {
    if (typeof value !== 'string') context.issues.push({ code: 'custom', message: `expected text but got ${describeValue(value)}`, input: value });
    const text = typeof value === 'string' ? value : '';
    const comment = text.split('<!--')[1]?.split('-->')[0] ?? '';
    const field = (key: string) => new RegExp(`^[ \\t]*${key}[ \\t]*:(.+)$`, 'm').exec(comment)?.[1]!.trim();
    const [start, end] = [field('start'), field('end')];
    const window = { start: toInstant(start), end: toInstant(end) };
    if ((start || end) && !(window.start && window.end))
      context.issues.push(note(`read no maintenance window from start ${JSON.stringify(start)} and end ${JSON.stringify(end)}: expected ISO date-times`));
    const slugs = [field('expectedDown'), field('expectedDegraded')].flatMap((list) => list?.split(',') ?? []);
    return {
      text: text.replace(/<!--[\s\S]*?(-->|$)/g, '').trim(),
      ...(window.start && window.end ? window : {}),
      slugs: slugs.map((slug) => slug.trim()).filter(Boolean),
    };
});

const Issue = z.object({
  id: z.optional(Id),
  number: Id,
  title: Text,
  state: mapped({ open: 'open', closed: 'closed' }, 'open', 'GitHub issue state'),
  html_url: z.optional(Text),
  body: z.optional(Body),
  labels: z.optional(z.array(z.object({ name: Text }))),
  created_at: Time,
  updated_at: z.optional(Time),
  closed_at: z.optional(Time),
  pull_request: z.optional(Present),
});
type Issue = z.output<typeof Issue>;

/** A lenient reader of a list at the top, whose dropped items are named as what they are. */
function listOf<T>(item: z.core.$ZodType, name: string) {
  const read = lenient(z.array(item), { nullIsAbsent: true }, name);
  return (input: unknown) => readWith<T[]>(read, input);
}
const readSites = listOf<Site>(Site, 'sites');
const readIssues = listOf<Issue>(Issue, 'issues');

function toIncident(item: Issue): Incident | undefined {
  const labels = (item.labels ?? []).map((label) => label.name);
  const has = (name: string) => labels.some((label) => label.toLowerCase() === name);
  const isMaintenance = has('maintenance');
  if (item.pull_request || !(isMaintenance || has('status'))) return undefined;
  const body = item.body;
  const closedAt = item.state === 'closed' ? (item.closed_at ?? item.updated_at) : undefined;
  const updates = [update(isMaintenance ? 'scheduled' : 'investigating', item.created_at, body?.text)];
  if (closedAt) updates.push(update(isMaintenance ? 'completed' : 'resolved', closedAt, ''));
  const componentIds = [...labels.filter((label) => !/^(status|maintenance)$/i.test(label)), ...(isMaintenance ? (body?.slugs ?? []) : [])];
  return incident({
    id: item.number,
    title: item.title.replace('🛑', '').replace('⚠️', '').trim(),
    kind: isMaintenance ? 'maintenance' : 'incident',
    impact: isMaintenance ? 'maintenance' : item.title.includes('degraded') ? 'minor' : 'major',
    ended: item.state === 'closed',
    startedAt: item.created_at,
    endedAt: closedAt,
    scheduledFor: isMaintenance ? body?.start : undefined,
    scheduledUntil: isMaintenance ? body?.end : undefined,
    url: item.html_url,
    componentIds: [...new Set(componentIds)],
    updates,
  });
}

export function adaptUpptime(input: unknown, _options?: AdaptOptions): FeedResult {
  if (!Array.isArray(input)) {
    const badge = isObject(input) && 'schemaVersion' in input ? ' (this is a shields.io badge: read history/summary.json)' : '';
    return invalidFeed(`Found no Upptime data at $: expected a list of sites (history/summary.json) or of GitHub issues${badge}`);
  }
  const first: unknown = input.find(isObject);
  if (isObject(first) && ('number' in first || 'labels' in first)) {
    const result = readIssues(input);
    if (!result.ok) return result.result;
    const all = result.value.map(toIncident).filter((item): item is Incident => item !== undefined);
    // issues that are no incidents (pull requests, other labels) leave an empty list, not an error
    const lists = [result.value.length > 0 && all.length === 0 ? [] : input];
    const pick = (kind: string) => all.filter((item) => item.kind === kind);
    return completeFeed(false, lists, { name: '' }, [], pick('incident'), pick('maintenance'), undefined, result.issues);
  }
  const result = readSites(input);
  if (!result.ok) return result.result;
  const seen = new Set<string>();
  const components = result.value
    .filter((site) => !seen.has(site.slug) && !!seen.add(site.slug))
    .map((site) => component(site.slug, site.name || site.slug, site.status));
  return completeFeed(false, [input], { name: '' }, components, [], [], undefined, result.issues);
}

export const adapter = adaptUpptime;
