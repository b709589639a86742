/**
 * status.io: the three real captures of its public status API in the corpus and a hand-written
 * page whose components have several containers (test/fixtures/handwritten/statusio, citing its
 * sources), each counted against the raw JSON; status codes 100–600 (600, the security event,
 * with the feed's own words), message states, containers as components, open incidents.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import type { FeedResult, StatusFeed } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
interface Event {
  _id: string;
  datetime_open: string;
  datetime_planned_start?: string;
  messages: { state: number; datetime: string }[];
  components_affected: { _id: string }[];
}
interface Raw {
  result: {
    status_overall: { status: string; status_code: number; updated: string };
    status: { id: string; name: string; status_code: number; containers: { id: string; name: string }[] }[];
    incidents: Event[];
    maintenance: { active: Event[]; upcoming: Event[] };
  };
}

const load = async (url: string): Promise<Raw> => (await (await fetch(url)).json()) as Raw;
const corpus = (name: string) => `/__corpus__/files/statusio/statuscheck__${name}.json`;
const containers = '/test/fixtures/handwritten/statusio/status-containers.handwritten.json';
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message).join('\n') : '');

/** The counts every status.io feed must keep: a component per component, or per container of one with several. */
function expectCounts(feed: StatusFeed, raw: Raw): void {
  const { status, incidents, maintenance } = raw.result;
  expect(feed.components.length).to.equal(
    status.reduce((sum, item) => sum + (item.containers.length < 2 ? 1 : item.containers.length), 0),
  );
  expect(feed.incidents.map((item) => item.id)).to.have.members(incidents.map((item) => item._id));
  expect(feed.maintenances.map((item) => item.id)).to.have.members(
    [...maintenance.active, ...maintenance.upcoming].map((item) => item._id),
  );
  for (const item of [...incidents, ...maintenance.active, ...maintenance.upcoming]) {
    const read = [...feed.incidents, ...feed.maintenances].find((entry) => entry.id === item._id)!;
    expect(read.updates.length, item._id).to.equal(item.messages.length);
    const start = item.datetime_planned_start ?? item.datetime_open;
    expect(read.startedAt).to.equal(new Date(start).toISOString());
  }
  expect(feed.page.updatedAt).to.equal(raw.result.status_overall.updated);
  // no incident listed by status.io is over: it resolves them by taking them off the list
  expect(feed.incidents.every((item) => item.endedAt === undefined && item.status !== 'resolved')).to.equal(true);
}

