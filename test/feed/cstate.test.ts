/**
 * cState: the four real index.json captures of the corpus (one of them not valid JSON) and the
 * hand-written endpoints that follow the theme's templates (test/fixtures/handwritten/cstate, citing
 * them), each counted against the raw JSON; Go time text, Hugo's "<no value>", updates cut out of
 * the body, one incident per issue however many systems list it.
 */
import { expect } from '@open-wc/testing';
import type { FeedResult } from '../../src/feed/index.js';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
interface RawIssue {
  title: string;
  permalink: string;
  resolved: boolean;
  informational: boolean;
  is?: string;
}
interface RawSystem {
  name: string;
  category: string;
  status: string;
  unresolvedIssues: RawIssue[];
}
interface RawIndex {
  title: string;
  baseURL: string;
  summaryStatus: string;
  categories: { name: string; hideTitle: boolean }[];
  systems: RawSystem[];
  pinnedIssues?: RawIssue[];
}

const corpus = (name: string) => `/__corpus__/files/cstate/${name}`;
const handwritten = (name: string) => `/test/fixtures/handwritten/cstate/${name}`;
const text = async (url: string) => (await fetch(url)).text();
const load = async <T = Json>(url: string): Promise<T> => JSON.parse(await text(url)) as T;
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message) : []);
const STATUS: Record<string, string> = {
  ok: 'operational',
  disrupted: 'partial_outage',
  down: 'major_outage',
  notice: 'under_maintenance',
};

/** What every index must read to: a component per system, with its state and visible category. */
function expectSystems(raw: RawIndex, result: FeedResult) {
  const feed = expectFeed(result);
  expect(result.ok && result.format).to.equal('cstate');
  const hidden = new Set(raw.categories.filter((category) => category.hideTitle).map((category) => category.name));
  expect(feed.components.map((item) => [item.id, item.name, item.status, item.group])).to.deep.equal(
    raw.systems.map((system) => [
      system.name,
      system.name,
      STATUS[system.status],
      hidden.has(system.category) ? undefined : system.category,
    ]),
  );
  const listed = [...(raw.pinnedIssues ?? []), ...raw.systems.flatMap((system) => system.unresolvedIssues)];
  expect(feed.incidents.length).to.equal(new Set(listed.map((issue) => issue.permalink)).size);
  expect(feed.maintenances).to.deep.equal([]);
  expect(feed.page.name).to.equal(raw.title);
  expect(feed.page.url).to.equal(raw.baseURL);
  expect(feed.status.description).to.equal(raw.summaryStatus);
  return feed;
}

