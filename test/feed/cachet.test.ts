/**
 * Cachet 2.x API v1: the hand-written lists under test/fixtures/handwritten/cachet (no real capture
 * was found), each counted against the raw JSON; the lists told apart by their fields, numeric
 * states, times in the zone Cachet is set to (feedTimeZone, else UTC with an issue), one page read,
 * the schedule's `completed_at` that is the time of the request, hidden and disabled items.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import type { FeedResult } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
type Envelope<T> = { meta: Json; data: T[] };
type RawIncident = {
  id: number;
  status: number;
  component_id: number;
  message: string;
  updates: unknown[];
  permalink: string;
};
type RawSchedule = { id: number; status: number; components: { component_id: number }[] };
const load = async <T>(name: string) =>
  (await (await fetch(`/test/fixtures/handwritten/cachet/${name}.handwritten.json`)).json()) as Envelope<T>;
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message) : []);
const UTC_NOTE =
  "$: Cachet writes times without a zone and none was given: they were read as UTC; set feed-time-zone (the feedTimeZone option) to the page's zone";
const envelope = (data: unknown[]) => ({
  meta: { pagination: { total: data.length, count: data.length, per_page: 20, current_page: 1, total_pages: 1 } },
  data,
});
const PHASE = ['scheduled', 'investigating', 'identified', 'monitoring', 'resolved'];

describe('Cachet', () => {
  it('/api/v1/components: numeric states, no group names, times not needed', async () => {
    const raw = await load<{ id: number; status: number; name: string }>('components');
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('cachet');
    expect(feed.components.length).to.equal(raw.data.length);
    expect(raw.data.length).to.equal(5);
    expect(feed.components.map((item) => [item.id, item.name])).to.deep.equal(
      raw.data.map((item) => [String(item.id), item.name]),
    );
    expect(feed.components.map((item) => item.status)).to.deep.equal([
      'operational',
      'degraded_performance',
      'operational',
      'partial_outage',
      'major_outage',
    ]);
    // only group_id is given: no group
    expect(feed.components.some((item) => 'group' in item)).to.equal(false);
    expect(feed.components[2]).to.deep.equal({ id: '3', name: 'Dashboard', status: 'operational' });
    expect(feed.incidents.length + feed.maintenances.length).to.equal(0);
    expect(feed.status).to.deep.equal({ indicator: 'major' });
    expect(messages(result)).to.deep.equal([]);
  });

  it('/api/v1/components/groups: the components with their groups names', async () => {
    const raw = await load<{ name: string; enabled_components: { id: number }[] }>('component-groups');
    const feed = expectFeed(await parseFeedAsync(raw, { format: 'cachet' }));
    expect(feed.components.length).to.equal(raw.data.flatMap((group) => group.enabled_components).length);
    expect(raw.data.flatMap((group) => group.enabled_components).length).to.equal(4);
    expect(feed.components.map((item) => [item.id, item.group])).to.deep.equal(
      raw.data.flatMap((group) => group.enabled_components.map((item) => [String(item.id), group.name])),
    );
    expect(feed.components.map((item) => item.status)).to.deep.equal([
      'operational',
      'degraded_performance',
      'operational',
      'partial_outage',
    ]);
  });

  it('/api/v1/incidents: phases, the message as the first update, components, one page of two', async () => {
    const raw = await load<RawIncident>('incidents');
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(result.ok && result.format).to.equal('cachet');
    expect(feed.incidents.length).to.equal(raw.data.length);
    expect(raw.data.length).to.equal(3);
    for (const item of raw.data) {
      const read = feed.incidents.find((entry) => entry.id === String(item.id))!;
      // each update, and the incident's own message before them
      expect(read.updates.length).to.equal(item.updates.length + 1);
      expect(read.updates.at(-1)!.body).to.equal(item.message);
      expect(read.status).to.equal(PHASE[item.status]);
      expect(read.componentIds).to.deep.equal(item.component_id ? [String(item.component_id)] : []);
      expect(read.url).to.equal(item.permalink);
      expect(read.kind).to.equal('incident');
    }
    const [identified, watching, fixed] = feed.incidents;
    expect(identified).to.deep.include({
      id: '23',
      status: 'identified',
      impact: 'minor',
      startedAt: '2026-03-03T09:40:00.000Z',
    });
    expect(identified!.updates.map((update) => [update.status, update.at])).to.deep.equal([
      ['identified', '2026-03-03T09:44:18.000Z'],
    ]);
    expect(watching!.updates.map((update) => [update.status, update.at])).to.deep.equal([
      ['monitoring', '2026-03-02T18:05:10.000Z'],
      ['update', '2026-03-02T17:24:51.000Z'],
    ]);
    expect(fixed!.updates.map((update) => update.status)).to.deep.equal([
      'resolved',
      'monitoring',
      'identified',
      'update',
    ]);
    expect(fixed!.endedAt).to.equal('2026-02-26T15:32:09.000Z');
    expect([identified, watching].every((item) => item!.endedAt === undefined)).to.equal(true);
    expect(feed.status.indicator).to.equal('minor');
    expect(messages(result)).to.deep.equal([
      '$.meta.pagination: only this page was read, 3 of 4 items: ask for the others with ?page= or a larger ?per_page=',
      UTC_NOTE,
    ]);
  });

  it('/api/v1/schedules: maintenances, and completed_at only once complete', async () => {
    const raw = await load<RawSchedule>('schedules');
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(feed.maintenances.length).to.equal(raw.data.length);
    expect(raw.data.length).to.equal(3);
    expect(feed.incidents).to.deep.equal([]);
    expect(
      feed.maintenances.map((item) => [item.id, item.kind, item.status, item.scheduledFor, item.endedAt]),
    ).to.deep.equal([
      ['7', 'maintenance', 'scheduled', '2026-03-10T02:00:00.000Z', undefined],
      ['6', 'maintenance', 'in_progress', '2026-03-03T10:00:00.000Z', undefined],
      ['5', 'maintenance', 'completed', '2026-02-20T22:00:00.000Z', '2026-02-20T23:14:00.000Z'],
    ]);
    for (const item of raw.data) {
      const read = feed.maintenances.find((entry) => entry.id === String(item.id))!;
      expect(read.componentIds).to.deep.equal(item.components.map((entry) => String(entry.component_id)));
      expect(read.updates.length).to.equal(1);
      expect(read.updates[0]!.status).to.equal(read.status);
    }
    expect(feed.status.indicator).to.equal('maintenance');
    expect(messages(result)).to.deep.equal([UTC_NOTE]);
  });

  it('times in the zone given: Europe/Madrid moves 10:00 to 09:00Z, and says nothing of UTC', async () => {
    const result = await parseFeedAsync(await load('schedules'), { feedTimeZone: 'Europe/Madrid' });
    const feed = expectFeed(result);
    expect(feed.maintenances.find((item) => item.id === '6')!.scheduledFor).to.equal('2026-03-03T09:00:00.000Z');
    // still +01:00 on 10 March: summer time begins on 29 March 2026
    expect(feed.maintenances.find((item) => item.id === '7')!.scheduledFor).to.equal('2026-03-10T01:00:00.000Z');
    expect(messages(result)).to.deep.equal([]);
    const summer = expectFeed(
      await parseFeedAsync(
        envelope([{ id: 1, name: 'S', status: 0, scheduled_at: '2026-07-01 10:00:00', completed_at: null }]),
        { feedTimeZone: 'Europe/Madrid' },
      ),
    );
    expect(summer.maintenances[0]!.scheduledFor).to.equal('2026-07-01T08:00:00.000Z');
    const unknown = await parseFeedAsync(await load('schedules'), { feedTimeZone: 'Europe/Atlantis' });
    expect(expectFeed(unknown).maintenances.find((item) => item.id === '6')!.scheduledFor).to.equal(
      '2026-03-03T10:00:00.000Z',
    );
    expect(messages(unknown)[0]).to.match(/^\$: the time zone "Europe\/Atlantis" is not one this browser knows/);
  });

  it('status 0 unknown has no Statuspage state: degraded performance, and the word kept', async () => {
    const unknown = expectFeed(
      await parseFeedAsync(
        envelope([
          { id: 1, name: 'A', status: 0, group_id: 0, enabled: true },
          { id: 2, name: 'B', status: 1, group_id: 0, enabled: true },
        ]),
      ),
    );
    expect(unknown.components.map((item) => item.status)).to.deep.equal(['degraded_performance', 'operational']);
    expect(unknown.status).to.deep.equal({ indicator: 'minor', description: 'Unknown' });
    // a real problem beside it: no word for it
    const worse = expectFeed(
      await parseFeedAsync(
        envelope([
          { id: 1, name: 'A', status: 0, group_id: 0 },
          { id: 2, name: 'B', status: '2', group_id: 0 },
        ]),
      ),
    );
    expect(worse.status).to.deep.equal({ indicator: 'minor' });
  });

  it('unknown enums become the fallback, reported with their path', async () => {
    const components = await parseFeedAsync(envelope([{ id: 1, name: 'A', status: 9, group_id: 0 }]));
    expect(expectFeed(components).components[0]!.status).to.equal('degraded_performance');
    expect(messages(components)).to.deep.equal([
      '$.data[0].status: read the unknown Cachet component status the number 9 as "degraded_performance"',
    ]);
    const incidents = await parseFeedAsync(
      envelope([
        {
          id: 1,
          name: 'I',
          status: 7,
          visible: 1,
          occurred_at: '2026-03-03 10:00:00',
          updates: [{ id: 2, status: 'x', message: 'M', created_at: '2026-03-03 10:05:00' }],
        },
      ]),
      { feedTimeZone: 'UTC' },
    );
    expect(expectFeed(incidents).incidents[0]!.status).to.equal('update');
    expect(messages(incidents)).to.deep.equal([
      '$.data[0].status: read the unknown Cachet incident status the number 7 as "update"',
      '$.data[0].updates[0].status: read the unknown Cachet incident status the string "x" as "update"',
    ]);
    const schedules = await parseFeedAsync(
      envelope([
        { id: 1, name: 'S', status: 5, scheduled_at: '2026-03-03 10:00:00', completed_at: '2026-03-03 10:30:00' },
      ]),
      { feedTimeZone: 'UTC' },
    );
    expect(expectFeed(schedules).maintenances[0]!).to.include({ status: 'scheduled' });
    expect(expectFeed(schedules).maintenances[0]!.endedAt).to.equal(undefined);
    expect(messages(schedules)).to.deep.equal([
      '$.data[0].status: read the unknown Cachet schedule status the number 5 as "scheduled"',
    ]);
  });

  it('an incident said fixed whose newest update is not stays open', async () => {
    const feed = expectFeed(
      await parseFeedAsync(
        envelope([
          {
            id: 1,
            name: 'Reopened',
            status: 4,
            visible: 1,
            message: 'Down',
            occurred_at: '2026-03-03 10:00:00',
            created_at: '2026-03-03 10:00:00',
            updates: [
              { id: 3, status: 2, message: 'Back again', created_at: '2026-03-03 11:00:00' },
              { id: 2, status: 4, message: 'Fixed', created_at: '2026-03-03 10:30:00' },
            ],
          },
        ]),
        { feedTimeZone: 'UTC' },
      ),
    );
    expect(feed.incidents[0]!.status).to.equal('identified');
    expect(feed.incidents[0]!.endedAt).to.equal(undefined);
    expect(feed.status.indicator).to.equal('minor');
  });

  it('hidden incidents and disabled components are left out, as the public page does', async () => {
    const incidents = expectFeed(
      await parseFeedAsync(
        envelope([
          { id: 1, name: 'Hidden', status: 1, visible: 0, occurred_at: '2026-03-03 10:00:00' },
          { id: 2, name: 'Shown', status: 1, visible: 1, occurred_at: '2026-03-03 10:00:00' },
        ]),
      ),
    );
    expect(incidents.incidents.map((item) => item.id)).to.deep.equal(['2']);
    const components = expectFeed(
      await parseFeedAsync(
        envelope([
          { id: 1, name: 'Off', status: 4, group_id: 0, enabled: false },
          { id: 2, name: 'On', status: 1, group_id: 0, enabled: true },
        ]),
      ),
    );
    expect(components.components.map((item) => item.id)).to.deep.equal(['2']);
    expect(components.status.indicator).to.equal('none');
  });

  it('Cachet 2.3: an incident with status 0 is a scheduled maintenance', async () => {
    const feed = expectFeed(
      await parseFeedAsync(
        envelope([
          {
            id: 4,
            name: 'Upgrade',
            status: 0,
            visible: 1,
            message: 'Planned',
            component_id: 2,
            scheduled_at: '2026-03-10 02:00:00',
            created_at: '2026-03-01 09:00:00',
            updated_at: '2026-03-01 09:00:00',
          },
        ]),
        { feedTimeZone: 'UTC' },
      ),
    );
    expect(feed.incidents).to.deep.equal([]);
    expect(feed.maintenances[0]).to.deep.include({
      id: '4',
      kind: 'maintenance',
      status: 'scheduled',
      scheduledFor: '2026-03-10T02:00:00.000Z',
      componentIds: ['2'],
    });
  });

  it('an empty list is a feed with nothing in it; a list of something else is not Cachet', async () => {
    const empty = expectFeed(await parseFeedAsync(envelope([])));
    expect([empty.components.length, empty.incidents.length, empty.maintenances.length]).to.deep.equal([0, 0, 0]);
    const metrics = await parseFeedAsync(envelope([{ id: 1, name: 'Response time', suffix: 'ms', default_value: 0 }]));
    expect(metrics.ok || metrics.error.message).to.match(
      /^Found no Cachet components, incidents or schedules at \$\.data\[0\]/,
    );
    const none = parseFeed({ data: {} }, 'cachet');
    expect(none.ok || none.error.message).to.match(/^Found no Cachet data at \$: expected the/);
  });

  it('bad items are dropped with their path; bad input of every kind gives a result, never an exception', async () => {
    const dropped = await parseFeedAsync(
      envelope([null, { id: 1, name: 'A', status: 1, group_id: 0 }, { id: {}, name: 'B', status: 1 }]),
    );
    expect(expectFeed(dropped).components.map((item) => item.id)).to.deep.equal(['1']);
    expect(messages(dropped).join('\n')).to.include('$.data[2].id');

    await loadFeedFormat('cachet');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) cursor = (cursor.updates = {}) as Json;
    const inputs: unknown[] = [
      null,
      7,
      'x',
      [],
      { data: null, meta: {} },
      { data: [1, 'x', null], meta: {} },
      { data: [{ id: 1, name: 'A', status: null, group_id: null }], meta: null },
      {
        data: [{ id: 1, name: 'I', status: 1, visible: 1, occurred_at: 5, created_at: null, updates: 'x' }],
        meta: { pagination: { total: '9', count: 1 } },
      },
      { data: [{ id: 1, name: 'I', status: 1, visible: 1, updates: [deep, null] }], meta: {} },
      {
        data: [
          {
            id: 1,
            name: 'S',
            status: 1,
            scheduled_at: '2026-02-30 10:00:00',
            completed_at: 'x',
            components: [null, { component_id: null }],
          },
        ],
        meta: {},
      },
      { data: [{ id: 1, name: 'G', enabled_components: 'x' }], meta: {} },
      JSON.parse(
        '{"__proto__": {"polluted": true}, "meta": {}, "data": [{"__proto__": {"group_id": 1}, "id": 1, "name": "A", "status": 1, "constructor": {"prototype": {"polluted": true}}}]}',
      ),
      envelope([{ id: 1, name: 'x'.repeat(1_000_000), status: 1, group_id: 0, description: 'y'.repeat(1_000_000) }]),
      envelope(
        Array.from({ length: 20_000 }, (_, index) => ({
          id: index + 1,
          name: `I${index}`,
          status: 4,
          visible: 1,
          occurred_at: '2026-03-03 10:00:00',
          updates: [],
        })),
      ),
    ];
    for (const input of inputs) {
      const result = parseFeed(input, { format: 'cachet', feedTimeZone: 'Europe/Madrid' });
      expect(result).to.have.property('ok');
      if (result.ok) expectFeed(result);
      else expect(result.error.message).not.to.include('undefined');
    }
    expect(({} as Json).polluted).to.equal(undefined);
  });
});
