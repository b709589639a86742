/**
 * cState, a static status page built with Hugo. Its read-only JSON comes from the theme's
 * templates (cstate/cstate `layouts/`), each endpoint read alone:
 *   /index.json                    (index.json) summaryStatus ok | disrupted | down | notice, categories,
 *                                  systems with status and unresolvedIssues, pinnedIssues
 *   /issues/index.json             (_default/list.json) {is: "issues", title, baseURL, pages: [issue]}
 *   /affected/<system>/index.json  (affected/list.json) {is: "system", title, status, pages: [issue]}
 *   /issues/<slug>/index.json      (issues/single.json) one issue, `body` the HTML of its Markdown;
 *                                  cState 4 wrote its flags as text ("true", "false", "<no value>"),
 *                                  cState 3 also `section`, `created_at` and `resolved_at`
 * An issue is {title, createdAt, permalink, severity, resolved, informational, resolvedAt, affected}.
 *
 * - Systems are components, with the system name as id (issues name them so in `affected`, the
 *   issues' componentIds) and their category as group, unless the category hides its title.
 *   The endpoint of one system gives it by its page title, which Hugo may have capitalised.
 * - System status → component: ok operational, disrupted partial_outage, down major_outage,
 *   notice under_maintenance (cState labels a notice "Maintenance" and paints it blue). Severity →
 *   impact: down major, disrupted minor, notice maintenance, none (informational posts) none. The
 *   summaryStatus is the stated state by the same rule (ok → none), its word kept as description;
 *   an unknown one is ignored, and the state derived.
 * - Kind is always `incident`: cState has no planned windows, only posts.
 * - Id: the last segment of the permalink (the slug), else the file name, else the title. An
 *   issue listed under several systems is one incident affecting each of them and its `affected`.
 * - Open: what the index lists (unresolved issues, and pinned posts: the announcements cState
 *   shows on top); elsewhere an issue neither resolved nor informational. cState writes
 *   `resolved: false` when the key is missing, as on informational posts, which it never counts as
 *   active: they read as over when posted (so a pinned one too, from any endpoint but the index).
 * - Updates live in the body: a paragraph that starts with a short emphasised word and a dash
 *   (`*Update* - …`, `<em>Monitoring</em> - …`) begins one; text before any is one too. Its time
 *   is its `track` shortcode's, rendered `<span class="faded">(15:04 — Jan 2)</span>` (no year:
 *   the issue's, or the next when the month is earlier), else the issue's. Known words give the
 *   phase (investigating, identified, monitoring, resolved or fixed, post-mortem), others
 *   `update`, unreported: they are the author's prose. An open issue never shows a closed phase; a
 *   closed one whose newest update is open gets an empty `resolved` update at resolvedAt (cState's
 *   own page says "Resolved after …" there), or without one that update is the resolution.
 * - Times are Go's `time.Time` text ("2026-03-02 20:00:00 +0100 +0100", the zone's name last),
 *   front matter as written for resolvedAt (often without a zone), or "<no value>", Hugo's nil.
 *   Times without a zone (resolvedAt, track) are read at the issue's createdAt offset, since Hugo
 *   gives both the site's zone; without one, in feedTimeZone, else as UTC with an issue.
 * Not read: lastMod, tabs, colours, logo, languages; the build time only in a zone a browser knows.
 */
import * as z from 'zod/mini';
import type { ComponentStatus, Impact, Incident as Item, Page, Phase, Update } from '../model.js';
import type { FeedIssue, FeedResult } from '../result.js';
import type { AdaptOptions } from '../formats.js';
import { completeFeed, sortUpdates } from '../derive.js';
import { describeValue, invalidFeed, isObject, put } from '../lenient.js';
import { isClosed } from '../status.js';
import {
  component,
  incident,
  mapped,
  reader,
  Text,
  update,
  zonedTime,
  zoneIssues,
  zoneOf,
  type Zone,
} from './common.js';

const NONE = '<no value>';
const lower = (value: string) => value.toLowerCase();

const SYSTEM: Record<string, ComponentStatus> = {
  ok: 'operational',
  disrupted: 'partial_outage',
  down: 'major_outage',
  notice: 'under_maintenance',
};
// the summary and systems use the same words; `ok` is no issue's severity, but reads so too
const SEVERITY = {
  ok: 'none',
  down: 'major',
  disrupted: 'minor',
  notice: 'maintenance',
  '': 'none',
  [NONE]: 'none',
} as const;
const PHASES: readonly Phase[] = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'];

