/**
 * OpenStatus: the hand-written feed/json (test/fixtures/handwritten/openstatus, following the
 * route in openstatusHQ/openstatus), counted against the raw JSON; components from page
 * components and monitors, static components, maintenances placed by the feed's own time, the
 * older feed with monitors only.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import type { FeedResult } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
interface Raw {
  status: string;
  updatedAt?: string;
  monitors: { id: number; name: string; status: string }[];
  pageComponents?: { id: number; name: string; monitorId: number | null; groupId: number | null }[];
  pageComponentGroups: { id: number; name: string }[];
  maintenances: { id: number; from: string; to: string; pageComponents?: number[]; monitors: number[] }[];
  statusReports: {
    id: number;
    status: string;
    pageComponents?: number[];
    monitors: number[];
    statusReportUpdates: { id: number; status: string; date: string }[];
  }[];
}

const load = async (): Promise<Raw> =>
  (await (await fetch('/test/fixtures/handwritten/openstatus/feed.handwritten.json')).json()) as Raw;
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message).join('\n') : '');

describe('OpenStatus', () => {
  it('feed/json by detection and by name: as many components, reports, maintenances and updates as the raw JSON', async () => {
    const raw = await load();
    const detected = await parseFeedAsync(raw);
    expect(detected.ok && detected.format).to.equal('openstatus');
    expect(detected.ok && detected.issues).to.deep.equal([]);
    const feed = expectFeed(detected);
    expect(expectFeed(await parseFeedAsync(JSON.stringify(raw), { format: 'openstatus' }))).to.deep.equal(feed);

    const groups = new Map(raw.pageComponentGroups.map((group) => [group.id, group.name]));
    expect(feed.components.map((item) => [item.id, item.name, item.group])).to.deep.equal(
      raw.pageComponents!.map((item) => [
        String(item.id),
        item.name,
        item.groupId === null ? undefined : groups.get(item.groupId),
      ]),
    );
    expect(feed.incidents.map((item) => item.id)).to.have.members(raw.statusReports.map((item) => String(item.id)));
    for (const report of raw.statusReports) {
      const read = feed.incidents.find((item) => item.id === String(report.id))!;
      expect(read.updates.map((item) => item.id)).to.deep.equal(
        report.statusReportUpdates.map((item) => String(item.id)),
      );
      expect(read.componentIds).to.deep.equal(report.pageComponents!.map(String));
      expect(read.startedAt).to.equal(report.statusReportUpdates.at(-1)!.date);
    }
    expect(feed.maintenances.map((item) => [item.id, item.updates.length])).to.deep.equal(
      raw.maintenances.map((item) => [String(item.id), 1]),
    );
    expect(feed.page).to.deep.equal({ name: 'Example Cloud Status' });
  });

  it("statuses: a monitor's for its component, report phases as named, the resolving update ends a report", async () => {
    const feed = expectFeed(await parseFeedAsync(await load()));
    expect(feed.components.map((item) => item.status)).to.deep.equal([
      'operational',
      'degraded_performance',
      'operational',
      'operational',
    ]);
    expect(feed.status).to.deep.equal({ indicator: 'minor' });
    const [open, resolved] = feed.incidents;
    expect(open).to.include({ id: '517', status: 'identified', impact: 'minor' });
    expect(open!.endedAt).to.equal(undefined);
    expect(resolved).to.include({ id: '503', status: 'resolved', endedAt: '2026-02-26T15:32:00.000Z' });
    expect(resolved!.updates.map((item) => item.status)).to.deep.equal(['resolved', 'monitoring', 'investigating']);
  });

  it("a maintenance is placed by the feed's own time: scheduled, under way, completed", async () => {
    const raw = await load();
    const at = async (time: string | undefined) => {
      raw.updatedAt = time;
      return expectFeed(await parseFeedAsync(raw));
    };
    let feed = await at('2026-03-03T10:30:04.512Z');
    expect(feed.maintenances[0]).to.include({
      status: 'scheduled',
      scheduledFor: '2026-03-10T02:00:00.000Z',
      scheduledUntil: '2026-03-10T03:00:00.000Z',
    });
    expect(feed.maintenances[0]!.updates[0]).to.include({ status: 'scheduled', at: '2026-03-03T10:12:44.000Z' });
    feed = await at('2026-03-10T02:30:00.000Z');
    expect(feed.maintenances[0]!.status).to.equal('in_progress');
    expect(feed.maintenances[0]!.endedAt).to.equal(undefined);
    feed = await at('2026-03-10T03:00:00.000Z');
    expect(feed.maintenances[0]).to.include({ status: 'completed', endedAt: '2026-03-10T03:00:00.000Z' });
    feed = await at(undefined);
    expect(feed.maintenances[0]!.status).to.equal('scheduled');
  });

  it('a static component (no monitor): degraded while an open report names it, under maintenance in a window', async () => {
    const raw = await load();
    raw.status = 'success';
    raw.monitors = raw.monitors.map((monitor) => ({ ...monitor, status: 'success' }));
    raw.statusReports.shift();
    const [report] = raw.statusReports;
    report!.status = 'monitoring';
    report!.statusReportUpdates.shift();
    let feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.components.find((item) => item.id === '304')?.status).to.equal('degraded_performance');
    expect(feed.components.filter((item) => item.status !== 'operational')).to.have.length(1);
    // the page's own status counts monitors only: the open report on the static component is worse
    expect(feed.status.indicator).to.equal('minor');

    raw.statusReports = [];
    raw.maintenances[0]!.pageComponents = [304];
    raw.updatedAt = '2026-03-10T02:30:00.000Z';
    feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.components.find((item) => item.id === '304')?.status).to.equal('under_maintenance');
    expect(feed.status.indicator).to.equal('maintenance');
  });

  it('the older feed: monitors are the components, and reports and maintenances name monitors', async () => {
    const raw = await load();
    delete raw.pageComponents;
    for (const item of [...raw.statusReports, ...raw.maintenances]) delete item.pageComponents;
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.components.map((item) => [item.id, item.status])).to.deep.equal(
      raw.monitors.map((item) => [String(item.id), item.status === 'success' ? 'operational' : 'degraded_performance']),
    );
    expect(feed.incidents.find((item) => item.id === '517')!.componentIds).to.deep.equal(['1202']);
    expect(feed.maintenances[0]!.componentIds).to.deep.equal(['1202', '1203']);
  });

  it('with page components, a report that names monitors only names their components', async () => {
    const raw = await load();
    for (const item of [...raw.statusReports, ...raw.maintenances]) delete item.pageComponents;
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.incidents.find((item) => item.id === '517')!.componentIds).to.deep.equal(['302']);
    expect(feed.maintenances[0]!.componentIds).to.deep.equal(['302', '303']);
  });

  it('page statuses: error is major, info maintenance', async () => {
    const raw = await load();
    raw.status = 'error';
    expect(expectFeed(await parseFeedAsync(raw)).status.indicator).to.equal('major');
    raw.status = 'info';
    raw.statusReports = [];
    raw.monitors = raw.monitors.map((monitor) => ({ ...monitor, status: 'info' }));
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.status.indicator).to.equal('maintenance');
    expect(feed.components.slice(0, 3).every((item) => item.status === 'under_maintenance')).to.equal(true);
  });

  it('an open report is never resolved by its updates; a report without updates starts when last changed', async () => {
    const raw = await load();
    raw.statusReports[0]!.statusReportUpdates[0]!.status = 'resolved';
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.incidents.find((item) => item.id === '517')).to.include({ status: 'identified' });
    expect(feed.incidents.find((item) => item.id === '517')!.endedAt).to.equal(undefined);
    raw.statusReports[0]!.statusReportUpdates = [];
    const bare = expectFeed(await parseFeedAsync(raw)).incidents.find((item) => item.id === '517')!;
    expect(bare).to.include({ status: 'identified', startedAt: '2026-03-03T10:18:27.000Z' });
  });

  it('unknown statuses become fallbacks, reported with their paths', async () => {
    const raw = await load();
    raw.statusReports[0]!.statusReportUpdates[0]!.status = 'fixed';
    raw.monitors[0]!.status = 'unknown';
    raw.status = 'purple';
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(feed.incidents[0]!.updates[0]!.status).to.equal('update');
    expect(feed.components[0]!.status).to.equal('operational');
    const text = messages(result);
    expect(text).to.include(
      '$.statusReports[0].statusReportUpdates[0].status: read the unknown OpenStatus report status the string "fixed" as "update"',
    );
    expect(text).to.include(
      '$.monitors[0].status: read the unknown OpenStatus monitor status the string "unknown" as "operational"',
    );
    expect(text).to.include('$.status: read the unknown OpenStatus page status the string "purple" as "minor"');
  });

  it('bad input of every kind gives a result, never an exception', async () => {
    await loadFeedFormat('openstatus');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) {
      const next: Json = {};
      cursor.statusReportUpdates = [next];
      cursor = next;
    }
    const inputs: unknown[] = [
      null,
      [],
      'statusReports',
      { statusReports: 'none' },
      {
        statusReports: [
          null,
          1,
          deep,
          { id: 1, title: 'X', statusReportUpdates: [{ status: 'resolved', date: 'soon' }] },
        ],
      },
      { statusReports: [], pageComponents: [{ id: 1, name: 'A', monitorId: {}, groupId: 99 }], monitors: 'x' },
      {
        statusReports: [],
        maintenances: [{ id: 1, from: '2026-03-10T02:00:00Z', to: 'later', pageComponents: [null] }],
      },
      JSON.parse(
        '{"__proto__": {"polluted": true}, "statusReports": [], "constructor": {"prototype": {"polluted": true}}}',
      ),
      {
        statusReports: Array.from({ length: 20_000 }, (_, index) => ({
          id: index,
          title: 'x'.repeat(500),
          status: 'resolved',
          statusReportUpdates: [{ id: index, status: 'resolved', message: '', date: '2026-03-03T10:00:00Z' }],
        })),
      },
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'openstatus');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
    }
    expect(({} as Json).polluted).to.equal(undefined);
    const wrong = parseFeed({ title: 'X' }, 'openstatus');
    expect(wrong.ok || wrong.error.message).to.equal(
      'Found no OpenStatus data at $: expected an object with one of statusReports, maintenances, pageComponents, monitors',
    );
  });
});
