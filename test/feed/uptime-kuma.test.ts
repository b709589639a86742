/**
 * Uptime Kuma: the corpus's two files (2.1+ shapes, hand-written by another project) and the 2.0
 * shapes under test/fixtures/handwritten/uptime-kuma, each counted against the raw JSON; the
 * heartbeat's newest beat, "pending", incident styles and pins, maintenances and their zones,
 * times read as UTC unless a zone is given, and the page and heartbeat merged into one feed.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import type { FeedResult } from '../../src/feed/index.js';
import { mergeFeeds } from '../../src/feed/merge.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
type Group = { name: string; monitorList: { id: number; name: string }[] };
type Beats = Record<string, { status: number; time: string }[]>;
const load = async (url: string): Promise<Json> => (await (await fetch(url)).json()) as Json;
const corpus = (name: string) => load(`/__corpus__/files/uptime-kuma/1brecane__status-page-${name}.json`);
const handwritten = (name: string) => load(`/test/fixtures/handwritten/uptime-kuma/${name}.handwritten.json`);
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message) : []);
const monitors = (raw: Json) =>
  (raw.publicGroupList as Group[]).flatMap((group) =>
    group.monitorList.map((monitor) => ({ ...monitor, group: group.name })),
  );
/** The newest beat of each monitor that has one, as the raw JSON says. */
const newest = (raw: Json) =>
  Object.entries(raw.heartbeatList as Beats).flatMap(([id, beats]) =>
    beats.length ? [[id, [...beats].sort((a, b) => (a.time < b.time ? -1 : 1)).at(-1)!.status] as const] : [],
  );
const STATE = ['major_outage', 'operational', 'degraded_performance', 'under_maintenance'];

const page = (extra: Json) => ({
  config: { slug: 'x', title: 'X' },
  publicGroupList: [],
  maintenanceList: [],
  ...extra,
});
const kumaIncident = (extra: Json) => ({
  id: 1,
  style: 'warning',
  title: 'Slow',
  content: 'Looking',
  pin: true,
  active: true,
  createdDate: '2026-03-03 10:00:00',
  lastUpdatedDate: null,
  ...extra,
});