type Context = { issues: z.core.$ZodRawIssue[] };
const wrong = (context: Context, expected: string, value: unknown) =>
  context.issues.push({
    code: 'custom',
    message: `expected ${expected} but got ${describeValue(value)}`,
    input: value,
  });

/** Text, with Hugo's nil ("<no value>") as nothing. */
const Str = z.transform((value: unknown, context) => {
  if (typeof value !== 'string') wrong(context, 'a string', value);
  else if (value !== NONE) return value;
  return undefined;
});

/** A boolean, or cState 4's text of one. */
const Flag = z.transform((value: unknown, context) => {
  if (value === true || value === 'true') return true;
  if (!(value === false || value === 'false' || value === '' || value === NONE)) wrong(context, 'true or false', value);
  return false;
});

/**
 * A time as Hugo prints it, kept as text without the zone's name: one without an offset is read
 * later, in the issue's zone. Nil and Go's zero time (0001-01-01) are no time.
 */
const time = (required: boolean) =>
  z.transform((value: unknown, context) => {
    const text = typeof value === 'string' ? value.replace(/( [+-]\d{4}) \S+$/, '$1') : value;
    const absent = text === '' || text === NONE || (typeof text === 'string' && text.startsWith('0001-01-01'));
    if (!absent && zonedTime(text, { zone: 'UTC', readAsUtc: false }) !== undefined) return text as string;
    if (required || !absent) wrong(context, 'a date-time', value);
    return undefined;
  });

const Issue = z.object({
  is: z.optional(Str),
  title: Text,
  body: z.optional(Text),
  createdAt: time(true),
  permalink: z.optional(Str),
  filename: z.optional(Str),
  severity: z.optional(mapped<Impact>(SEVERITY, 'minor', 'cState severity', lower)),
  resolved: z.optional(Flag),
  informational: z.optional(Flag),
  resolvedAt: z.optional(time(false)),
  affected: z.optional(z.array(Text)),
});
type Issue = z.output<typeof Issue>;

const Feed = z.object({
  title: z.optional(Str),
  baseURL: z.optional(Str),
  summaryStatus: z.optional(z.enum(['ok', 'disrupted', 'down', 'notice'])),
  status: z.optional(mapped(SYSTEM, 'operational', 'cState system status', lower)),
  categories: z.optional(z.array(z.object({ name: Text, hideTitle: z.optional(Flag) }))),
  systems: z.optional(
    z.array(
      z.object({
        name: Text,
        description: z.optional(Str),
        category: z.optional(Str),
        // cState 4 (API 1.0) listed systems without a status
        status: z.optional(mapped(SYSTEM, 'operational', 'cState system status', lower)),
        unresolvedIssues: z.optional(z.array(Issue)),
      }),
    ),
  ),
  pinnedIssues: z.optional(z.array(Issue)),
  pages: z.optional(z.array(Issue)),
  buildDate: z.optional(Str),
  buildTime: z.optional(Str),
  buildTimezone: z.optional(Str),
});
type Feed = z.output<typeof Feed>;

const readFeed = reader<Feed>(Feed);
const readIssue = reader<Issue>(Issue);

// An update begins with a paragraph (or Markdown line) opening with a short emphasised word and a
// dash, or a colon inside: `*Update* - `, `<p><em>Monitoring</em> - `, `**Update:** `, `*Post-mortem*`.
const EM_OPEN = '(?:<(?:em|strong)>|\\*\\*?)';
const EM_CLOSE = '(?:</(?:em|strong)>|\\*\\*?)';
const MARKER = new RegExp(
  `(<p>|^)[ \\t]*${EM_OPEN}([^*<\\n]{1,30}?)(?::${EM_CLOSE}|${EM_CLOSE}[ \\t]*(?:[-–—:]|(</p>|$)))[ \\t]*`,
  'gm',
);
// the track shortcode, rendered or (from a proxy of the Markdown) as written
const TRACK = /<(?:span|p) class="faded">([^<]*)<\/(?:span|p)>|\{\{<\s*track\s+"([^"]*)"\s*>\}\}/;
// tags the bodies' renderer would show as text; their text stays
const OTHER_TAG = /<(?!\/?(?:strong|code|br|ul|ol|li|em|p|b|i|a)[\s/>])\/?[a-z][^<>]*>/gi;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const pad = (value: number | string) => String(value).padStart(2, '0');

