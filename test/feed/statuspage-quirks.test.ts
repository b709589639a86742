/** The Statuspage adapter, one quirk of real feeds per test (see the corpus's SOURCES.md). */
import { expect } from '@open-wc/testing';
import type { FeedResult, StatusFeed } from '../../src/feed/index.js';
import {
  COMPONENT_STATUSES as COMPONENT_STATUS_VALUES,
  INDICATORS as INDICATOR_VALUES,
  PHASES as PHASE_VALUES,
  parseFeed,
} from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Raw = Record<string, unknown>;

/** A list of values as the messages name them: "a", "b". */
const quoted = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(', ');
const INDICATORS = quoted(INDICATOR_VALUES);
const COMPONENT_STATUSES = quoted(COMPONENT_STATUS_VALUES);
const PHASES = quoted(PHASE_VALUES);

const PAGE = { id: 'pg1', name: 'Acme', url: 'https://status.acme.test', time_zone: 'Etc/UTC', updated_at: '2026-04-17T13:00:00.000Z' };

function update(status: string, at: string, extra: Raw = {}): Raw {
  return { id: `u-${status}-${at}`, status, body: `${status} text`, created_at: at, updated_at: at, display_at: at, affected_components: null, ...extra };
}

function incident(id: string, extra: Raw = {}): Raw {
  return {
    id,
    name: `Incident ${id}`,
    status: 'resolved',
    impact: 'minor',
    created_at: '2026-04-17T10:00:00.000Z',
    updated_at: '2026-04-17T12:00:00.000Z',
    started_at: '2026-04-17T10:00:00.000Z',
    resolved_at: '2026-04-17T12:00:00.000Z',
    monitoring_at: null,
    shortlink: `https://stspg.io/${id}`,
    page_id: 'pg1',
    components: [],
    incident_updates: [update('resolved', '2026-04-17T12:00:00.000Z'), update('investigating', '2026-04-17T10:00:00.000Z')],
    ...extra,
  };
}

function parse(raw: unknown): { feed: StatusFeed; result: FeedResult & { ok: true } } {
  const result = parseFeed(JSON.stringify(raw), { format: 'statuspage' });
  const feed = expectFeed(result);
  return { feed, result: result as FeedResult & { ok: true } };
}

function messages(result: FeedResult): string[] {
  return result.ok ? result.issues.map((issue) => issue.message) : [];
}

async function corpusFeed(path: string): Promise<StatusFeed> {
  return expectFeed(parseFeed(await (await fetch(`/__corpus__/files/${path}`)).text()));
}

