/**
 * Better Stack: the hand-written index.json (test/fixtures/handwritten/betterstack, citing the
 * docs it follows), counted against the raw JSON:API document; phases derived from the states
 * updates give resources, reports resolved with a null ends_at, maintenances, ids shared between
 * types, the page's zone.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import type { FeedResult } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
interface Item {
  id: string;
  type: string;
  attributes: Json & { status_report_id?: number; report_type?: string; status_page_section_id?: number };
  relationships?: { status_updates: { data: { id: string }[] } };
}
interface Raw {
  data: { type: string; attributes: Json };
  included: Item[];
}

const url = '/test/fixtures/handwritten/betterstack/index.handwritten.json';
const load = async (): Promise<Raw> => (await (await fetch(url)).json()) as Raw;
const ofType = (raw: Raw, type: string) => raw.included.filter((item) => item.type === type);
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message).join('\n') : '');

describe('Better Stack', () => {
  it('index.json by detection and by name: components, reports and updates as many as the raw JSON has', async () => {
    const raw = await load();
    const detected = await parseFeedAsync(raw);
    expect(detected.ok && detected.format).to.equal('betterstack');
    expect(detected.ok && detected.issues).to.deep.equal([]);
    const feed = expectFeed(detected);
    expect(expectFeed(await parseFeedAsync(JSON.stringify(raw), { format: 'betterstack' }))).to.deep.equal(feed);

    const resources = ofType(raw, 'status_page_resource');
    const reports = ofType(raw, 'status_report');
    expect(feed.components.map((item) => item.id)).to.deep.equal(resources.map((item) => item.id));
    const sections = new Map(ofType(raw, 'status_page_section').map((item) => [Number(item.id), item.attributes.name]));
    for (const resource of resources) {
      const read = feed.components.find((item) => item.id === resource.id)!;
      expect([read.name, read.group]).to.deep.equal([
        resource.attributes.public_name,
        sections.get(resource.attributes.status_page_section_id!),
      ]);
    }
    const manual = reports.filter((item) => item.attributes.report_type === 'manual');
    expect(feed.incidents.map((item) => item.id)).to.have.members(manual.map((item) => item.id));
    expect(feed.maintenances.map((item) => item.id)).to.deep.equal(
      reports.filter((item) => item.attributes.report_type === 'maintenance').map((item) => item.id),
    );
    for (const report of reports) {
      const read = [...feed.incidents, ...feed.maintenances].find((item) => item.id === report.id)!;
      const updates = ofType(raw, 'status_update').filter(
        (item) => String(item.attributes.status_report_id) === report.id,
      );
      expect(read.updates.map((item) => item.id)).to.have.members(updates.map((item) => item.id));
      expect(read.startedAt).to.equal(report.attributes.starts_at);
    }
  });

  it('the page: its name, custom domain, zone and update time; degraded is minor', async () => {
    const feed = expectFeed(await parseFeedAsync(await load()));
    expect(feed.page).to.deep.equal({
      name: 'Example Cloud',
      url: 'https://status.example.com',
      timeZone: 'Europe/London',
      updatedAt: '2026-03-03T09:51:02.448Z',
    });
    expect(feed.status).to.deep.equal({ indicator: 'minor' });
    expect(feed.components.find((item) => item.id === '8821302')?.status).to.equal('degraded_performance');
  });

  it('a resolved report (ends_at null) ends with its resolving update; its other updates are investigating', async () => {
    const feed = expectFeed(await parseFeedAsync(await load()));
    const resolved = feed.incidents.find((item) => item.id === '2231001')!;
    expect(resolved).to.include({ status: 'resolved', impact: 'minor', endedAt: '2026-02-26T15:32:09.877Z' });
    expect(resolved.updates.map((item) => item.status)).to.deep.equal(['resolved', 'investigating', 'investigating']);
    expect(resolved.componentIds).to.deep.equal(['8821303']);
    const open = feed.incidents.find((item) => item.id === '2231044')!;
    expect(open).to.include({ status: 'investigating', impact: 'minor' });
    expect(open.endedAt).to.equal(undefined);
  });

  it('a maintenance report: its window, scheduled until the clock says otherwise', async () => {
    const feed = expectFeed(await parseFeedAsync(await load()));
    const [maintenance] = feed.maintenances;
    expect(maintenance).to.include({
      kind: 'maintenance',
      impact: 'maintenance',
      status: 'scheduled',
      scheduledFor: '2026-03-10T02:00:00.000Z',
      scheduledUntil: '2026-03-10T03:00:00.000Z',
    });
    expect(maintenance!.updates.map((item) => item.status)).to.deep.equal(['scheduled']);
    expect(maintenance!.componentIds).to.deep.equal(['8821304']);
  });

  it("an update found by its status_report_id alone, or by the report's relationship alone", async () => {
    const raw = await load();
    const [first, second] = ofType(raw, 'status_update');
    delete first!.attributes.status_report_id;
    const report = ofType(raw, 'status_report').find((item) => item.id === '2231001')!;
    report.relationships!.status_updates.data = report.relationships!.status_updates.data.filter(
      (item) => item.id !== second!.id,
    );
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.incidents.find((item) => item.id === '2231001')!.updates).to.have.length(3);
  });

  it('ids are unique per type only: a section and a report with the same id are both kept', async () => {
    const raw = await load();
    const report = ofType(raw, 'status_report').find((item) => item.id === '2231044')!;
    const section = ofType(raw, 'status_page_section')[0]!;
    section.id = report.id;
    for (const resource of ofType(raw, 'status_page_resource')) {
      if (resource.attributes.status_page_section_id === 401120)
        resource.attributes.status_page_section_id = Number(report.id);
    }
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(feed.incidents.map((item) => item.id)).to.include(report.id);
    expect(feed.components.filter((item) => item.group === 'Application')).to.have.length(3);
    expect(messages(result)).to.equal('');
  });

  it('downtime is a major outage, not_monitored operational, a downtime page major', async () => {
    const raw = await load();
    const [website, api] = ofType(raw, 'status_page_resource');
    website!.attributes.status = 'not_monitored';
    api!.attributes.status = 'downtime';
    raw.data.attributes.aggregate_state = 'downtime';
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.components.slice(0, 2).map((item) => item.status)).to.deep.equal(['operational', 'major_outage']);
    expect(feed.status.indicator).to.equal('major');
  });

  it('an open report stays open even when its newest update resolves its resources', async () => {
    const raw = await load();
    const update = ofType(raw, 'status_update').find((item) => item.id === '5520310')!;
    update.attributes.affected_resources = [{ status_page_resource_id: '8821302', status: 'resolved' }];
    const feed = expectFeed(await parseFeedAsync(raw));
    const open = feed.incidents.find((item) => item.id === '2231044')!;
    expect(open.status).to.equal('investigating');
    expect(open.updates[0]!.status).to.equal('resolved');
    expect(open.endedAt).to.equal(undefined);
  });

  it('unknown enums become fallbacks, reported with their paths; an unknown report state is open', async () => {
    const raw = await load();
    raw.included[2]!.attributes.status = 'exploded';
    const resolved = ofType(raw, 'status_report').find((item) => item.id === '2231001')!;
    resolved.attributes.aggregate_state = 'closed';
    resolved.attributes.report_type = 'postmortem';
    raw.data.attributes.aggregate_state = 'sunny';
    raw.data.attributes.timezone = 'London';
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(feed.components[0]!.status).to.equal('operational');
    // an unknown report state is open, and an open report is not resolved by its updates
    const report = feed.incidents.find((item) => item.id === '2231001')!;
    expect(report.status).to.equal('investigating');
    expect(report.endedAt).to.equal(undefined);
    expect(feed.page.timeZone).to.equal(undefined);
    const text = messages(result);
    expect(text).to.include(
      '$.included[2].attributes.status: read the unknown Better Stack resource status the string "exploded" as "operational"',
    );
    expect(text).to.include(
      '$.included[6].attributes.aggregate_state: read the unknown Better Stack state the string "closed" as "degraded_performance"',
    );
    expect(text).to.include(
      '$.included[6].attributes.report_type: read the unknown Better Stack report type the string "postmortem" as "incident"',
    );
    expect(text)
      .to.include('$.data.attributes.aggregate_state')
      .and.include('$.data.attributes.timezone: ignored the time zone "London"');
    expect(text).not.to.include('undefined');
  });

  it('named as Better Stack, a document whose data has another type is still read, and reported', async () => {
    const raw = await load();
    raw.data.type = 'page';
    expect((await parseFeedAsync(raw)).ok).to.equal(false);
    const result = await parseFeedAsync(raw, 'betterstack');
    expect(expectFeed(result).components).to.have.length(4);
    expect(messages(result)).to.equal('$.data.type: expected "status_page": read it as the status page');
  });

  it('bad input of every kind gives a result, never an exception', async () => {
    await loadFeedFormat('betterstack');
    const page = { type: 'status_page', attributes: { company_name: 'X' } };
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) {
      const next: Json = {};
      cursor.attributes = next;
      cursor = next;
    }
    const inputs: unknown[] = [
      null,
      'data',
      { data: null },
      { data: { type: 'status_page', attributes: 'x' } },
      { data: page, included: 'all' },
      {
        data: page,
        included: [null, 1, { id: null, type: 'status_report' }, { id: '1', type: 'status_report', attributes: deep }],
      },
      {
        data: page,
        included: [
          { id: '1', type: 'status_report', attributes: { title: 7, starts_at: 'soon', affected_resources: 'x' } },
        ],
      },
      {
        data: page,
        included: [
          {
            id: '1',
            type: 'status_update',
            attributes: { published_at: '2026-03-03T10:00:00Z', status_report_id: {} },
          },
        ],
      },
      JSON.parse(
        '{"__proto__": {"polluted": true}, "data": {"type": "status_page", "constructor": {"prototype": {"polluted": true}}}}',
      ),
      {
        data: page,
        included: Array.from({ length: 20_000 }, (_, index) => ({
          id: String(index),
          type: 'status_page_resource',
          attributes: { public_name: 'x'.repeat(500), status: 'operational' },
        })),
      },
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'betterstack');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
    }
    expect(({} as Json).polluted).to.equal(undefined);
    const wrong = parseFeed({ data: [] }, 'betterstack');
    expect(wrong.ok || wrong.error.message).to.equal(
      'Found no Better Stack data at $: expected a JSON:API document whose data is a "status_page"',
    );
  });
});