describe('status.io', () => {
  it('reads every capture by detection and by name, with the counts of the raw JSON', async () => {
    for (const name of ['docker_partial', 'gitlab_maintenance', 'gitlab_security']) {
      const raw = await load(corpus(name));
      const detected = await parseFeedAsync(raw);
      expect(detected.ok && detected.format, name).to.equal('statusio');
      expectCounts(expectFeed(detected), raw);
      const named = await parseFeedAsync(JSON.stringify(raw), { format: 'statusio' });
      expect(expectFeed(named)).to.deep.equal(expectFeed(detected));
      expect(named.ok && named.issues).to.deep.equal([]);
    }
  });

  it("400 Partial Service Disruption: minor, with the feed's words; the incident is investigating", async () => {
    const feed = expectFeed(await parseFeedAsync(await load(corpus('docker_partial'))));
    expect(feed.status).to.deep.equal({ indicator: 'minor', description: 'Partial Service Disruption' });
    expect(feed.components.find((item) => item.name === 'Docker Hub Automated Builds')?.status).to.equal(
      'partial_outage',
    );
    expect(feed.components.filter((item) => item.status !== 'operational').length).to.equal(1);
    const [incident] = feed.incidents;
    expect(incident).to.include({ status: 'investigating', impact: 'minor', startedAt: '2020-07-16T17:22:08.325Z' });
    expect(incident!.componentIds).to.deep.equal(['5342bc9420974b775d000008']);
    expect(feed.page).to.deep.equal({ name: '', updatedAt: '2020-07-16T17:22:25.333Z' });
  });

  it('600 Security Event: critical overall, major outage for a component, "Security Issue" kept', async () => {
    const raw = await load(corpus('gitlab_security'));
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.status).to.deep.equal({ indicator: 'critical', description: 'Security Issue' });
    const security = raw.result.status.filter((item) => item.status_code === 600).map((item) => item.id);
    expect(feed.components.filter((item) => item.status === 'major_outage').map((item) => item.id)).to.deep.equal(
      security,
    );
    const [incident] = feed.incidents;
    expect(incident).to.include({ impact: 'critical', status: 'identified' });
    expect(incident!.componentIds).to.have.members(
      raw.result.incidents[0]!.components_affected.map((item) => item._id),
    );
    expect(incident!.updates.map((item) => item.at)).to.deep.equal([
      '2020-02-09T18:42:33.493Z',
      '2020-02-07T15:51:25.269Z',
    ]);
  });

  it('an active maintenance is in progress; the page\'s "Planned Maintenance" does not hide an open incident', async () => {
    const raw = await load(corpus('gitlab_maintenance'));
    const feed = expectFeed(await parseFeedAsync(raw));
    const [maintenance] = feed.maintenances;
    expect(maintenance).to.include({
      kind: 'maintenance',
      status: 'in_progress',
      impact: 'maintenance',
      scheduledFor: '2020-09-02T17:55:00.000Z',
      scheduledUntil: '2020-09-07T17:55:00.000Z',
    });
    expect(maintenance!.updates.map((item) => item.status)).to.deep.equal(['in_progress', 'scheduled']);
    expect(maintenance!.endedAt).to.equal(undefined);
    // status_overall says 200, but the open incident (status 400) is worse: the words go with the 200
    expect(raw.result.status_overall.status_code).to.equal(200);
    expect(feed.status).to.deep.equal({ indicator: 'minor' });
    expect(feed.components.find((item) => item.name === 'dashboards.gitlab.com')?.status).to.equal('under_maintenance');
    // \r\n in the details becomes \n
    expect(feed.incidents[0]!.updates[0]!.body).to.include('exists.\n\nA fix').and.not.include('\r');
  });

  it('a component with several containers is a group of them; incidents name the containers affected', async () => {
    const raw = await load(containers);
    const feed = expectFeed(await parseFeedAsync(raw));
    expectCounts(feed, raw);
    const [website, mobile, api] = raw.result.status;
    const [virginia, ireland] = mobile!.containers;
    expect(feed.components.map((item) => [item.id, item.name, item.group, item.status])).to.deep.equal([
      [website!.id, 'Website', undefined, 'operational'],
      [`${mobile!.id}/${virginia!.id}`, 'Virginia', 'Mobile App', 'partial_outage'],
      [`${mobile!.id}/${ireland!.id}`, 'Ireland', 'Mobile App', 'operational'],
      [`${api!.id}/${virginia!.id}`, 'Virginia', 'API', 'operational'],
      [`${api!.id}/${ireland!.id}`, 'Ireland', 'API', 'operational'],
    ]);
    const [incident] = feed.incidents;
    expect(incident!.componentIds).to.deep.equal([`${mobile!.id}/${virginia!.id}`]);
    expect(incident).to.include({ status: 'monitoring', impact: 'minor' });
    expect(incident!.updates.map((item) => item.status)).to.deep.equal(['monitoring', 'investigating']);
    const [maintenance] = feed.maintenances;
    expect(maintenance!.componentIds).to.deep.equal([`${api!.id}/${ireland!.id}`, `${mobile!.id}/${ireland!.id}`]);
    expect(maintenance).to.include({ status: 'scheduled', scheduledFor: '2026-03-10T02:00:00.000Z' });
  });

  it('an incident naming none of the containers of a split component names all of them', async () => {
    const raw = await load(containers);
    const incident = raw.result.incidents[0] as unknown as Json;
    delete incident.containers_affected;
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.incidents[0]!.componentIds).to.have.length(2);
  });

  it('reads the same keys without the result envelope', async () => {
    const raw = await load(corpus('docker_partial'));
    const bare = expectFeed(await parseFeedAsync(raw.result, { format: 'statusio' }));
    expect(bare).to.deep.equal(expectFeed(await parseFeedAsync(raw)));
    expect((await parseFeedAsync(raw.result)).ok && 'detected').to.equal('detected');
  });

  it('unknown codes and states become fallbacks, reported with their paths', async () => {
    const raw = await load(corpus('docker_partial'));
    raw.result.status[0]!.status_code = 700;
    raw.result.incidents[0]!.messages[0]!.state = 400;
    raw.result.status_overall.status_code = 650;
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(feed.components[0]!.status).to.equal('operational');
    expect(feed.incidents[0]!.status).to.equal('update');
    expect(feed.status).to.deep.equal({ indicator: 'minor', description: 'Partial Service Disruption' });
    const text = messages(result);
    expect(text).to.include(
      '$.result.status[0].status_code: read the unknown status.io status code the number 700 as "operational"',
    );
    expect(text).to.include(
      '$.result.incidents[0].messages[0].state: read the unknown status.io message state the number 400 as "update"',
    );
    expect(text).to.include('$.result.status_overall.status_code').and.not.include('undefined');
  });

  it('an open incident is never resolved, whatever its messages', async () => {
    const raw = await load(corpus('docker_partial'));
    const incident = raw.result.incidents[0]! as unknown as Json;
    incident.messages = [{ details: 'Fixed.', state: 'resolved', status: 100, datetime: '2020-07-16T18:00:00.000Z' }];
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.incidents[0]).to.include({ status: 'update', impact: 'none' });
    expect(feed.incidents[0]!.endedAt).to.equal(undefined);
    incident.messages = [];
    const bare = expectFeed(await parseFeedAsync(raw));
    expect(bare.incidents[0]).to.include({ status: 'update', startedAt: '2020-07-16T17:22:08.325Z' });
  });

  it('its component list alone, or its incident list alone, is a feed', async () => {
    const raw = await load(corpus('docker_partial'));
    // status.io always sends status_overall, which detection looks for: these name the format
    const components = expectFeed(await parseFeedAsync({ result: { status: raw.result.status } }, 'statusio'));
    expect(components.components).to.have.length(8);
    expect(components.status.indicator).to.equal('minor');
    const incidents = expectFeed(await parseFeedAsync({ result: { incidents: raw.result.incidents } }, 'statusio'));
    expect([incidents.components.length, incidents.incidents.length]).to.deep.equal([0, 1]);
  });

  it('bad input of every kind gives a result, never an exception', async () => {
    await loadFeedFormat('statusio');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) {
      const next: Json = {};
      cursor.containers = [next];
      cursor = next;
    }
    const overall = { status_overall: { status: 'Operational', status_code: 100 } };
    const inputs: unknown[] = [
      null,
      7,
      'result',
      [],
      { result: null },
      { result: { status_overall: 'up' } },
      { result: { ...overall, status: 'all good' } },
      { result: { ...overall, status: [null, 1, { id: {}, name: 'A', status_code: 100 }, deep] } },
      { result: { ...overall, incidents: [{ _id: 'x', name: 'X', messages: [null, { state: 100 }] }] } },
      {
        result: {
          ...overall,
          maintenance: { active: 'none', upcoming: [{ _id: 1, name: 'M', datetime_planned_start: 'soon' }] },
        },
      },
      JSON.parse(
        '{"__proto__": {"polluted": true}, "result": {"status_overall": {"status_code": 100}, "constructor": {"prototype": {"polluted": true}}}}',
      ),
      {
        result: {
          ...overall,
          incidents: Array.from({ length: 20_000 }, (_, index) => ({
            _id: `i${index}`,
            name: 'x'.repeat(1000),
            datetime_open: '2026-03-03T09:00:00Z',
          })),
        },
      },
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'statusio');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
    }
    expect(({} as Json).polluted).to.equal(undefined);
    const wrong = parseFeed({ page: { name: 'X' } }, 'statusio');
    expect(wrong.ok || wrong.error.message).to.equal(
      'Found no status.io data at $: expected an object (or its "result") with one of status_overall, status, incidents, maintenance',
    );
  });
});