describe('statuspage adapter: quirks of real feeds', () => {
  it('nulls where values are expected', () => {
    const { feed, result } = parse({
      page: PAGE,
      incidents: [
        incident('n1', {
          shortlink: null,
          started_at: null,
          components: null,
          incident_updates: [update('investigating', '2026-04-17T10:00:00.000Z', { body: null, id: null })],
          status: 'investigating',
          resolved_at: null,
        }),
      ],
      components: [{ id: 'c1', name: 'API', status: 'operational', description: null, group_id: null, group: false }],
    });
    const [read] = feed.incidents;
    expect(read?.url).to.equal('https://status.acme.test/incidents/n1');
    expect(read?.startedAt).to.equal('2026-04-17T10:00:00.000Z');
    expect(read?.componentIds).to.deep.equal([]);
    expect(read?.updates[0]).to.deep.equal({ status: 'investigating', at: '2026-04-17T10:00:00.000Z', body: '' });
    expect(read).not.to.have.property('endedAt');
    expect(feed.components[0]).to.deep.equal({ id: 'c1', name: 'API', status: 'operational' });
    expect(result.issues).to.deep.equal([]);
  });

  it('missing keys (incident.io): no shortlink, started_at, components or page time zone', () => {
    const bare = { id: '01KMH5C6HVAYJ9SS3REEAWXB6R', name: 'Errors', status: 'resolved', impact: 'minor', created_at: '2026-03-25T00:12:41Z', resolved_at: '2026-03-25T19:58:36Z' };
    const { feed } = parse({
      page: { id: '01JMDK9XYNY6RXSED6SDWW50WY', name: 'OpenAI', url: 'https://status.example.test/', updated_at: '2026-03-25T21:45:05Z' },
      incidents: [{ ...bare, incident_updates: [{ id: '01KMH5', status: 'resolved', body: '', created_at: '2026-03-25T19:58:36Z', display_at: '2026-03-25T19:58:36Z' }] }],
    });
    expect(feed.page).to.deep.equal({ name: 'OpenAI', url: 'https://status.example.test/', updatedAt: '2026-03-25T21:45:05.000Z' });
    const [read] = feed.incidents;
    expect(read?.id).to.equal('01KMH5C6HVAYJ9SS3REEAWXB6R');
    expect(read?.url).to.equal('https://status.example.test/incidents/01KMH5C6HVAYJ9SS3REEAWXB6R');
    expect(read?.startedAt).to.equal('2026-03-25T00:12:41.000Z');
    expect(read?.endedAt).to.equal('2026-03-25T19:58:36.000Z');
    expect(read?.updates.map((u) => u.body)).to.deep.equal(['']);
  });

  it('the string "[]" where a list is expected', () => {
    const { feed, result } = parse({
      page: PAGE,
      components: '[]',
      scheduled_maintenances: '[]',
      incidents: [incident('s1', { components: '[]', incident_updates: [update('resolved', '2026-04-17T12:00:00.000Z', { affected_components: '[]' })] })],
    });
    expect(feed.components).to.deep.equal([]);
    expect(feed.maintenances).to.deep.equal([]);
    expect(feed.incidents[0]?.updates).to.have.length(1);
    expect(result.issues).to.deep.equal([]);
    const empty = parse({ page: PAGE, incidents: [incident('s2', { incident_updates: '[]' })] });
    expect(empty.feed.incidents[0]?.updates).to.deep.equal([]);
  });

  it('local offsets (-04:00) are normalized to UTC', async () => {
    const { feed } = parse({
      page: { ...PAGE, time_zone: 'America/New_York', updated_at: '2026-05-13T14:16:07.149-04:00' },
      incidents: [incident('o1', { started_at: '2026-05-13T14:15:17.609-04:00', resolved_at: '2026-05-13T20:00:00+02:00', incident_updates: [update('resolved', '2026-05-13T14:16:07.136-04:00')] })],
    });
    expect(feed.page.updatedAt).to.equal('2026-05-13T18:16:07.149Z');
    expect(feed.incidents[0]?.startedAt).to.equal('2026-05-13T18:15:17.609Z');
    expect(feed.incidents[0]?.endedAt).to.equal('2026-05-13T18:00:00.000Z');
    expect(feed.incidents[0]?.updates[0]?.at).to.equal('2026-05-13T18:16:07.136Z');
    const nyu = await corpusFeed('statuspage/statuspage-embed__maintenance_update-2_in-progress.json');
    expect(nyu.maintenances[0]?.scheduledFor).to.equal('2026-05-13T18:16:00.000Z');
    expect(nyu.maintenances[0]?.scheduledUntil).to.equal('2026-05-13T18:17:00.000Z');
  });

  it('display_at back-dated before created_at: the update time is display_at, ordered by it', () => {
    const { feed } = parse({
      page: PAGE,
      incidents: [
        incident('b1', {
          started_at: undefined,
          created_at: '2026-03-17T03:06:13Z',
          status: 'monitoring',
          incident_updates: [
            update('monitoring', '2026-03-17T03:10:51Z', { display_at: '2026-03-17T03:17:00Z' }),
            update('identified', '2026-03-17T03:06:13Z', { display_at: '2026-03-17T02:42:00Z' }),
            update('investigating', '2026-03-17T03:20:00Z', { display_at: '2026-03-17T02:50:00Z' }),
          ],
        }),
      ],
    });
    const [read] = feed.incidents;
    expect(read?.updates.map((u) => [u.status, u.at])).to.deep.equal([
      ['monitoring', '2026-03-17T03:17:00.000Z'],
      ['investigating', '2026-03-17T02:50:00.000Z'],
      ['identified', '2026-03-17T02:42:00.000Z'],
    ]);
    // Without started_at the incident begins with its earliest update, not after it.
    expect(read?.startedAt).to.equal('2026-03-17T02:42:00.000Z');
  });

  it('updates published at the same instant keep the feed order (stable sort)', () => {
    const at = '2026-04-17T11:00:00.000Z';
    const { feed } = parse({
      page: PAGE,
      incidents: [incident('t1', { incident_updates: [update('identified', at, { id: 'first' }), update('identified', at, { id: 'second' }), update('investigating', at, { id: 'third' })] })],
    });
    expect(feed.incidents[0]?.updates.map((u) => u.id)).to.deep.equal(['first', 'second', 'third']);
  });

  it('equal old and new component status still names the affected component', () => {
    const same = { code: 'c1', name: 'API', old_status: 'partial_outage', new_status: 'partial_outage' };
    const { feed } = parse({
      page: PAGE,
      components: [{ id: 'c1', name: 'API', status: 'partial_outage' }],
      incidents: [incident('e1', { components: undefined, impact: undefined, status: 'investigating', incident_updates: [update('investigating', '2026-04-17T10:00:00.000Z', { affected_components: [same] })] })],
    });
    expect(feed.incidents[0]?.componentIds).to.deep.equal(['c1']);
    // No impact given: the affected component's partial outage makes it minor.
    expect(feed.incidents[0]?.impact).to.equal('minor');
  });

  it('group components are headings: their name labels their children, found by group_id or by the group\'s list', () => {
    const { feed } = parse({
      page: PAGE,
      components: [
        { id: 'child-a', name: 'Builds', status: 'operational', group_id: 'grp-1', group: false },
        { id: 'grp-1', name: 'Build & Deploy', status: 'operational', group: true, components: ['child-a'] },
        { id: 'grp-2', name: 'Edge Network', status: 'partial_outage', group: false, components: ['child-b'] },
        { id: 'child-b', name: 'DXB1 - Dubai', status: 'major_outage', group_id: null },
        { id: 'solo', name: 'API', status: 'operational', group_id: null, group: false },
      ],
    });
    expect(feed.components).to.deep.equal([
      { id: 'child-a', name: 'Builds', status: 'operational', group: 'Build & Deploy' },
      { id: 'child-b', name: 'DXB1 - Dubai', status: 'major_outage', group: 'Edge Network' },
      { id: 'solo', name: 'API', status: 'operational' },
    ]);
  });

  it('group components in a real summary: Vercel\'s 7 groups are not components, duplicate names stay apart', async () => {
    const vercel = await corpusFeed('statuspage/status-watcher__vercel_statuspage_summary.json');
    expect(vercel.components).to.have.length(56);
    const builds = vercel.components.filter((component) => component.name === 'Builds');
    expect(builds.length).to.be.greaterThan(0);
    expect(builds.every((component) => component.group !== undefined)).to.equal(true);
    expect(vercel.components.some((component) => component.name.includes('São Paulo'))).to.equal(true);
  });

  it('<br /> and HTML in bodies are kept as raw text, CRLF becomes LF', () => {
    const body = 'Line one<br />Line two\r\n\r\n<ul><li>a</li></ul> <script>alert(1)</script>\rend';
    const { feed } = parse({ page: PAGE, incidents: [incident('h1', { incident_updates: [update('resolved', '2026-04-17T12:00:00Z', { body })] })] });
    expect(feed.incidents[0]?.updates[0]?.body).to.equal('Line one<br />Line two\n\n<ul><li>a</li></ul> <script>alert(1)</script>\nend');
  });

  it('re-opened incident (resolved, then monitoring again) is open, with no end', () => {
    const { feed } = parse({
      page: PAGE,
      incidents: [
        incident('r1', {
          status: 'resolved',
          resolved_at: '2026-04-17T11:00:00.000Z',
          incident_updates: [
            update('monitoring', '2026-04-17T11:30:00.000Z'),
            update('resolved', '2026-04-17T11:00:00.000Z'),
            update('investigating', '2026-04-17T10:00:00.000Z'),
          ],
        }),
      ],
    });
    expect(feed.incidents[0]?.status).to.equal('monitoring');
    expect(feed.incidents[0]).not.to.have.property('endedAt');
    expect(feed.status.indicator).to.equal('minor');
  });

  it('re-opened then resolved again: the end is the final resolution, not the stale resolved_at', async () => {
    const openai = await corpusFeed('incidentio/status-watcher__openai_statuspage_incidents.json');
    const reopened = openai.incidents.find((incident) => incident.id === '01KKWW47249GJZZP9ZGR1PTHV5');
    expect(reopened?.status).to.equal('resolved');
    expect(reopened?.endedAt).to.equal('2026-03-17T16:35:00.000Z');
    expect(reopened?.updates.map((u) => u.status)).to.deep.equal(['resolved', 'monitoring', 'identified', 'resolved', 'monitoring', 'identified']);
  });

  it('an incident without updates keeps its own status and times', () => {
    const { feed } = parse({ page: PAGE, incidents: [incident('w1', { incident_updates: [], status: 'identified', resolved_at: null })] });
    expect(feed.incidents[0]).to.deep.include({ status: 'identified', startedAt: '2026-04-17T10:00:00.000Z', updates: [] });
    const missing = parse({ page: PAGE, incidents: [incident('w2', { incident_updates: undefined })] });
    expect(missing.feed.incidents[0]).to.deep.include({ status: 'resolved', endedAt: '2026-04-17T12:00:00.000Z', updates: [] });
  });

  it('unparseable dates: an update falls back to created_at, one with no valid time is dropped, all reported with paths', () => {
    const { feed, result } = parse({
      page: { ...PAGE, updated_at: 'last Tuesday' },
      incidents: [
        incident('d1', {
          started_at: '2026-02-30T10:00:00Z',
          incident_updates: [
            update('resolved', '2026-04-17T12:00:00Z', { display_at: 'yesterday' }),
            update('identified', 'soon', { display_at: 'soon', updated_at: null }),
            update('investigating', '2026-04-17T10:00:00.000Z'),
          ],
        }),
      ],
    });
    const [read] = feed.incidents;
    expect(read?.updates.map((u) => [u.status, u.at])).to.deep.equal([
      ['resolved', '2026-04-17T12:00:00.000Z'],
      ['investigating', '2026-04-17T10:00:00.000Z'],
    ]);
    expect(read?.startedAt).to.equal('2026-04-17T10:00:00.000Z');
    expect(feed.page).not.to.have.property('updatedAt');
    expect(messages(result)).to.deep.equal([
      '$.page.updated_at: ignored this page\'s updated_at: expected an ISO 8601 date-time but got the string "last Tuesday"',
      '$.incidents[0].started_at: ignored this incident\'s started_at: expected an ISO 8601 date-time but got the string "2026-02-30T10:00:00Z"',
      '$.incidents[0].incident_updates[0].display_at: ignored this incident update\'s display_at: expected an ISO 8601 date-time but got the string "yesterday"',
      '$.incidents[0].incident_updates[1]: dropped this incident update: it has no valid time (display_at, created_at or updated_at)',
    ]);
    expect(result.issues[3]?.path).to.deep.equal(['incidents', 0, 'incident_updates', 1]);
  });

  it('unknown enum values: phase → update, impact → derived, component status → operational, indicator → derived', () => {
    const { feed, result } = parse({
      page: PAGE,
      status: { indicator: 'catastrophic', description: 'Everything is on fire' },
      components: [
        { id: 'c1', name: 'API', status: 'melting' },
        { id: 'c2', name: 'Web', status: 'major_outage' },
      ],
      incidents: [
        incident('x1', {
          status: 'escalated',
          impact: 'severe',
          components: [{ id: 'c2', name: 'Web', status: 'major_outage' }],
          resolved_at: null,
          incident_updates: [update('escalated', '2026-04-17T10:00:00Z')],
        }),
      ],
    });
    expect(feed.incidents[0]?.status).to.equal('update');
    expect(feed.incidents[0]?.impact).to.equal('major');
    expect(feed.components[0]?.status).to.equal('operational');
    expect(feed.status).to.deep.equal({ indicator: 'major', description: 'Everything is on fire' });
    expect(messages(result)).to.deep.equal([
      `$.status.indicator: ignored this status's indicator: expected one of ${INDICATORS} but got the string "catastrophic"`,
      `$.components[0].status: replaced this component's status with "operational": expected one of ${COMPONENT_STATUSES} but got the string "melting"`,
      `$.incidents[0].status: ignored this incident's status: expected one of ${PHASES} but got the string "escalated"`,
      `$.incidents[0].impact: ignored this incident's impact: expected one of ${INDICATORS} but got the string "severe"`,
      `$.incidents[0].incident_updates[0].status: ignored this incident update's status: expected one of ${PHASES} but got the string "escalated"`,
    ]);
  });

  it('planned work among incidents (scheduled_for, or impact maintenance) is a maintenance', () => {
    const { feed } = parse({
      page: PAGE,
      incidents: [
        incident('i1'),
        incident('m1', { impact: 'maintenance', status: 'completed', incident_updates: [update('completed', '2026-04-17T12:00:00Z')] }),
        incident('m2', { impact: 'none', status: 'scheduled', scheduled_for: '2026-05-01T08:00:00Z', scheduled_until: '2026-05-01T10:00:00Z', resolved_at: null, incident_updates: [update('scheduled', '2026-04-17T09:00:00Z')] }),
      ],
    });
    expect(feed.incidents.map((i) => i.id)).to.deep.equal(['i1']);
    expect(feed.maintenances.map((m) => m.id)).to.deep.equal(['m2', 'm1']);
    expect(feed.maintenances[0]).to.deep.include({ startedAt: '2026-05-01T08:00:00.000Z', scheduledUntil: '2026-05-01T10:00:00.000Z', impact: 'none' });
    expect(feed.maintenances[0]).not.to.have.property('endedAt');
  });

  it('status and newest update disagree on whether it is over: the open one wins, never shown as resolved', () => {
    const at = '2026-04-17T12:00:00.000Z';
    const { feed } = parse({
      page: PAGE,
      incidents: [
        // Equal times: the feed says investigating, the newest update (by order) says resolved.
        incident('equal-times', { status: 'investigating', resolved_at: null, incident_updates: [update('resolved', at), update('investigating', at)] }),
        // An edited update: resolved later in time, the incident itself still identified.
        incident('edited', { status: 'identified', resolved_at: null, incident_updates: [update('resolved', at), update('identified', '2026-04-17T10:00:00.000Z')] }),
        // Re-opened: the feed still says resolved, the newest update opened it again.
        incident('reopened', { status: 'resolved', incident_updates: [update('investigating', at), update('resolved', '2026-04-17T11:00:00.000Z')] }),
      ],
      scheduled_maintenances: [
        incident('closed-early', { status: 'in_progress', impact: 'maintenance', scheduled_for: '2026-04-17T10:00:00Z', resolved_at: null, incident_updates: [update('completed', at)] }),
      ],
    });
    const byId = Object.fromEntries([...feed.incidents, ...feed.maintenances].map((read) => [read.id, read]));
    expect(Object.fromEntries(Object.entries(byId).map(([id, read]) => [id, read.status]))).to.deep.equal({
      'equal-times': 'investigating',
      edited: 'identified',
      reopened: 'investigating',
      'closed-early': 'in_progress',
    });
    for (const read of Object.values(byId)) expect(read, read.id).not.to.have.property('endedAt');
    // Open incidents count towards the indicator; the maintenance in progress does too.
    expect(feed.status.indicator).to.equal('minor');
    // Agreeing, it closes as before.
    const agreed = parse({ page: PAGE, incidents: [incident('agreed')] }).feed.incidents[0];
    expect(agreed).to.deep.include({ status: 'resolved', endedAt: at });
  });

  it('a maintenance moved on without an update (scheduled → in progress) keeps the feed\'s status', () => {
    const { feed } = parse({
      page: PAGE,
      scheduled_maintenances: [incident('a1', { status: 'in_progress', impact: 'maintenance', scheduled_for: '2026-04-17T10:00:00Z', scheduled_until: '2026-04-17T12:00:00Z', resolved_at: null, incident_updates: [update('scheduled', '2026-04-16T09:00:00Z')] })],
    });
    expect(feed.maintenances[0]?.status).to.equal('in_progress');
    expect(feed.status.indicator).to.equal('maintenance');
  });

  it('a completed maintenance ends when it was completed, else when it was planned to', () => {
    const done = (id: string, extra: Raw) =>
      incident(id, { status: 'completed', impact: 'maintenance', scheduled_for: '2026-04-17T10:00:00Z', scheduled_until: '2026-04-17T12:00:00Z', ...extra });
    const { feed } = parse({
      page: PAGE,
      scheduled_maintenances: [
        done('early', { resolved_at: '2026-04-17T11:15:00Z', incident_updates: [update('completed', '2026-04-17T11:15:00Z'), update('scheduled', '2026-04-16T09:00:00Z')] }),
        done('silent', { resolved_at: null, incident_updates: [] }),
      ],
    });
    const byId = Object.fromEntries(feed.maintenances.map((m) => [m.id, m]));
    expect(byId.early?.endedAt).to.equal('2026-04-17T11:15:00.000Z');
    expect(byId.silent?.endedAt).to.equal('2026-04-17T12:00:00.000Z');
  });

  it('a postmortem comes first, from an update or from the incident\'s postmortem fields', () => {
    const { feed } = parse({
      page: PAGE,
      incidents: [
        incident('p1', { status: 'postmortem', incident_updates: [update('resolved', '2026-04-17T12:00:00Z'), update('postmortem', '2026-04-17T11:59:00Z'), update('investigating', '2026-04-17T10:00:00Z')] }),
        incident('p2', { postmortem_body: 'What happened\r\nand why', postmortem_published_at: '2026-04-20T09:00:00Z' }),
      ],
    });
    const byId = Object.fromEntries(feed.incidents.map((i) => [i.id, i]));
    expect(byId.p1?.updates.map((u) => u.status)).to.deep.equal(['postmortem', 'resolved', 'investigating']);
    expect(byId.p1?.status).to.equal('postmortem');
    expect(byId.p1?.endedAt).to.equal('2026-04-17T12:00:00.000Z');
    expect(byId.p2?.updates[0]).to.deep.equal({ status: 'postmortem', at: '2026-04-20T09:00:00.000Z', body: 'What happened\nand why' });
  });

  it('no status object (incidents.json): the indicator is derived from open incidents, maintenances and components', () => {
    const open = (impact: string) => incident(`o-${impact}`, { impact, status: 'investigating', resolved_at: null, incident_updates: [update('investigating', '2026-04-17T10:00:00Z')] });
    expect(parse({ page: PAGE, incidents: [incident('closed', { impact: 'critical' })] }).feed.status).to.deep.equal({ indicator: 'none' });
    expect(parse({ page: PAGE, incidents: [open('minor'), open('critical'), incident('closed', { impact: 'major' })] }).feed.status.indicator).to.equal('critical');
    const maintenance = incident('mnt', { impact: 'maintenance', status: 'in_progress', scheduled_for: '2026-04-17T10:00:00Z', resolved_at: null, incident_updates: [update('in_progress', '2026-04-17T10:00:00Z')] });
    expect(parse({ page: PAGE, incidents: [maintenance] }).feed.status.indicator).to.equal('maintenance');
    expect(parse({ page: PAGE, incidents: [maintenance, open('minor')] }).feed.status.indicator).to.equal('minor');
    expect(parse({ page: PAGE, components: [{ id: 'c', name: 'C', status: 'major_outage' }] }).feed.status.indicator).to.equal('major');
    expect(parse({ page: PAGE, components: [{ id: 'c', name: 'C', status: 'degraded_performance' }] }).feed.status.indicator).to.equal('minor');
  });

  it('incidents newest first by start; url is the shortlink, else the page URL', () => {
    const { feed } = parse({
      page: { ...PAGE, url: 'https://status.acme.test/' },
      incidents: [incident('older', { started_at: '2026-01-01T00:00:00Z' }), incident('newer', { started_at: '2026-03-01T00:00:00Z', shortlink: '' })],
    });
    expect(feed.incidents.map((i) => [i.id, i.url])).to.deep.equal([
      ['newer', 'https://status.acme.test/incidents/newer'],
      ['older', 'https://stspg.io/older'],
    ]);
  });

  it('componentIds come from the incident\'s components, else from affected_components codes; groups excluded', () => {
    const { feed } = parse({
      page: PAGE,
      components: [{ id: 'grp', name: 'Group', group: true, components: ['c1'] }, { id: 'c1', name: 'API', status: 'operational', group_id: 'grp' }],
      incidents: [
        incident('with-components', { components: [{ id: 'c1', name: 'API', status: 'operational' }, { id: 'grp', name: 'Group', group: true }] }),
        incident('with-codes', {
          components: [],
          incident_updates: [update('resolved', '2026-04-17T12:00:00Z', { affected_components: [{ code: 'c1', name: 'Group - API', old_status: 'major_outage', new_status: 'operational' }] })],
        }),
      ],
    });
    expect(feed.incidents.map((i) => i.componentIds)).to.deep.equal([['c1'], ['c1']]);
  });

  it('a broken incident, update or component is dropped and reported while the rest is kept', () => {
    const { feed, result } = parse({
      page: PAGE,
      components: [{ id: 'ok', name: 'OK', status: 'operational' }, 'not a component', { name: 'no id', status: 'operational' }, { id: 'ok', name: 'dup', status: 'operational' }],
      incidents: [incident('good'), null, { id: 'nameless', incident_updates: [] }, { name: 'no id' }, incident('good'), incident('bad-update', { incident_updates: [42, update('resolved', '2026-04-17T12:00:00Z')] })],
    });
    expect(feed.components.map((c) => c.id)).to.deep.equal(['ok']);
    expect(feed.incidents.map((i) => i.id)).to.have.members(['good', 'bad-update']);
    expect(feed.incidents.find((i) => i.id === 'bad-update')?.updates).to.have.length(1);
    expect(messages(result)).to.deep.equal([
      '$.components[1]: dropped this component: expected an object but got the string "not a component"',
      '$.components[2].id: dropped this component: expected an id (a non-empty string or a number) but got nothing',
      '$.components[3]: dropped this component: its id "ok" was already used',
      '$.incidents[1]: dropped this incident: expected an object but got null',
      '$.incidents[2].name: dropped this incident: expected a string but got nothing',
      '$.incidents[3].id: dropped this incident: expected an id (a non-empty string or a number) but got nothing',
      '$.incidents[4]: dropped this incident: its id "good" was already used',
      '$.incidents[5].incident_updates[0]: dropped this incident update: expected an object but got the number 42',
    ]);
  });
});

