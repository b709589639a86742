/**
 * Upptime: the real history/summary.json captures of the corpus (sites as components) and the
 * GitHub issues lists that uptime-monitor writes (test/fixtures/handwritten/upptime, citing it),
 * each counted against the raw JSON; the shields badges beside them are no feeds; the quirks of
 * real repositories (down at 100 % uptime, unexpanded `$MAIN_DOMAIN`, non-ASCII names).
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync, type FeedResult } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
interface Site {
  slug: string;
  name: string;
  status: string;
}
interface Issue {
  number: number;
  state: string;
  created_at: string;
  closed_at: string | null;
  labels: { name: string }[];
}
const load = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;
const corpus = (name: string) => `/__corpus__/files/upptime/${name}`;
const handwritten = (name: string) => `/test/fixtures/handwritten/upptime/${name}`;
const SUMMARIES = ['JetBrains__summary.json', 'halfnother-upptime__summary.json', 'uptime-haliliceylan__summary.json'];
const STATUS: Record<string, string> = { up: 'operational', degraded: 'degraded_performance', down: 'major_outage' };
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message) : []);

describe('Upptime', () => {
  for (const name of SUMMARIES) {
    it(`${name}: every site a component by its slug, its status mapped`, async () => {
      const raw = await load<Site[]>(corpus(name));
      for (const result of [await parseFeedAsync(raw), await parseFeedAsync(raw, { format: 'upptime' })]) {
        expect(result.ok && result.format).to.equal('upptime');
        const feed = expectFeed(result);
        expect(feed.components.map((item) => [item.id, item.name, item.status])).to.deep.equal(
          raw.map((site) => [site.slug, site.name, STATUS[site.status]]),
        );
        expect(feed.incidents.length + feed.maintenances.length).to.equal(0);
        // each capture has a site down
        expect(feed.status.indicator).to.equal('major');
        expect(messages(result)).to.deep.equal([]);
      }
    });
  }

  it('JetBrains: up and down sites side by side', async () => {
    const feed = expectFeed(await parseFeedAsync(await load(corpus('JetBrains__summary.json'))));
    expect(feed.components.map((item) => item.status)).to.deep.equal(['operational', 'major_outage', 'major_outage']);
  });

  it('quirk: a site "down" at 100.00% uptime is down (the status is current, the uptime an average)', async () => {
    const raw = await load<(Site & { uptime: string })[]>(corpus('uptime-haliliceylan__summary.json'));
    const abatir = raw.find((site) => site.slug === 'abatir')!;
    expect([abatir.status, abatir.uptime]).to.deep.equal(['down', '100.00%']);
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.components.find((item) => item.id === 'abatir')?.status).to.equal('major_outage');
  });

  it('quirk: unexpanded $MAIN_DOMAIN placeholders in urls do not reach the feed; non-ASCII names are kept', async () => {
    const raw = await load<(Site & { url: string })[]>(corpus('uptime-haliliceylan__summary.json'));
    expect(raw.filter((site) => site.url.includes('$')).length).to.equal(raw.length);
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(JSON.stringify(feed)).not.to.include('$MAIN_DOMAIN').and.not.to.include('$DIYETISYEN_DOMAIN');
    expect(feed.components[0]).to.deep.equal({ id: 'abatir', name: 'Abatır', status: 'major_outage' });
  });

  for (const name of ['JetBrains__uptime.json', 'uptime-haliliceylan__api-abamotors-uptime.json', 'uptime-haliliceylan__api-abamotors-response-time.json']) {
    it(`${name}: a shields.io badge is no feed, and the error says so`, async () => {
      const raw = await load<Json>(corpus(name));
      const detected = await parseFeedAsync(raw);
      expect(detected.ok || detected.error.message).to.include('shields.io badge').and.include('history/summary.json');
      const named = await parseFeedAsync(raw, { format: 'upptime' });
      expect(named.ok || named.error.message).to.match(/^Found no Upptime data at \$: .*shields\.io badge/);
    });
  }

  it('issues labelled status: open ones investigating and never over, closed ones resolved at closed_at', async () => {
    const raw = await load<Issue[]>(handwritten('issues.handwritten.json'));
    for (const result of [await parseFeedAsync(raw), await parseFeedAsync(JSON.stringify(raw), { format: 'upptime' })]) {
      expect(result.ok && result.format).to.equal('upptime');
      const feed = expectFeed(result);
      expect(feed.components).to.deep.equal([]);
      expect(feed.maintenances).to.deep.equal([]);
      expect(feed.incidents.map((item) => item.id)).to.deep.equal(raw.map((issue) => String(issue.number)));
      // the body as the first update, and a "resolved" one for each closed issue
      const closed = raw.filter((issue) => issue.state === 'closed');
      expect(feed.incidents.reduce((sum, item) => sum + item.updates.length, 0)).to.equal(raw.length + closed.length);
      expect(feed.incidents.map((item) => [item.title, item.impact, item.status, item.kind])).to.deep.equal([
        ['API is down', 'major', 'investigating', 'incident'],
        ['Website has degraded performance', 'minor', 'resolved', 'incident'],
        ['Docs is down', 'major', 'resolved', 'incident'],
      ]);
      const [open, degraded] = feed.incidents;
      expect(open).to.include({ startedAt: '2026-03-03T10:12:41.000Z', url: 'https://github.com/example-org/status/issues/14' });
      expect(open).not.to.have.property('endedAt');
      expect(open!.updates).to.have.length(1);
      expect(open!.updates[0]!.body).to.match(/^In \[`4f1c2ab`\].*API \(https:\/\/api\.example\.com\/health\) was \*\*down\*\*/);
      expect(open!.componentIds).to.deep.equal(['api']);
      expect(degraded).to.include({ startedAt: '2026-03-02T08:05:12.000Z', endedAt: '2026-03-02T09:47:30.000Z' });
      expect(degraded!.updates.map((item) => [item.status, item.at])).to.deep.equal([
        ['resolved', '2026-03-02T09:47:30.000Z'],
        ['investigating', '2026-03-02T08:05:12.000Z'],
      ]);
      // the slug and the site's tag: the issue alone cannot tell them apart
      expect(degraded!.componentIds).to.deep.equal(['website', 'frontend']);
      expect(feed.status.indicator).to.equal('major');
    }
  });

  it('issues labelled maintenance: the window from the HTML comment, the expected slugs as components', async () => {
    const raw = await load<(Issue & { body: string })[]>(handwritten('maintenance.handwritten.json'));
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(feed.incidents).to.deep.equal([]);
    expect(feed.maintenances.length).to.equal(raw.length);
    const [upcoming, past] = feed.maintenances;
    expect(upcoming).to.include({
      id: '15',
      title: 'Database upgrade',
      kind: 'maintenance',
      impact: 'maintenance',
      status: 'scheduled',
      startedAt: '2026-03-10T02:00:00.000Z',
      scheduledFor: '2026-03-10T02:00:00.000Z',
      scheduledUntil: '2026-03-10T03:00:00.000Z',
    });
    expect(upcoming).not.to.have.property('endedAt');
    expect(upcoming!.componentIds).to.deep.equal(['api', 'website']);
    expect(upcoming!.updates.map((item) => item.body)).to.deep.equal([
      'We are upgrading the primary database. The API and the website may be unavailable for up to an hour.',
    ]);
    expect(past).to.include({ status: 'completed', scheduledFor: '2026-02-28T02:00:00.000Z', endedAt: '2026-02-28T03:05:18.000Z' });
    expect(past!.componentIds).to.deep.equal(['docs']);
    expect(past!.updates.map((item) => item.status)).to.deep.equal(['completed', 'scheduled']);
    // planned, not under way: nothing is wrong now
    expect(feed.status.indicator).to.equal('none');
    expect(messages(result)).to.deep.equal([]);
  });

  it('a maintenance without a window starts when it was opened; a bad window is reported at its body', async () => {
    const issue = (number: number, body: string) => ({ id: number, number, title: 'Work', state: 'open', labels: [{ name: 'maintenance' }], created_at: '2026-03-03T09:00:00Z', body });
    const result = await parseFeedAsync([issue(2, 'No comment here'), issue(1, '<!--\nstart: next tuesday\nend: 2026-03-10T03:00:00Z\n-->\nSoon')]);
    const feed = expectFeed(result);
    expect(feed.maintenances.map((item) => [item.id, item.startedAt, item.scheduledFor, item.updates[0]!.body])).to.deep.equal([
      ['2', '2026-03-03T09:00:00.000Z', undefined, 'No comment here'],
      ['1', '2026-03-03T09:00:00.000Z', undefined, 'Soon'],
    ]);
    expect(messages(result)).to.have.length(1);
    expect(messages(result)[0]).to.match(/^\$\[1\]\.body: read no maintenance window from start "next tuesday"/);
  });

  it('pull requests and issues without the status or maintenance label are no incidents', async () => {
    const base = { title: '🛑 API is down', state: 'open', created_at: '2026-03-03T10:00:00Z' };
    const pullRequest = { ...base, id: 1, number: 20, labels: [{ name: 'status' }], pull_request: { url: 'https://api.github.com/repos/o/r/pulls/20', merged_at: null } };
    const bug = { ...base, id: 2, number: 19, labels: [{ name: 'bug' }] };
    const real = { ...base, id: 3, number: 18, labels: [{ name: 'Status' }, { name: 'api' }] };
    const feed = expectFeed(await parseFeedAsync([pullRequest, bug, real]));
    expect(feed.incidents.map((item) => item.id)).to.deep.equal(['18']);
    // only such issues: an empty list of incidents, not an error
    const none = expectFeed(await parseFeedAsync([pullRequest, bug], { format: 'upptime' }));
    expect(none.incidents).to.deep.equal([]);
    expect(none.status.indicator).to.equal('none');
  });

  it('unknown enums become the fallback, reported with their path; an unknown issue state stays open', async () => {
    const sites = await parseFeedAsync([{ name: 'A', slug: 'a', status: 'flapping', uptime: '99%' }, { name: 'B', slug: 'b', status: 'up', uptime: '1%' }]);
    expect(expectFeed(sites).components.map((item) => item.status)).to.deep.equal(['major_outage', 'operational']);
    expect(messages(sites)).to.deep.equal(['$[0].status: read the unknown Upptime site status the string "flapping" as "major_outage"']);

    const issues = await parseFeedAsync([
      { id: 9, number: 9, title: '🛑 A is down', state: 'reopened', labels: [{ name: 'status' }], created_at: '2026-03-03T10:00:00Z', closed_at: '2026-03-03T10:20:00Z' },
    ]);
    const [incident] = expectFeed(issues).incidents;
    expect(incident).to.include({ status: 'investigating' });
    expect(incident).not.to.have.property('endedAt');
    expect(messages(issues)).to.deep.equal(['$[0].state: read the unknown GitHub issue state the string "reopened" as "open"']);
  });

  it('bad items are dropped with their path; bad input of every kind gives a result, never an exception', async () => {
    const dropped = await parseFeedAsync([{ slug: 'a', name: 'A', status: 'up', uptime: '1%' }, null, { slug: '', status: 'up' }, { slug: 'a', name: 'Again', status: 'down' }]);
    expect(expectFeed(dropped).components.map((item) => item.name)).to.deep.equal(['A']);
    expect(messages(dropped).join('\n')).to.include('$[1]: dropped this site').and.include('$[2].slug').and.not.include('undefined');

    await loadFeedFormat('upptime');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) cursor = (cursor.labels = {}) as Json;
    const inputs: unknown[] = [
      null,
      7,
      'up',
      {},
      { slug: 'a', status: 'up' },
      [null, 1, 'x'],
      [{ slug: {}, name: 'A', status: 'up', uptime: '1%' }],
      [{ number: 1, labels: deep, title: 'x', state: 'open', created_at: '2026-03-03T10:00:00Z' }],
      [{ number: 1, labels: 'status', title: null, state: null, created_at: null, body: 5 }],
      [{ number: 1, labels: [null, { name: 5 }, { name: 'status' }], title: 'x', state: 'closed', created_at: '2026-03-03T10:00:00Z', body: `<!--\nstart: ${'9'.repeat(200_000)}` }],
      JSON.parse('[{"__proto__": {"polluted": true}, "slug": "a", "name": "A", "status": "up", "constructor": {"prototype": {"polluted": true}}}]'),
      Array.from({ length: 20_000 }, (_, index) => ({ id: index, number: index, title: 'x', state: 'closed', labels: [{ name: 'status' }], created_at: '2026-03-03T10:00:00Z' })),
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'upptime');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
      else expectFeed(result);
    }
    expect(({} as Json).polluted).to.equal(undefined);
  });
});