describe('Uptime Kuma', () => {
  it('2.0 status page: monitors by group, the one pinned incident, a manual maintenance without a time', async () => {
    const raw = await handwritten('status-page-2.0');
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('uptime-kuma');
    expect(feed.page).to.deep.equal({ name: 'Example Cloud Status' });
    const listed = monitors(raw);
    expect(feed.components.length).to.equal(listed.length);
    expect(listed.length).to.equal(5);
    expect(feed.components.map((item) => [item.id, item.name, item.group])).to.deep.equal(
      listed.map((item) => [String(item.id), item.name, item.group]),
    );
    // the page says no state: operational, and an issue says where the states are
    expect(feed.components.every((item) => item.status === 'operational')).to.equal(true);
    expect(messages(result).join('\n')).to.include('$.publicGroupList: the status page says no monitor state');
    expect(feed.incidents.length).to.equal(1);
    expect(feed.incidents[0]).to.deep.equal({
      id: '3',
      title: 'Elevated API error rates',
      kind: 'incident',
      impact: 'minor',
      status: 'update',
      startedAt: '2026-03-03T09:45:12.000Z',
      componentIds: [],
      updates: [{ status: 'update', at: '2026-03-03T10:18:40.000Z', body: (raw.incident as Json).content }],
    });
    // the manual maintenance has no time: left out, reported; the open incident sets the state
    expect((raw.maintenanceList as unknown[]).length).to.equal(1);
    expect(feed.maintenances).to.deep.equal([]);
    expect(messages(result)).to.include(
      '$.maintenanceList[0]: left out this maintenance: it has no time (a manual one has none)',
    );
    expect(feed.status.indicator).to.equal('minor');
    // UTC by definition: no issue about zones
    expect(messages(result).join('\n')).not.to.include('zone');
  });

  it('2.0 heartbeat: each monitor by its newest beat, named by its id', async () => {
    const raw = await handwritten('heartbeat-2.0');
    const feed = expectFeed(await parseFeedAsync(raw, { format: 'uptime-kuma' }));
    const states = newest(raw);
    // monitor 5 has no beat yet: nothing to say of it
    expect(states.length).to.equal(4);
    expect(feed.components.map((item) => [item.id, item.name, item.status])).to.deep.equal(
      states.map(([id, status]) => [id, id, STATE[status]]),
    );
    expect(feed.components.map((item) => item.status)).to.deep.equal([
      'operational',
      'major_outage',
      'operational',
      'under_maintenance',
    ]);
    expect(feed.page.updatedAt).to.equal('2026-03-03T10:30:00.547Z');
    expect(feed.status.indicator).to.equal('major');
    expect(feed.incidents.length + feed.maintenances.length).to.equal(0);
  });

  it('the corpus status page (2.1+ incidents list, empty): five monitors in one group', async () => {
    const raw = await corpus('config');
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('uptime-kuma');
    expect(feed.components.length).to.equal(monitors(raw).length);
    expect(monitors(raw).length).to.equal(5);
    expect(new Set(feed.components.map((item) => item.group))).to.deep.equal(new Set(['Servizi']));
    expect(feed.incidents.length).to.equal((raw.incidents as unknown[]).length);
    expect((raw.incidents as unknown[]).length).to.equal(0);
    expect(feed.maintenances.length).to.equal((raw.maintenanceList as unknown[]).length);
    expect((raw.maintenanceList as unknown[]).length).to.equal(0);
    expect(feed.page.name).to.equal('Homelab Status');
  });

  it('the corpus heartbeat: down, maintenance and pending monitors', async () => {
    const raw = await corpus('heartbeat');
    const result = await parseFeedAsync(JSON.stringify(raw));
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('uptime-kuma');
    const states = newest(raw);
    expect(feed.components.length).to.equal(states.length);
    expect(states.length).to.equal(4);
    expect(feed.components.map((item) => [item.id, item.status])).to.deep.equal(
      states.map(([id, status]) => [id, STATE[status]]),
    );
    expect(feed.components.find((item) => item.id === '5')?.status).to.equal('degraded_performance');
    expect(feed.page.updatedAt).to.equal('2026-06-28T15:59:49.191Z');
    // a monitor down outweighs one pending: the description is not "Pending"
    expect(feed.status).to.deep.equal({ indicator: 'major' });
    expect(result.ok && result.issues).to.deep.equal([]);
  });

  it('the page and the heartbeat merged: names and groups from one, states from the other', async () => {
    const [status, heartbeat] = await Promise.all([corpus('config'), corpus('heartbeat')]);
    const feeds = [expectFeed(await parseFeedAsync(status)), expectFeed(await parseFeedAsync(heartbeat))];
    const merged = mergeFeeds(feeds);
    expect(merged.components.map((item) => [item.id, item.name, item.status])).to.deep.equal([
      ['1', 'service-a', 'operational'],
      ['2', 'service-b', 'major_outage'],
      ['3', 'service-c', 'under_maintenance'],
      ['4', 'service-d', 'operational'],
      ['5', 'service-e', 'degraded_performance'],
    ]);
  });

  it('"pending" has no Statuspage state: degraded performance, and the word kept', async () => {
    const feed = expectFeed(
      await parseFeedAsync({
        heartbeatList: {
          7: [
            { status: 1, time: '2026-03-03 10:00:00.000', msg: '', ping: 3 },
            { status: 2, time: '2026-03-03 10:01:00.000', msg: '', ping: null },
          ],
          8: [{ status: 1, time: '2026-03-03 10:01:00.000', msg: '', ping: 3 }],
        },
        uptimeList: {},
      }),
    );
    expect(feed.components.map((item) => item.status)).to.deep.equal(['degraded_performance', 'operational']);
    expect(feed.status).to.deep.equal({ indicator: 'minor', description: 'Pending' });
  });

  it('the newest beat decides, by its time, even when the list is not oldest first', async () => {
    const feed = expectFeed(
      await parseFeedAsync({
        heartbeatList: {
          1: [{ status: 0, time: '2026-03-03 10:05:00.000' }, null, { status: 1, time: '2026-03-03 10:00:00.000' }],
        },
      }),
    );
    expect(feed.components[0]!.status).to.equal('major_outage');
  });

  it('2.1+ incidents: styles as impacts, pinned open, resolved when inactive', async () => {
    const result = await parseFeedAsync(
      page({
        incidents: [
          kumaIncident({ id: 1, style: 'danger', createdDate: '2026-03-03 10:00:00' }),
          kumaIncident({ id: 2, style: 'primary', createdDate: '2026-03-03 09:00:00' }),
          kumaIncident({ id: 3, style: 'purple', createdDate: '2026-03-03 08:00:00' }),
          kumaIncident({
            id: 4,
            style: 'info',
            createdDate: '2026-03-03 07:00:00',
            pin: false,
            active: false,
            lastUpdatedDate: '2026-03-03 07:30:00',
          }),
          // unpinned but still active: open
          kumaIncident({ id: 5, style: 'warning', createdDate: '2026-03-03 06:00:00', pin: false, active: true }),
          // no style at all: Kuma's default, primary
          kumaIncident({ id: 6, style: undefined, createdDate: '2026-03-03 05:00:00' }),
        ],
      }),
    );
    const feed = expectFeed(result);
    expect(feed.incidents.map((item) => [item.id, item.impact, item.status, item.endedAt])).to.deep.equal([
      ['1', 'major', 'update', undefined],
      ['2', 'none', 'update', undefined],
      ['3', 'minor', 'update', undefined],
      ['4', 'none', 'resolved', '2026-03-03T07:30:00.000Z'],
      ['5', 'minor', 'update', undefined],
      ['6', 'none', 'update', undefined],
    ]);
    expect(messages(result)).to.include(
      '$.incidents[2].style: read the unknown Uptime Kuma incident style the string "purple" as "minor"',
    );
    expect(feed.status.indicator).to.equal('major');
  });

  it('before 2.1, an unpinned incident is over, a pinned one never is', async () => {
    const feed = expectFeed(
      await parseFeedAsync(
        page({ incident: kumaIncident({ pin: 0, active: undefined, lastUpdatedDate: '2026-03-03 11:00:00' }) }),
      ),
    );
    expect(feed.incidents[0]).to.include({ status: 'resolved', endedAt: '2026-03-03T11:00:00.000Z' });
    const open = expectFeed(
      await parseFeedAsync(page({ incident: kumaIncident({ pin: 1, active: false, content: '' }) })),
    );
    expect(open.incidents[0]).to.include({ status: 'update' });
    expect(open.incidents[0]!.endedAt).to.equal(undefined);
    expect(open.incidents[0]!.updates).to.deep.equal([]);
  });

  it('the incident history (2.1+): detected, one page read, and an issue when there are more', async () => {
    const raw = {
      ok: true,
      incidents: [
        kumaIncident({ id: 9, pin: false, active: false, lastUpdatedDate: '2026-03-03 12:00:00' }),
        kumaIncident({ id: 8, createdDate: '2026-02-01 10:00:00' }),
      ],
      total: 12,
      nextCursor: '2026-02-01 10:00:00',
      hasMore: true,
    };
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('uptime-kuma');
    expect(feed.incidents.map((item) => [item.id, item.status])).to.deep.equal([
      ['9', 'resolved'],
      ['8', 'update'],
    ]);
    expect(messages(result)).to.deep.equal([
      '$.hasMore: only this page of the incident history was read: the next one is at ?cursor=<nextCursor>',
    ]);
  });

  it('times are UTC by definition; a feedTimeZone wins, and an unknown one is reported', async () => {
    const raw = page({ incidents: [kumaIncident({})] });
    const utc = await parseFeedAsync(raw);
    expect(expectFeed(utc).incidents[0]!.startedAt).to.equal('2026-03-03T10:00:00.000Z');
    expect(messages(utc)).to.deep.equal([]);
    const madrid = await parseFeedAsync(raw, { feedTimeZone: 'Europe/Madrid' });
    expect(expectFeed(madrid).incidents[0]!.startedAt).to.equal('2026-03-03T09:00:00.000Z');
    const unknown = await parseFeedAsync(raw, { feedTimeZone: 'Mars/Olympus' });
    expect(expectFeed(unknown).incidents[0]!.startedAt).to.equal('2026-03-03T10:00:00.000Z');
    expect(messages(unknown).join('\n')).to.match(/^\$: the time zone "Mars\/Olympus" is not one this browser knows/);
  });

  it('maintenances: their window, in their own zone; each status; a manual one under way marks the page', async () => {
    const result = await parseFeedAsync(
      page({
        maintenanceList: [
          {
            id: 1,
            title: 'Single',
            description: 'Moving',
            strategy: 'single',
            status: 'under-maintenance',
            timezone: 'Europe/Madrid',
            timeslotList: [{ startDate: '2026-03-03 10:00:00', endDate: '2026-03-03 11:00' }],
          },
          {
            id: 2,
            title: 'Weekly',
            strategy: 'recurring-weekday',
            status: 'scheduled',
            timezone: 'UTC',
            timeslotList: [{ startDate: '2026-03-10T02:00:00.000Z', endDate: '2026-03-10T03:00:00.000Z' }],
          },
          {
            id: 3,
            title: 'Done',
            strategy: 'single',
            status: 'ended',
            timezone: 'UTC',
            timeslotList: [{ startDate: '2026-03-01 02:00:00', endDate: '2026-03-01 03:00:00' }],
          },
          {
            id: 4,
            title: 'Odd',
            strategy: 'single',
            status: 'paused',
            timezone: 'UTC',
            timeslotList: [{ startDate: '2026-02-01 02:00:00' }],
          },
        ],
      }),
    );
    const feed = expectFeed(result);
    expect(
      feed.maintenances.map((item) => [
        item.id,
        item.kind,
        item.status,
        item.scheduledFor,
        item.scheduledUntil,
        item.endedAt,
      ]),
    ).to.deep.equal([
      ['2', 'maintenance', 'scheduled', '2026-03-10T02:00:00.000Z', '2026-03-10T03:00:00.000Z', undefined],
      ['1', 'maintenance', 'in_progress', '2026-03-03T09:00:00.000Z', '2026-03-03T10:00:00.000Z', undefined],
      [
        '3',
        'maintenance',
        'completed',
        '2026-03-01T02:00:00.000Z',
        '2026-03-01T03:00:00.000Z',
        '2026-03-01T03:00:00.000Z',
      ],
      ['4', 'maintenance', 'in_progress', '2026-02-01T02:00:00.000Z', undefined, undefined],
    ]);
    expect(feed.maintenances[1]!.updates).to.deep.equal([
      { status: 'in_progress', at: '2026-03-03T09:00:00.000Z', body: 'Moving' },
    ]);
    expect(messages(result)).to.include(
      '$.maintenanceList[3].status: read the unknown Uptime Kuma maintenance status the string "paused" as "in_progress"',
    );
    expect(feed.status.indicator).to.equal('maintenance');

    const manual = await parseFeedAsync(
      page({
        maintenanceList: [
          {
            id: 5,
            title: 'Manual',
            strategy: 'manual',
            status: 'under-maintenance',
            dateRange: [null],
            timeslotList: [],
          },
        ],
      }),
    );
    expect(expectFeed(manual).maintenances).to.deep.equal([]);
    expect(expectFeed(manual).status).to.deep.equal({ indicator: 'maintenance', description: 'Under maintenance' });
  });

  it('a single maintenance with no zone of its own: read as UTC, and said once', async () => {
    const slot = { startDate: '2026-03-03 10:00:00', endDate: '2026-03-03 11:00:00' };
    const item = (id: number) => ({ id, title: 'M', strategy: 'single', status: 'scheduled', timeslotList: [slot] });
    const result = await parseFeedAsync(page({ maintenanceList: [item(1), item(2)] }));
    expect(expectFeed(result).maintenances.map((entry) => entry.scheduledFor)).to.deep.equal([
      '2026-03-03T10:00:00.000Z',
      '2026-03-03T10:00:00.000Z',
    ]);
    expect(messages(result).filter((message) => message.includes('read as UTC'))).to.have.length(1);
    const madrid = await parseFeedAsync(page({ maintenanceList: [item(1)] }), { feedTimeZone: 'Europe/Madrid' });
    expect(expectFeed(madrid).maintenances[0]!.scheduledFor).to.equal('2026-03-03T09:00:00.000Z');
  });

  it('an unknown heartbeat status becomes an outage, reported at its path', async () => {
    const result = await parseFeedAsync({
      heartbeatList: {
        1: [
          { status: 1, time: '2026-03-03 10:00:00' },
          { status: 7, time: '2026-03-03 10:01:00' },
        ],
        2: 'up',
      },
    });
    const feed = expectFeed(result);
    expect(feed.components).to.deep.equal([{ id: '1', name: '1', status: 'major_outage' }]);
    expect(messages(result)).to.deep.equal([
      '$.heartbeatList["1"][1].status: read the unknown Uptime Kuma heartbeat status the number 7 as "major_outage"',
      '$.heartbeatList["2"]: ignored it: expected a list of heartbeats but got the string "up"',
    ]);
  });

  it('a bad incident is dropped with its path; the rest is kept', async () => {
    const result = await parseFeedAsync(
      page({ incidents: [kumaIncident({ createdDate: 'yesterday' }), null, kumaIncident({ id: 2 })] }),
    );
    const feed = expectFeed(result);
    expect(feed.incidents.map((item) => item.id)).to.deep.equal(['2']);
    expect(messages(result).join('\n')).to.include('$.incidents[0]').and.include('"yesterday"');
  });

  it('bad input of every kind gives a result, never an exception', async () => {
    await loadFeedFormat('uptime-kuma');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) cursor = (cursor.monitorList = {}) as Json;
    const inputs: unknown[] = [
      null,
      7,
      'x',
      [],
      {},
      { config: null },
      { config: 7 },
      { publicGroupList: 'x' },
      { publicGroupList: [null, 1, { name: 3, monitorList: [{ id: {} }, null] }], config: { slug: 'x' } },
      { publicGroupList: [deep] },
      { heartbeatList: [] },
      { heartbeatList: { 1: [null, 'x', { status: null, time: 5 }] } },
      { heartbeatList: {} },
      { incident: 'x', config: { slug: 'x' } },
      { incidents: [{ id: 1, title: null, createdDate: null }], nextCursor: null },
      { maintenanceList: [{ id: 1, title: 'M', timeslotList: 'x', dateRange: [1, {}] }] },
      {
        maintenanceList: [
          { id: 1, title: 'M', timezone: 'Nowhere/Never', timeslotList: [{ startDate: '2026-03-03 10:00' }] },
        ],
      },
      JSON.parse(
        '{"__proto__": {"polluted": true}, "config": {"slug": "x"}, "heartbeatList": {"__proto__": [{"status": 1}], "constructor": [{"status": 0}]}}',
      ),
      {
        config: { slug: 'x', title: 'x'.repeat(1_000_000) },
        incidents: [kumaIncident({ content: 'y'.repeat(1_000_000) })],
      },
      {
        heartbeatList: Object.fromEntries(
          Array.from({ length: 5000 }, (_, index) => [index, [{ status: index % 4, time: '2026-03-03 10:00:00' }]]),
        ),
      },
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'uptime-kuma');
      expect(result).to.have.property('ok');
      if (result.ok) expectFeed(result);
      else expect(result.error.message).not.to.include('undefined');
    }
    expect(({} as Json).polluted).to.equal(undefined);
    const none = parseFeed({ slug: 'x' }, 'uptime-kuma');
    expect(none.ok || none.error.message).to.match(
      /^Found no Uptime Kuma data at \$: expected an object with one of config, /,
    );
  });
});