/**
 * A rendered track time, "21:30 — Mar 2" by default (a site may set its own form: "2 Mar 2026,
 * 9:30 PM" reads too), in the issue's zone, and in its year unless the time says one.
 */
function trackTime(text: string, created: string, zone: Zone): string | undefined {
  const numeric = zonedTime(text.replace(/[()]/g, '').trim(), zone);
  if (numeric) return numeric;
  const named =
    /(?:(\d{1,2})\.?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?(?:\s+(\d{1,2})\b)?/i.exec(text);
  const clock = /(\d{1,2}):(\d\d)\s*(?:([ap])\.?m\b)?/i.exec(text);
  if (!named || !clock) return undefined;
  const month = MONTHS.indexOf(named[2]!.toLowerCase()) / 3 + 1;
  // a time in a month before the issue's is in the next year
  const year = /\b\d{4}\b/.exec(text)?.[0] ?? +created.slice(0, 4) + Number(month < +created.slice(5, 7));
  const hour = clock[3] ? (+clock[1]! % 12) + (/p/i.test(clock[3]) ? 12 : 0) : +clock[1]!;
  return zonedTime(`${year}-${pad(month)}-${pad(named[1] ?? named[3] ?? '')} ${pad(hour)}:${clock[2]}`, zone);
}

/** The body cut into updates, in its own order (cState writes the newest first). */
function bodyUpdates(body: string, at: string, created: string, zone: Zone, open: boolean): Update[] {
  const marks = [...body.matchAll(MARKER)];
  const end = (index: number) => marks[index]?.index ?? body.length;
  const parts = [
    { word: '', text: body.slice(0, end(0)) },
    // a marker alone in its paragraph takes the paragraph with it
    ...marks.map((mark, index) => ({
      word: mark[2]!,
      text: (mark[3] === undefined ? mark[1]! : '') + body.slice(mark.index + mark[0].length, end(index + 1)),
    })),
  ];
  const updates: Update[] = [];
  for (const { word, text } of parts) {
    const track = TRACK.exec(text);
    const rest = track
      ? text.slice(0, track.index).trimEnd() + text.slice(track.index + track[0].length).trimStart()
      : text;
    const shown = rest.replace(OTHER_TAG, '').trim();
    // the text before the first marker counts only if there is some
    if (!word && !shown.replace(/<[^<>]*>/g, '').trim()) continue;
    const said = word.toLowerCase().replace(/[^a-z]/g, '') as Phase;
    const phase = PHASES.includes(said) ? said : said === ('fixed' as Phase) ? 'resolved' : 'update';
    const tracked = track && (track[2] !== undefined ? zonedTime(track[2], zone) : trackTime(track[1]!, created, zone));
    updates.push(update(open && isClosed(phase) ? 'update' : phase, tracked || at, shown));
  }
  return updates;
}

const idOf = (item: Issue) =>
  item.permalink?.split('/').filter(Boolean).pop() || item.filename?.replace(/\.\w+$/, '') || item.title;

function toIncident(item: Issue, feedZone: Zone, listed: boolean, componentIds: string[]): Item | undefined {
  const created = item.createdAt!;
  // Hugo prints the issue's time and renders its zone-less ones in the site's zone
  const offset = /([+-]\d\d):?(\d\d)$|Z$/i.exec(created);
  const zone: Zone = offset ? { zone: offset[1] ? `${offset[1]}:${offset[2]}` : 'UTC', readAsUtc: false } : feedZone;
  const at = zonedTime(created, zone);
  if (!at) return undefined;
  const open = !item.resolved && (listed || !item.informational);
  const endedAt = open
    ? undefined
    : (item.resolvedAt && zonedTime(item.resolvedAt, zone)) || (item.informational ? at : undefined);
  const updates = item.body ? bodyUpdates(item.body, at, created, zone, open) : [];
  if (!open) {
    const newest = sortUpdates(updates).find((entry) => entry.status !== 'postmortem');
    if (newest && !isClosed(newest.status)) {
      if (endedAt && endedAt >= newest.at) updates.unshift(update('resolved', endedAt, ''));
      else newest.status = 'resolved';
    }
  }
  return incident({
    id: idOf(item),
    title: item.title,
    kind: 'incident',
    impact: item.severity ?? 'none',
    status: open ? undefined : 'resolved',
    ended: !open,
    startedAt: at,
    endedAt,
    url: item.permalink,
    componentIds,
    updates,
  });
}

const KEYS = ['systems', 'summaryStatus', 'cStateVersion', 'pages', 'createdAt', 'created_at'];
const isIssue = (item: Issue) => item.is === undefined || item.is === 'issue';

export function adaptCstate(input: unknown, options: AdaptOptions = {}): FeedResult {
  if (!isObject(input) || !(input.is === 'issue' || KEYS.some((key) => input[key] != null)))
    return invalidFeed(
      'Found no cState data at $: expected an index (systems), a list of issues (pages) or an issue (createdAt)',
    );
  const feedZone = zoneOf(options.feedTimeZone);
  // said once for the whole feed, after every time was read
  const notes = (): FeedIssue[] => zoneIssues(feedZone, 'cState');
  const isList = Array.isArray(input.pages);

  if (!isList && (input.is === 'issue' || input.createdAt != null || input.created_at != null)) {
    // cState 3 wrote created_at and resolved_at
    const old = input.createdAt == null;
    const result = readIssue(old ? { ...input, createdAt: input.created_at, resolvedAt: input.resolved_at } : input);
    if (!result.ok) return result.result;
    const item = toIncident(result.value, feedZone, false, result.value.affected ?? []);
    const incidents = item ? [item] : [];
    return completeFeed(false, [], { name: '' }, [], incidents, [], undefined, [...result.issues, ...notes()]);
  }

  const result = readFeed(input);
  if (!result.ok) return result.result;
  const raw = result.value;
  const issues: FeedIssue[] = result.issues;

  const hidden = new Set(raw.categories?.filter((category) => category.hideTitle).map((category) => category.name));
  const components = [];
  const names = new Set<string>();
  for (const system of raw.systems ?? []) {
    if (names.has(system.name)) {
      issues.push({
        path: ['systems'],
        message: `$.systems: dropped a second system named ${JSON.stringify(system.name)}`,
      });
      continue;
    }
    names.add(system.name);
    const group = system.category && !hidden.has(system.category) ? system.category : undefined;
    components.push(component(system.name, system.name, system.status ?? 'operational', group, system.description));
  }
  // the endpoint of one system, titled with its name; that of them all (/affected/) lists no issue
  if (raw.status && raw.title && !(raw.pages?.length && !raw.pages.some(isIssue)))
    components.push(component(raw.title, raw.title, raw.status));

  // one incident per issue, however many systems list it
  const found = new Map<string, { item: Issue; listed: boolean; ids: Set<string> }>();
  const add = (item: Issue, listed: boolean, where: string, system?: string) => {
    const id = idOf(item);
    let entry = found.get(id);
    if (!entry) found.set(id, (entry = { item, listed, ids: new Set() }));
    else if (entry.item.title !== item.title)
      issues.push({
        path: [where],
        message: `$.${where}: kept the first title of the issue ${JSON.stringify(id)}, not ${JSON.stringify(item.title)}`,
      });
    if (system !== undefined) entry.ids.add(system);
    for (const name of item.affected ?? []) entry.ids.add(name);
  };
  for (const item of raw.pinnedIssues ?? []) add(item, true, 'pinnedIssues');
  for (const system of raw.systems ?? [])
    for (const item of system.unresolvedIssues ?? []) add(item, true, 'systems', system.name);
  for (const item of raw.pages ?? []) if (isIssue(item)) add(item, false, 'pages');
  const incidents = [...found.values()].flatMap(
    ({ item, listed, ids }) => toIncident(item, feedZone, listed, [...ids]) ?? [],
  );

  const page: Page = { name: (!isList && raw.title) || '' };
  put(page, 'url', raw.baseURL || undefined);
  if (raw.buildDate && raw.buildTime && raw.buildTimezone)
    put(
      page,
      'updatedAt',
      zonedTime(`${raw.buildDate} ${raw.buildTime}`, { zone: raw.buildTimezone, readAsUtc: false }),
    );
  const summary = raw.summaryStatus;
  return completeFeed(
    !isList && raw.title !== undefined,
    [input.systems, input.pages, input.pinnedIssues],
    page,
    components,
    incidents,
    [],
    summary && { indicator: SEVERITY[summary], description: summary },
    [...issues, ...notes()],
  );
}

export const adapter = adaptCstate;