describe('statuspage adapter: every public v2 endpoint', () => {
  it('summary.json', async () => {
    const github = await corpusFeed('statuspage/statuscheck__github_incident.json');
    expect(github.page).to.deep.equal({ name: 'GitHub', url: 'https://www.githubstatus.com', updatedAt: '2020-07-12T08:19:20.000Z' });
    expect(github.status).to.deep.equal({ indicator: 'major', description: 'Partial System Outage' });
    expect(github.incidents[0]).to.deep.include({ id: 'cp306tmzcl0y', impact: 'critical', status: 'identified', url: 'http://stspg.co:5000/Q0E', startedAt: '2014-05-14T20:22:39.441Z' });
    expect(github.maintenances.map((m) => [m.id, m.status, m.startedAt])).to.deep.equal([
      ['w1zdr745wmfy', 'scheduled', '2014-05-18T04:00:00.000Z'],
      ['k7mf5z1gz05c', 'in_progress', '2014-05-14T20:30:00.000Z'],
    ]);
  });

  it('status.json', () => {
    const { feed } = parse({ page: PAGE, status: { indicator: 'minor', description: 'Minor Service Outage' } });
    expect(feed).to.deep.equal({
      page: { name: 'Acme', url: 'https://status.acme.test', timeZone: 'Etc/UTC', updatedAt: '2026-04-17T13:00:00.000Z' },
      status: { indicator: 'minor', description: 'Minor Service Outage' },
      components: [],
      incidents: [],
      maintenances: [],
    });
  });

  it('components.json', async () => {
    const linear = await corpusFeed('incidentio/status-watcher__linear_statuspage_summary.json');
    expect(linear.components).to.have.length(6);
    const { feed } = parse({ page: PAGE, components: [{ id: 'c', name: 'API', status: 'under_maintenance' }] });
    expect(feed.status.indicator).to.equal('maintenance');
  });

  it('incidents.json and incidents/unresolved.json', async () => {
    const vercel = await corpusFeed('statuspage/status-watcher__vercel_statuspage_incidents.json');
    expect(vercel.incidents).to.have.length(10);
    expect(vercel.status.indicator).to.equal('none');
    // Components named only by incidents are the feed's components, so their names can be shown.
    expect(vercel.components.find((component) => component.id === 'rxynwj392p81')?.name).to.equal('API');
    const unresolved = parse({ page: PAGE, incidents: [incident('u1', { status: 'identified', impact: 'major', resolved_at: null, incident_updates: [update('identified', '2026-04-17T10:00:00Z')] })] });
    expect(unresolved.feed.status.indicator).to.equal('major');
  });

  it('incidents/<id>.json, wrapped in {page, incident} and bare', async () => {
    const wrapped = await corpusFeed('statuspage/ghincidenthistory__f0mhbz9xn497.json');
    expect(wrapped.page.name).to.equal('GitHub');
    expect(wrapped.incidents).to.have.length(1);
    expect(wrapped.incidents[0]?.updates).to.have.length(30);
    const bare = await corpusFeed('statuspage/gitdown__incident-actions-critical.json');
    expect(bare.page).to.deep.equal({ name: '' });
    expect(bare.incidents[0]).to.deep.include({ id: '8vfyvq16hzh9', impact: 'critical', status: 'resolved', endedAt: '2026-07-20T04:44:03.085Z', url: 'https://stspg.io/w8d77c7t94zf' });
    expect(bare.incidents[0]?.componentIds).to.have.length(4);
  });

  it('scheduled-maintenances.json, upcoming.json and active.json', async () => {
    const cloudflare = await corpusFeed('statuspage/gwen-cli__statuspage_summary.json');
    expect(cloudflare.maintenances.map((m) => m.startedAt)).to.deep.equal(['2026-08-10T10:00:00.000Z', '2026-08-10T09:00:00.000Z', '2026-08-07T08:00:00.000Z']);
    const upcoming = incident('sm', {
      impact: undefined,
      status: 'scheduled',
      scheduled_for: '2026-05-01T08:00:00Z',
      resolved_at: null,
      incident_updates: [update('scheduled', '2026-04-17T09:00:00Z')],
    });
    const { feed } = parse({ page: PAGE, scheduled_maintenances: [upcoming] });
    expect(feed.incidents).to.deep.equal([]);
    // A maintenance without an impact is planned work, not an incident of no impact.
    expect(feed.maintenances[0]).to.deep.include({ id: 'sm', impact: 'maintenance', status: 'scheduled', startedAt: '2026-05-01T08:00:00.000Z' });
  });
});
