/**
 * Gatus: the endpoint statuses, one endpoint's status and the config with its announcements, as
 * the hand-written fixtures give them (test/fixtures/handwritten/gatus, citing TwiN/gatus), each
 * counted against the raw JSON; RFC 3339 times with nanoseconds; which announcement is open.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync, type FeedResult } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
interface Endpoint {
  name: string;
  group?: string;
  key: string;
  results: { success: boolean; timestamp: string }[];
}
interface Announcement {
  timestamp: string;
  type: string;
  message: string;
  archived?: boolean;
}
const load = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;
const handwritten = (name: string) => `/test/fixtures/handwritten/gatus/${name}`;
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message) : []);
const at = (timestamp: string, type: string, extra: Json = {}) => ({ timestamp, type, message: `${type} at ${timestamp}`, ...extra });

describe('Gatus', () => {
  it('/api/v1/endpoints/statuses: endpoints as components by key and group, state from the newest result', async () => {
    const raw = await load<Endpoint[]>(handwritten('statuses.handwritten.json'));
    for (const result of [await parseFeedAsync(raw), await parseFeedAsync(JSON.stringify(raw), { format: 'gatus' })]) {
      expect(result.ok && result.format).to.equal('gatus');
      const feed = expectFeed(result);
      expect(feed.components.map((item) => [item.id, item.name, item.group])).to.deep.equal(
        raw.map((endpoint) => [endpoint.key, endpoint.name, endpoint.group]),
      );
      // results are oldest first: the last one is the current state
      expect(feed.components.map((item) => item.status)).to.deep.equal(
        raw.map((endpoint) => (endpoint.results.at(-1)!.success ? 'operational' : 'major_outage')),
      );
      expect(feed.components.map((item) => item.status)).to.deep.equal(['major_outage', 'major_outage', 'operational', 'operational']);
      expect(feed.incidents.length + feed.maintenances.length).to.equal(0);
      expect(feed.status.indicator).to.equal('major');
      // the newest result of all, 2026-03-03T10:30:00.201366719Z, to the millisecond
      expect(feed.page.updatedAt).to.equal('2026-03-03T10:30:00.201Z');
      expect(messages(result)).to.deep.equal([]);
    }
  });

  it('a component without a group has none; the newest result wins whatever the order', async () => {
    const raw = await load<Endpoint[]>(handwritten('statuses.handwritten.json'));
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.components[0]).to.deep.equal({ id: '_docs', name: 'docs', status: 'major_outage' });
    const reversed = raw.map((endpoint) => ({ ...endpoint, results: [...endpoint.results].reverse() }));
    expect(expectFeed(await parseFeedAsync(reversed)).components.map((item) => item.status)).to.deep.equal(
      feed.components.map((item) => item.status),
    );
  });

  it('/api/v1/endpoints/<key>/statuses: one endpoint alone is one component (its events are not read)', async () => {
    const raw = await load<Endpoint & { events: unknown[] }>(handwritten('endpoint-status.handwritten.json'));
    for (const result of [await parseFeedAsync(raw), await parseFeedAsync(raw, { format: 'gatus' })]) {
      expect(result.ok && result.format).to.equal('gatus');
      const feed = expectFeed(result);
      expect(feed.components).to.deep.equal([{ id: 'core_api', name: 'API', group: 'core', status: 'major_outage' }]);
      expect(feed.incidents).to.deep.equal([]);
      expect(feed.page.updatedAt).to.equal('2026-03-03T10:30:00.117Z');
    }
  });

  it('quirk: a partial failure (some conditions passed) is an outage, as Gatus calls it unhealthy; no results yet is operational', async () => {
    const feed = expectFeed(
      await parseFeedAsync([
        {
          name: 'slow',
          key: '_slow',
          results: [
            {
              status: 200,
              duration: 1532004877,
              conditionResults: [
                { condition: '[STATUS] == 200', success: true },
                { condition: '[RESPONSE_TIME] (1532) < 500', success: false },
              ],
              success: false,
              timestamp: '2026-03-03T10:29:30.123456789Z',
            },
          ],
        },
        { name: 'new', key: '_new', results: [] },
      ]),
    );
    expect(feed.components.map((item) => item.status)).to.deep.equal(['major_outage', 'operational']);
    // RFC 3339 with nanoseconds, read to the millisecond
    expect(feed.page.updatedAt).to.equal('2026-03-03T10:29:30.123Z');
  });

  it('/api/v1/config: announcements as incidents, the newest active one open, the others resolved', async () => {
    const raw = await load<{ announcements: Announcement[] }>(handwritten('config.handwritten.json'));
    for (const result of [await parseFeedAsync(raw), await parseFeedAsync(raw, { format: 'gatus' })]) {
      expect(result.ok && result.format).to.equal('gatus');
      const feed = expectFeed(result);
      expect(feed.components).to.deep.equal([]);
      expect(feed.maintenances).to.deep.equal([]);
      expect(feed.incidents.length).to.equal(raw.announcements.length);
      expect(feed.incidents.map((item) => [item.title, item.impact, item.status, item.endedAt])).to.deep.equal([
        [raw.announcements[0]!.message, 'major', 'investigating', undefined],
        // superseded by the next announcement
        [raw.announcements[1]!.message, 'none', 'resolved', '2026-03-03T09:45:00.000Z'],
        [raw.announcements[2]!.message, 'none', 'resolved', '2026-03-02T16:00:00.000Z'],
      ]);
      expect(feed.incidents.map((item) => [item.id, item.startedAt, item.kind, item.updates.length])).to.deep.equal([
        ['2026-03-03T09:45:00.000Z', '2026-03-03T09:45:00.000Z', 'incident', 0],
        ['2026-03-02T16:00:00.000Z', '2026-03-02T16:00:00.000Z', 'incident', 0],
        ['2026-02-26T15:35:00.000Z', '2026-02-26T15:35:00.000Z', 'incident', 0],
      ]);
      expect(feed.status.indicator).to.equal('major');
    }
  });

  it('the newest active announcement decides: operational closes all, information is open but harmless, archived ones step aside', async () => {
    const allWell = expectFeed(await parseFeedAsync({ announcements: [at('2026-03-03T10:00:00Z', 'operational'), at('2026-03-03T09:00:00Z', 'outage')] }));
    expect(allWell.incidents.map((item) => [item.status, item.endedAt])).to.deep.equal([
      ['resolved', '2026-03-03T10:00:00.000Z'],
      ['resolved', '2026-03-03T10:00:00.000Z'],
    ]);
    expect(allWell.status.indicator).to.equal('none');

    const notice = expectFeed(await parseFeedAsync({ announcements: [at('2026-03-03T10:00:00Z', 'information'), at('2026-03-03T09:00:00Z', 'none')] }));
    expect(notice.incidents.map((item) => [item.impact, item.status])).to.deep.equal([
      ['none', 'update'],
      ['none', 'resolved'],
    ]);
    expect(notice.status.indicator).to.equal('none');

    // out of order, and the newest archived: the warning below it is the one shown
    const archived = expectFeed(
      await parseFeedAsync({ announcements: [at('2026-03-03T08:00:00Z', 'warning'), at('2026-03-03T10:00:00Z', 'outage', { archived: true })] }),
    );
    expect(archived.incidents.map((item) => [item.impact, item.status, item.endedAt])).to.deep.equal([
      ['major', 'resolved', '2026-03-03T10:00:00.000Z'],
      ['minor', 'investigating', undefined],
    ]);
    expect(archived.status.indicator).to.equal('minor');
  });

  it('announcements made at the same instant keep apart; none at all is an empty feed', async () => {
    const twins = expectFeed(await parseFeedAsync({ announcements: [at('2026-03-03T10:00:00Z', 'warning'), at('2026-03-03T10:00:00.000000000Z', 'outage')] }));
    expect(new Set(twins.incidents.map((item) => item.id)).size).to.equal(2);
    for (const input of [{ announcements: [], authenticated: true, oidc: false }, { authenticated: true, oidc: false }]) {
      const feed = expectFeed(await parseFeedAsync(input, { format: 'gatus' }));
      expect([feed.incidents, feed.components, feed.status.indicator]).to.deep.equal([[], [], 'none']);
    }
  });

  it('an unknown announcement type becomes minor and is reported with its path', async () => {
    const result = await parseFeedAsync({ announcements: [at('2026-03-03T10:00:00Z', 'maintenance'), { timestamp: 'yesterday', type: 'outage', message: 'x' }] });
    const feed = expectFeed(result);
    expect(feed.incidents.map((item) => [item.impact, item.status])).to.deep.equal([['minor', 'investigating']]);
    expect(feed.status.indicator).to.equal('minor');
    expect(messages(result).join('\n'))
      .to.include('$.announcements[0].type: read the unknown Gatus announcement type the string "maintenance" as "minor"')
      .and.include('$.announcements[1].timestamp: dropped this announcement')
      .and.not.include('undefined');
  });

  it('bad items are dropped with their path; bad input of every kind gives a result, never an exception', async () => {
    const dropped = await parseFeedAsync([{ key: 'a', name: 'A', results: [] }, null, { key: '', results: [] }, { key: 'a', name: 'Again', results: [] }, { key: 'b', results: [{ success: 'yes', timestamp: '2026-03-03T10:00:00Z' }] }]);
    expect(expectFeed(dropped).components.map((item) => [item.id, item.name, item.status])).to.deep.equal([
      ['a', 'A', 'operational'],
      ['b', 'b', 'operational'],
    ]);
    expect(messages(dropped).join('\n')).to.include('$[1]: dropped this endpoint').and.include('$[2].key').and.include('$[4].results[0].success');

    await loadFeedFormat('gatus');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) cursor = (cursor.results = {}) as Json;
    const inputs: unknown[] = [
      null,
      7,
      'UP',
      {},
      [null, 1, 'x'],
      { key: 'a', results: deep },
      { key: 7, results: 'none' },
      { announcements: 'none' },
      { announcements: [null, { timestamp: null, type: null, message: null }, deep] },
      { announcements: [{ timestamp: '2026-03-03T10:00:00Z', type: 'outage', message: 'x'.repeat(1_000_000) }] },
      JSON.parse('{"__proto__": {"polluted": true}, "announcements": [], "constructor": {"prototype": {"polluted": true}}}'),
      Array.from({ length: 20_000 }, (_, index) => ({ key: `k${index}`, results: [{ success: index % 2 === 0, timestamp: '2026-03-03T10:00:00Z' }] })),
      { announcements: Array.from({ length: 20_000 }, () => at('2026-03-03T10:00:00Z', 'warning')) },
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'gatus');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
      else expectFeed(result);
    }
    expect(({} as Json).polluted).to.equal(undefined);
  });
});