describe('cState', () => {
  it('asks for its reader before it is loaded, then reads once it is', async () => {
    const raw = await load(corpus('barthalion__index.json'));
    const before = parseFeed(raw);
    expect(before.ok || before.error.message).to.equal(
      'The cstate reader is not loaded: import "status-elements/feed/formats/cstate" or await loadFeedFormat("cstate") first (the elements load it themselves)',
    );
    const result = await parseFeedAsync(raw);
    expect(result.ok && result.format).to.equal('cstate');
    expect(await loadFeedFormat('cstate')).to.equal(true);
    expect(parseFeed(raw, 'cstate').ok).to.equal(true);
  });

  it('barthalion index.json (cState 5.4): seven systems up, a hidden category, a build zone no browser knows', async () => {
    const raw = await load<RawIndex>(corpus('barthalion__index.json'));
    const feed = expectSystems(raw, await parseFeedAsync(await text(corpus('barthalion__index.json'))));
    expect(feed.components.length).to.equal(7);
    // the only category is "main" with hideTitle: no heading
    expect(feed.components.every((item) => item.status === 'operational' && item.group === undefined)).to.equal(true);
    expect(feed.incidents).to.deep.equal([]);
    expect(feed.status.indicator).to.equal('none');
    // built at 14:45 "CEST", a zone name and no offset: no time is made up
    expect(feed.page.updatedAt).to.equal(undefined);
  });

  it('Tor index.json without issues: the stated summary (disrupted) wins over systems all up', async () => {
    const url = corpus('walletwasabi__TorStatusCheckerTests-noissues.json');
    const raw = await load<RawIndex>(url);
    const feed = expectSystems(raw, await parseFeedAsync(await text(url)));
    expect(feed.components.length).to.equal(15);
    expect(
      feed.components.find((item) => item.id === 'v2 Onion Services')?.group,
      'Deprecated hides its title',
    ).to.equal(undefined);
    expect(feed.components.find((item) => item.id === 'GitLab')?.group).to.equal('Internal systems');
    expect(feed.status).to.deep.equal({ indicator: 'minor', description: 'disrupted' });
    expect(feed.page.updatedAt).to.equal('2025-05-01T15:22:00.000Z');
  });

  it('Tor index.json with issues: one issue under three systems is one open incident affecting them all', async () => {
    const url = corpus('walletwasabi__TorStatusCheckerTests-withissues.json');
    const raw = await load<RawIndex>(url);
    const result = await parseFeedAsync(await text(url));
    const feed = expectSystems(raw, result);
    const listing = raw.systems.filter((system) => system.unresolvedIssues.length > 0);
    expect(listing.length).to.equal(3);
    expect(feed.incidents.length).to.equal(1);
    const [incident] = feed.incidents;
    expect(incident).to.include({
      id: '2025-04-10-bridgedb-graphs-on-metrics-website',
      title: 'Made up problem with v3 Onion Service',
      impact: 'minor',
      status: 'update',
      // "2025-04-10 13:00:00 +0000 UTC"
      startedAt: '2025-04-10T13:00:00.000Z',
      url: 'https://status.torproject.org/issues/2025-04-10-bridgedb-graphs-on-metrics-website/',
    });
    expect(incident!.endedAt, 'resolvedAt "<no value>"').to.equal(undefined);
    expect([...incident!.componentIds].sort()).to.deep.equal(listing.map((system) => system.name).sort());
    expect(feed.components.filter((item) => item.status === 'partial_outage').length).to.equal(listing.length);
    // the test's author gave the one issue page three titles: the first is kept, the others said
    const notes = messages(result).filter((message) => message.startsWith('$.systems: kept the first title'));
    expect(notes.length).to.equal(2);
    expect(notes[0]).to.include('"Test issue with Directory Authorities"');
  });

  it('packit index.json is not valid JSON (a raw line break in a string): a parse error that says where', async () => {
    const raw = await text(corpus('packit__index.json'));
    // the break ends line 21 after 104 characters
    expect(raw.split('\n')[20]!.length).to.equal(104);
    const result = await parseFeedAsync(raw);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.kind).to.equal('parse');
    expect(result.error.message).to.match(
      /^Not valid JSON at line 21, column 105 \(position \d+\): a control character/,
    );

    // with both breaks escaped, the rest reads: ten systems in three visible categories
    const breaks = raw.match(/\n(?=")/g) ?? [];
    expect(breaks.length).to.equal(2);
    const repaired = raw.replace(/\n(?=")/g, '\\n');
    const feed = expectSystems(JSON.parse(repaired) as RawIndex, await parseFeedAsync(repaired));
    expect(feed.components.length).to.equal(10);
    expect(new Set(feed.components.map((item) => item.group))).to.deep.equal(
      new Set(['Core', 'External Upstream Systems', 'External Downstream Systems']),
    );
    expect(feed.page.updatedAt).to.equal('2026-03-03T09:32:00.000Z');
  });

  it('index.json with issues: shared, pinned and notice issues, Go times with a numeric zone', async () => {
    const raw = await load<RawIndex>(handwritten('index.handwritten.json'));
    const result = await parseFeedAsync(raw);
    const feed = expectSystems(raw, result);
    expect(await parseFeedAsync(raw, { format: 'cstate' })).to.deep.equal(result);
    expect(result.ok && result.issues).to.deep.equal([]);
    expect(feed.components.length).to.equal(5);
    expect(feed.incidents.length).to.equal(4);
    const byId = Object.fromEntries(feed.incidents.map((incident) => [incident.id, incident]));
    // listed under API and under Dashboard: once
    expect(byId['2026-03-03-api-unavailable']).to.include({
      impact: 'major',
      status: 'update',
      startedAt: '2026-03-03T08:40:00.000Z',
    });
    expect(byId['2026-03-03-api-unavailable']!.componentIds).to.deep.equal(['API', 'Dashboard']);
    // "08:15:30.5 +0000 UTC"
    expect(byId['2026-03-03-slow-downloads-asia']).to.include({
      impact: 'minor',
      startedAt: '2026-03-03T08:15:30.500Z',
    });
    // a notice is cState's "Maintenance"; its resolvedAt is set ahead, but it is not resolved
    expect(byId['2026-03-03-read-only-backups']).to.include({ impact: 'maintenance', status: 'update' });
    expect(byId['2026-03-03-read-only-backups']!.endedAt).to.equal(undefined);
    // pinned: an informational post shown at the top now, without severity
    expect(byId['2026-03-01-database-upgrade']).to.include({ impact: 'none', status: 'update' });
    expect(byId['2026-03-01-database-upgrade']!.componentIds).to.deep.equal(['Database']);
    expect(
      feed.incidents.every((incident) => incident.endedAt === undefined && incident.updates.length === 0),
    ).to.equal(true);
    expect(feed.status).to.deep.equal({ indicator: 'major', description: 'down' });
    expect(feed.page.updatedAt).to.equal('2026-03-03T10:30:00.000Z');
  });

  it('issues/index.json: every issue, resolved at resolvedAt read in the issue’s own zone', async () => {
    const raw = await load<{ pages: (RawIssue & { resolvedAt: string })[]; baseURL: string }>(
      handwritten('issues.handwritten.json'),
    );
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('cstate');
    expect(result.ok && result.issues).to.deep.equal([]);
    expect(feed.components).to.deep.equal([]);
    expect(feed.incidents.length).to.equal(raw.pages.length);
    expect(feed.page).to.deep.equal({ name: '', url: raw.baseURL });
    const open = raw.pages.filter((issue) => !issue.resolved && !issue.informational);
    expect(
      feed.incidents.filter((incident) => incident.endedAt === undefined).map((incident) => incident.title),
    ).to.deep.equal(open.map((issue) => issue.title));
    const byId = Object.fromEntries(feed.incidents.map((incident) => [incident.id, incident]));
    // created "20:00:00 +0100 +0100", resolvedAt "2026-03-02 21:30:00" with no zone: at the same +01:00
    expect(byId['2026-03-02-login-failures']).to.include({
      status: 'resolved',
      impact: 'major',
      startedAt: '2026-03-02T19:00:00.000Z',
      endedAt: '2026-03-02T20:30:00.000Z',
    });
    expect(byId['2026-02-20-delayed-emails']).to.include({ status: 'resolved', endedAt: '2026-02-20T15:10:00.000Z' });
    // informational posts: notes, over at once, with no impact
    for (const id of ['2026-03-01-database-upgrade', '2025-12-01-new-status-page']) {
      expect(byId[id]).to.include({ impact: 'none', status: 'resolved' });
      expect(byId[id]!.endedAt).to.equal(byId[id]!.startedAt);
    }
    expect(byId['2025-12-01-new-status-page']!.componentIds).to.deep.equal([]);
    expect(feed.status.indicator).to.equal('major');
  });

  it('issues/<slug>/index.json: the body cut into its updates, newest first, at their track times', async () => {
    const raw = await load<{ body: string; affected: string[] }>(handwritten('issue.handwritten.json'));
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(await parseFeedAsync(raw, { format: 'cstate' })).to.deep.equal(result);
    expect(result.ok && result.format).to.equal('cstate');
    expect(result.ok && result.issues).to.deep.equal([]);
    expect(feed.incidents.length).to.equal(1);
    const [incident] = feed.incidents;
    expect(incident!.updates.length).to.equal(raw.body.match(/<p><em>/g)!.length);
    expect(incident!.updates.map((update) => [update.status, update.at])).to.deep.equal([
      // "(21:30 — Mar 2)": the issue's year, its +01:00
      ['resolved', '2026-03-02T20:30:00.000Z'],
      ['update', '2026-03-02T20:05:00.000Z'],
      ['monitoring', '2026-03-02T19:50:00.000Z'],
      ['identified', '2026-03-02T19:25:00.000Z'],
      ['investigating', '2026-03-02T19:00:00.000Z'],
    ]);
    expect(incident!.updates[0]!.body).to.equal('<p>The fix is live everywhere and logins work again.</p>');
    expect(
      incident!.updates.every((update) => !update.body.includes('faded') && !update.body.includes('<em>')),
    ).to.equal(true);
    expect(incident).to.include({
      id: '2026-03-02-login-failures',
      status: 'resolved',
      impact: 'major',
      startedAt: '2026-03-02T19:00:00.000Z',
      endedAt: '2026-03-02T20:30:00.000Z',
      url: 'https://status.example.com/issues/2026-03-02-login-failures/',
    });
    expect(incident!.componentIds).to.deep.equal(raw.affected);

    // the list names the same issue by the same id, so the feeds of both endpoints merge
    const list = expectFeed(await parseFeedAsync(await load(handwritten('issues.handwritten.json'))));
    expect(list.incidents.some((item) => item.id === incident!.id && item.title === incident!.title)).to.equal(true);
  });

  it('cState 4’s issue: flags as text, "<no value>", a body without markers and the resolution after it', async () => {
    const raw = await load<{ body: string }>(handwritten('issue-v4.handwritten.json'));
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('cstate');
    expect(result.ok && result.issues).to.deep.equal([]);
    const [incident] = feed.incidents;
    // resolved: "true", informational: "<no value>"
    expect(incident).to.include({ status: 'resolved', impact: 'maintenance', endedAt: '2020-06-11T00:30:00.000Z' });
    expect(incident!.updates).to.deep.equal([
      { status: 'resolved', at: '2020-06-11T00:30:00.000Z', body: '' },
      {
        status: 'update',
        at: '2020-06-10T22:00:00.000Z',
        body: '<p>Mail will be unavailable for up to two hours while we upgrade the server.</p>',
      },
    ]);

    // cState 3's JSON of an issue: section, created_at, resolved_at, flags as text, empty when unset
    const first = parseFeed(
      {
        section: 'issues',
        title: 'Slow API',
        created_at: '2019-06-01 10:00:00 +0000 UTC',
        severity: 'disrupted',
        resolved: '',
        informational: '',
        resolved_at: '',
        affected: ['API'],
        body: '<p><em>Investigating</em> - Looking.</p>\n',
        filename: '2019-06-01-slow-api.md',
      },
      'cstate',
    );
    expect(messages(first)).to.deep.equal([]);
    expect(expectFeed(first).incidents[0]).to.include({
      id: '2019-06-01-slow-api',
      status: 'investigating',
      impact: 'minor',
      startedAt: '2019-06-01T10:00:00.000Z',
    });
  });

  it('affected/<system>/index.json: the system and the issues that affect it', async () => {
    const raw = await load<{ title: string; pages: RawIssue[] }>(handwritten('affected-api.handwritten.json'));
    const result = await parseFeedAsync(await text(handwritten('affected-api.handwritten.json')));
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('cstate');
    expect(feed.components).to.deep.equal([{ id: raw.title, name: raw.title, status: 'major_outage' }]);
    expect(feed.incidents.map((incident) => incident.title)).to.deep.equal(raw.pages.map((issue) => issue.title));
    expect(feed.incidents.every((incident) => incident.componentIds.includes(raw.title))).to.equal(true);
    expect(feed.status.indicator).to.equal('major');

    // /affected/index.json, the same template over the systems' own pages: no system of its own
    const taxonomy = {
      is: 'system',
      title: 'Affected',
      status: 'ok',
      pages: [{ is: 'page', title: 'API', createdAt: '2026-03-03 09:40:00 +0100 +0100' }],
    };
    expect(parseFeed(taxonomy, 'cstate').ok).to.equal(false);
  });

  it('reads Go time text, Hugo’s nil and zero time, and flags as booleans or text', async () => {
    await loadFeedFormat('cstate');
    const issue = (createdAt: unknown, more: Json = {}) => ({ is: 'issue', title: 'T', createdAt, ...more });
    const result = parseFeed(
      {
        is: 'issues',
        pages: [
          issue('2026-03-02 20:00:00 +0100 +0100', { permalink: 'https://s.test/issues/a/' }),
          issue('2026-03-02 20:00:00.123456789 -0500 EST', {
            permalink: 'https://s.test/issues/b/',
            resolved: 'false',
            resolvedAt: '<no value>',
          }),
          issue('2025-04-10 13:00:00 +0000 UTC', {
            filename: 'c.md',
            resolved: 'true',
            resolvedAt: '2025-04-10 14:00:00 +0000 UTC',
          }),
          issue('<no value>', { permalink: 'https://s.test/issues/d/' }),
          issue('0001-01-01 00:00:00 +0000 UTC', { permalink: 'https://s.test/issues/e/' }),
          issue('yesterday', { permalink: 'https://s.test/issues/f/' }),
        ],
      },
      'cstate',
    );
    const feed = expectFeed(result);
    expect(feed.incidents.map((incident) => [incident.id, incident.startedAt, incident.endedAt])).to.deep.equal([
      ['b', '2026-03-03T01:00:00.123Z', undefined],
      ['a', '2026-03-02T19:00:00.000Z', undefined],
      ['c', '2025-04-10T13:00:00.000Z', '2025-04-10T14:00:00.000Z'],
    ]);
    const text = messages(result).join('\n');
    // nil and zero times are no time: the issue has none and is dropped, as one with a wrong time
    expect(text).to.include(
      '$.pages[3].createdAt: dropped this page: expected a date-time but got the string "<no value>"',
    );
    expect(text).to.include(
      '$.pages[4].createdAt: dropped this page: expected a date-time but got the string "0001-01-01',
    );
    expect(text).to.include(
      '$.pages[5].createdAt: dropped this page: expected a date-time but got the string "yesterday"',
    );
    expect(text).not.to.include('undefined');
  });

  it('times without a zone: in the issue’s offset, else feedTimeZone, else UTC with an issue', async () => {
    await loadFeedFormat('cstate');
    const raw = {
      is: 'issue',
      title: 'T',
      createdAt: '2026-03-02 20:00:00',
      resolved: true,
      resolvedAt: '2026-03-02 21:30:00',
    };
    const zoned = parseFeed(raw, { format: 'cstate', feedTimeZone: 'Europe/Berlin' });
    expect(expectFeed(zoned).incidents[0]).to.include({
      startedAt: '2026-03-02T19:00:00.000Z',
      endedAt: '2026-03-02T20:30:00.000Z',
    });
    expect(messages(zoned)).to.deep.equal([]);
    const utc = parseFeed(raw, 'cstate');
    expect(expectFeed(utc).incidents[0]).to.include({
      startedAt: '2026-03-02T20:00:00.000Z',
      endedAt: '2026-03-02T21:30:00.000Z',
    });
    expect(messages(utc)).to.deep.equal([
      "$: cState writes times without a zone and none was given: they were read as UTC; set feed-time-zone (the feedTimeZone option) to the page's zone",
    ]);
    // an offset of the issue's own beats the option
    const own = parseFeed(
      { ...raw, createdAt: '2026-03-02 20:00:00 +0200 EET' },
      { format: 'cstate', feedTimeZone: 'Europe/Berlin' },
    );
    expect(expectFeed(own).incidents[0]!.endedAt).to.equal('2026-03-02T19:30:00.000Z');
  });

  it('bodies as Markdown or HTML: markers, track shortcodes written or rendered, text before any marker, the next year', async () => {
    await loadFeedFormat('cstate');
    const markdown = [
      '*Update* - Still on it. {{< track "2026-01-01 00:40:00" >}}',
      '',
      '**Monitoring:** Recovering. <p class="faded">01 Jan 2026 00:20</p>',
      '',
      '*Investigating* -',
      'Looking. The *cache* is slow.',
    ].join('\n');
    const html =
      '<p>We know.</p>\n<hr>\n<p><em>Monitoring</em> - Recovering. <span class="faded">(00:20 — Jan 1)</span>\n</p>\n' +
      '<p><strong>Investigating</strong> - Looking. <span class="faded">(11:50 PM — Dec 31)</span></p>\n<pre><code>trace</code></pre>';
    const read = (body: string) =>
      expectFeed(
        parseFeed(
          { is: 'issue', title: 'T', createdAt: '2025-12-31 23:45:00 +0000 UTC', resolved: false, body },
          'cstate',
        ),
      ).incidents[0]!.updates.map((update) => [update.status, update.at, update.body]);
    expect(read(markdown)).to.deep.equal([
      ['update', '2026-01-01T00:40:00.000Z', 'Still on it.'],
      ['monitoring', '2026-01-01T00:20:00.000Z', 'Recovering.'],
      ['investigating', '2025-12-31T23:45:00.000Z', 'Looking. The *cache* is slow.'],
    ]);
    expect(read(html)).to.deep.equal([
      // "00:20 — Jan 1" has no year: a month before the issue's is the next year
      ['monitoring', '2026-01-01T00:20:00.000Z', '<p>Recovering.</p>'],
      // other tags go, their text stays (the renderer knows <code>)
      ['investigating', '2025-12-31T23:50:00.000Z', '<p>Looking.</p>\n<code>trace</code>'],
      // the text before any marker is an update of its own, at the issue's time
      ['update', '2025-12-31T23:45:00.000Z', '<p>We know.</p>'],
    ]);
  });

  it('an open issue never comes out resolved; a resolved one always ends resolved', async () => {
    await loadFeedFormat('cstate');
    const body =
      '<p><em>Post-mortem</em></p>\n<p>Why.</p>\n<p><em>Resolved</em> - Fixed.</p>\n<p><em>Investigating</em> - Looking.</p>';
    const base = { is: 'issue', title: 'T', createdAt: '2026-03-02 20:00:00 +0000 UTC', body };
    const open = expectFeed(parseFeed({ ...base, resolved: false, resolvedAt: '2026-03-02 21:00:00' }, 'cstate'))
      .incidents[0]!;
    expect(open.status).to.equal('update');
    expect(open.endedAt).to.equal(undefined);
    expect(open.updates.map((update) => update.status)).to.deep.equal(['update', 'update', 'investigating']);

    // resolved, its newest update open and no resolvedAt: that update is the resolution
    const relabelled = expectFeed(
      parseFeed({ ...base, body: '<p><em>Update</em> - Done.</p>', resolved: true }, 'cstate'),
    ).incidents[0]!;
    expect(relabelled.status).to.equal('resolved');
    expect(relabelled.updates.map((update) => [update.status, update.body])).to.deep.equal([
      ['resolved', '<p>Done.</p>'],
    ]);
    // resolved with a later resolvedAt: an empty resolution is added there, as cState's own page says it
    const later = {
      ...base,
      body: '<p><em>Post-mortem</em></p>\n<p>Why.</p>\n<p><em>Update</em> - Better.</p>',
      resolved: true,
      resolvedAt: '2026-03-02 21:00:00',
    };
    const added = expectFeed(parseFeed(later, 'cstate')).incidents[0]!;
    expect(added.status).to.equal('postmortem');
    expect(added.endedAt).to.equal('2026-03-02T21:00:00.000Z');
    expect(added.updates.map((update) => [update.status, update.at, update.body])).to.deep.equal([
      ['postmortem', '2026-03-02T20:00:00.000Z', '<p>Why.</p>'],
      ['resolved', '2026-03-02T21:00:00.000Z', ''],
      ['update', '2026-03-02T20:00:00.000Z', '<p>Better.</p>'],
    ]);
    // a closing update already there: nothing is added
    const closed = expectFeed(parseFeed({ ...base, resolved: true, resolvedAt: '2026-03-02 21:00:00' }, 'cstate'))
      .incidents[0]!;
    expect(closed.updates.map((update) => update.status)).to.deep.equal(['postmortem', 'resolved', 'investigating']);
  });

  it('an unknown state becomes the fallback and is reported with its path', async () => {
    const result = await parseFeedAsync({
      cStateVersion: '6.0',
      title: 'X',
      summaryStatus: 'purple',
      categories: [],
      systems: [
        {
          name: 'A',
          category: 'c',
          status: 'on fire',
          unresolvedIssues: [
            {
              is: 'issue',
              title: 'I',
              createdAt: '2026-03-02 20:00:00 +0000 UTC',
              severity: 'catastrophic',
              resolved: 'yes',
              affected: ['A'],
              permalink: 'https://x.test/issues/i/',
            },
          ],
        },
        { name: 'A', category: 'c', status: 'ok' },
      ],
    });
    const feed = expectFeed(result);
    expect(feed.components.map((item) => [item.id, item.status, item.group])).to.deep.equal([
      ['A', 'operational', 'c'],
    ]);
    expect(feed.incidents.map((incident) => [incident.impact, incident.status])).to.deep.equal([['minor', 'update']]);
    // an unknown summary is no statement: the state comes from the issues
    expect(feed.status).to.deep.equal({ indicator: 'minor' });
    const text = messages(result).join('\n');
    expect(text).to.include(
      '$.systems[0].status: read the unknown cState system status the string "on fire" as "operational"',
    );
    expect(text).to.include(
      '$.systems[0].unresolvedIssues[0].severity: read the unknown cState severity the string "catastrophic" as "minor"',
    );
    expect(text).to.include('$.systems[0].unresolvedIssues[0].resolved').and.include('"yes"');
    expect(text).to.include('$.summaryStatus').and.include('"purple"');
    expect(text).to.include('$.systems: dropped a second system named "A"');
    expect(text).not.to.include('undefined');
  });

  it('skips the pages of other sections; a list of them alone has nothing to show', async () => {
    await loadFeedFormat('cstate');
    const page = { is: 'page', title: 'About', createdAt: '2026-03-02 20:00:00 +0000 UTC', summary: 'Hi' };
    const mixed = expectFeed(
      parseFeed({ is: 'issues', pages: [page, { ...page, is: 'issue', title: 'Down', severity: 'down' }] }, 'cstate'),
    );
    expect(mixed.incidents.map((incident) => incident.title)).to.deep.equal(['Down']);
    const none = parseFeed({ is: 'pages', pages: [page] }, 'cstate');
    expect(none.ok).to.equal(false);
    const empty = expectFeed(parseFeed({ is: 'issues', title: 'Issues', pages: [] }));
    expect(empty.incidents).to.deep.equal([]);
  });

  it('bad input of every kind gives a result, never an exception', async () => {
    await loadFeedFormat('cstate');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) cursor = (cursor.systems = [{}])[0] as Json;
    const huge = `<p><em>Update</em> - ${'*'.repeat(200_000)}${' '.repeat(200_000)}<span class="faded">(${'1'.repeat(100_000)}</p>`;
    const inputs: unknown[] = [
      null,
      7,
      'cstate',
      [],
      {},
      { is: '404', title: 'Error - Not Found' },
      { systems: 'ok' },
      {
        systems: [null, 1, 'x', { name: {} }, { name: 'A', status: null, unresolvedIssues: [null, { title: 'x' }] }],
        summaryStatus: 'ok',
      },
      { summaryStatus: null, systems: null, pages: null },
      deep,
      { is: 'issue', title: 'T', createdAt: '2026-03-02 20:00:00 +0000 UTC', body: huge, resolved: true },
      { is: 'issue', title: 'T', createdAt: '2026-03-02 20:00:00 +0000 UTC', body: 42, affected: [null] },
      { is: 'issue', title: null, createdAt: 5 },
      JSON.parse(
        '{"__proto__": {"polluted": true}, "summaryStatus": "ok", "constructor": {"prototype": {"polluted": true}}, "systems": [{"name": "__proto__", "status": "ok"}]}',
      ),
      {
        pages: Array.from({ length: 20_000 }, (_, index) => ({
          title: `I${index}`,
          createdAt: '2026-03-02 20:00:00 +0000 UTC',
          permalink: `https://x.test/issues/${index}/`,
          resolved: true,
        })),
      },
    ];
    const started = performance.now();
    for (const input of inputs) {
      const result = parseFeed(input, 'cstate');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
    }
    expect(performance.now() - started, 'no pattern is slow on hostile text').to.be.below(3000);
    expect(({} as Json).polluted).to.equal(undefined);
    const notCstate = parseFeed({ is: '404', title: 'Error - Not Found' }, 'cstate');
    expect(notCstate.ok || notCstate.error.message).to.match(/^Found no cState data at \$: expected/);
  });
});
