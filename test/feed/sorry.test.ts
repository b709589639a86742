/**
 * Sorry™: the hand-written page with notices, updates and components, and the notices and
 * components lists (test/fixtures/handwritten/sorry, citing Sorry's docs), each counted against
 * the raw JSON; notice states as phases, updates without a state, nested components.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import type { FeedResult } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
interface Notice {
  id: number;
  type: string;
  state: string;
  began_at: string | null;
  ended_at: string | null;
  begins_at?: string;
  updates: { id: number; created_at: string }[];
  components?: { id: number }[];
}
interface Component {
  id: number;
  name: string;
  state: string;
  parent_id: number | null;
}
interface Raw {
  response: Json & { state: string; notices: Notice[]; components: Component[] };
}

const load = async <T = Raw>(name: string): Promise<T> =>
  (await (await fetch(`/test/fixtures/handwritten/sorry/${name}.handwritten.json`)).json()) as T;
const messages = (result: FeedResult) => (result.ok ? result.issues.map((issue) => issue.message).join('\n') : '');

describe('Sorry', () => {
  it('a page with its notices and components, by detection and by name, counted against the raw JSON', async () => {
    const raw = await load('page');
    const detected = await parseFeedAsync(raw);
    expect(detected.ok && detected.format).to.equal('sorry');
    expect(detected.ok && detected.issues).to.deep.equal([]);
    const feed = expectFeed(detected);
    expect(expectFeed(await parseFeedAsync(JSON.stringify(raw), { format: 'sorry' }))).to.deep.equal(feed);

    const { notices, components } = raw.response;
    const parents = new Set(components.map((item) => item.parent_id));
    expect(feed.components.map((item) => item.id)).to.deep.equal(
      components.filter((item) => !parents.has(item.id)).map((item) => String(item.id)),
    );
    expect(feed.incidents.map((item) => item.id)).to.have.members(
      notices.filter((item) => item.type === 'unplanned').map((item) => String(item.id)),
    );
    expect(feed.maintenances.map((item) => item.id)).to.deep.equal(
      notices.filter((item) => item.type === 'planned').map((item) => String(item.id)),
    );
    for (const notice of notices) {
      const read = [...feed.incidents, ...feed.maintenances].find((item) => item.id === String(notice.id))!;
      expect(read.updates.map((item) => item.id)).to.have.members(notice.updates.map((item) => String(item.id)));
      expect(read.startedAt).to.equal(notice.begins_at ?? notice.began_at);
    }
    expect(feed.page).to.deep.equal({ name: 'Example Cloud', timeZone: 'UTC' });
    expect(feed.status).to.deep.equal({ indicator: 'minor' });
  });

  it("notice states are phases; the newest update takes the notice's, earlier ones are plain updates", async () => {
    const feed = expectFeed(await parseFeedAsync(await load('page')));
    const open = feed.incidents.find((item) => item.id === '204118')!;
    expect(open).to.include({
      status: 'investigating',
      impact: 'minor',
      url: 'https://status.example.com/notices/q7w2mdk4h9x1zt3b-elevated-api-error-rates',
    });
    expect(open.endedAt).to.equal(undefined);
    const resolved = feed.incidents.find((item) => item.id === '203977')!;
    expect(resolved).to.include({
      status: 'resolved',
      endedAt: '2026-02-26T15:32:10.094Z',
      startedAt: '2026-02-26T14:05:02.511Z',
    });
    expect(resolved.updates.map((item) => item.status)).to.deep.equal(['resolved', 'update', 'update']);
    const [maintenance] = feed.maintenances;
    expect(maintenance).to.include({
      status: 'scheduled',
      scheduledFor: '2026-03-10T02:00:00.000Z',
      scheduledUntil: '2026-03-10T03:00:00.000Z',
    });
    expect(maintenance!.updates.map((item) => item.status)).to.deep.equal(['scheduled']);
  });

  it("nested components: a parent is its children's group; degraded is a partial outage", async () => {
    const feed = expectFeed(await parseFeedAsync(await load('page')));
    expect(feed.components.map((item) => [item.name, item.group, item.status])).to.deep.equal([
      ['Website', undefined, 'operational'],
      ['Public API', 'Platform', 'partial_outage'],
      ['Dashboard', 'Platform', 'operational'],
    ]);
  });

  it('the notices list alone: false alarm resolved, complete completed, no updates', async () => {
    const raw = await load<{ response: Notice[] }>('notices');
    const result = await parseFeedAsync(raw);
    expect(result.ok && result.format).to.equal('sorry');
    const feed = expectFeed(result);
    expect(feed.incidents.length + feed.maintenances.length).to.equal(raw.response.length);
    expect(feed.components).to.deep.equal([]);
    expect(feed.incidents[0]).to.include({
      status: 'resolved',
      endedAt: '2026-03-01T07:40:02.906Z',
      startedAt: '2026-03-01T07:12:30.118Z',
    });
    expect(feed.maintenances[0]).to.include({
      status: 'completed',
      endedAt: '2026-02-28T09:00:04.877Z',
      startedAt: '2026-02-28T08:00:00.000Z',
    });
    expect(feed.status.indicator).to.equal('none');
  });

  it('the components list alone', async () => {
    const raw = await load<{ response: Component[] }>('components');
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.components).to.have.length(
      raw.response.filter((item) => !raw.response.some((child) => child.parent_id === item.id)).length,
    );
    expect([feed.incidents.length, feed.maintenances.length, feed.status.indicator]).to.deep.equal([0, 0, 'minor']);
  });

  it('every state: recovering is monitoring, underway in progress, cancelled completed; general has no impact', async () => {
    const raw = await load('page');
    const [open, resolved, planned] = raw.response.notices;
    open!.state = 'recovering';
    planned!.state = 'underway';
    resolved!.type = 'general';
    let feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.incidents.find((item) => item.id === String(open!.id))!.status).to.equal('monitoring');
    expect(feed.incidents.find((item) => item.id === String(resolved!.id))!.impact).to.equal('none');
    expect(feed.maintenances[0]!.status).to.equal('in_progress');
    expect(feed.status.indicator).to.equal('minor');
    planned!.state = 'cancelled';
    feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.maintenances[0]!.status).to.equal('completed');
  });

  it('an open notice is never resolved, even with an end time; updates at the same instant keep the state', async () => {
    const raw = await load('page');
    const [open, resolved] = raw.response.notices;
    open!.ended_at = '2026-03-03T10:00:00.000Z';
    const [first, , last] = resolved!.updates;
    first!.created_at = last!.created_at;
    resolved!.updates = [last!, first!];
    const feed = expectFeed(await parseFeedAsync(raw));
    const read = feed.incidents.find((item) => item.id === String(open!.id))!;
    expect(read.status).to.equal('investigating');
    expect(read.endedAt).to.equal(undefined);
    expect(feed.incidents.find((item) => item.id === String(resolved!.id))!.status).to.equal('resolved');
  });

  it('components included with a notice are the ones it affects', async () => {
    const raw = await load('page');
    raw.response.notices[0]!.components = [{ id: 40213 }];
    const feed = expectFeed(await parseFeedAsync(raw));
    expect(feed.incidents.find((item) => item.id === '204118')!.componentIds).to.deep.equal(['40213']);
  });

  it('unknown states become fallbacks, reported with their paths', async () => {
    const raw = await load('page');
    raw.response.notices[0]!.state = 'panicking';
    raw.response.notices[1]!.type = 'surprise';
    raw.response.components[0]!.state = 'on-fire';
    raw.response.state = 'grim';
    raw.response.timezone = 'London';
    const result = await parseFeedAsync(raw);
    const feed = expectFeed(result);
    expect(feed.incidents.find((item) => item.id === '204118')!.status).to.equal('update');
    expect(feed.incidents.map((item) => item.id)).to.include('203977');
    expect(feed.components[0]!.status).to.equal('operational');
    expect(feed.page.timeZone).to.equal(undefined);
    const text = messages(result);
    expect(text).to.include(
      '$.response.notices[0].state: read the unknown Sorry notice state the string "panicking" as "update"',
    );
    expect(text).to.include(
      '$.response.notices[1].type: read the unknown Sorry notice type the string "surprise" as "unplanned"',
    );
    expect(text).to.include(
      '$.response.components[0].state: read the unknown Sorry component state the string "on-fire" as "operational"',
    );
    expect(text).to.include('$.response.state: read the unknown Sorry page state the string "grim" as "minor"');
    expect(text).to.include('$.response.timezone: ignored the time zone "London"');
  });

  it('bad input of every kind gives a result, never an exception', async () => {
    await loadFeedFormat('sorry');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 10_000; depth++) {
      const next: Json = {};
      cursor.updates = [next];
      cursor = next;
    }
    const inputs: unknown[] = [
      null,
      'response',
      { response: null },
      { response: 'ok' },
      { response: [null, 1] },
      { response: [{ subject: 7 }] },
      { response: { notices: 'none', components: [null, { id: 1, name: 'A', state: 'degraded', parent_id: 1 }] } },
      {
        response: {
          notices: [
            deep,
            { id: 1, type: 'planned', subject: 'M', begins_at: 'soon', updates: [{ created_at: 'never' }] },
          ],
        },
      },
      JSON.parse(
        '{"__proto__": {"polluted": true}, "response": {"name": "X", "constructor": {"prototype": {"polluted": true}}}}',
      ),
      {
        response: {
          notices: Array.from({ length: 20_000 }, (_, index) => ({
            id: index,
            type: 'unplanned',
            state: 'resolved',
            subject: 'x'.repeat(500),
            began_at: '2026-03-03T09:00:00Z',
          })),
        },
      },
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'sorry');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
    }
    expect(({} as Json).polluted).to.equal(undefined);
    const wrong = parseFeed({ data: [] }, 'sorry');
    expect(wrong.ok || wrong.error.message).to.equal(
      'Found no Sorry data at $: expected {"response": …} with a page, or a list of its notices or components',
    );
  });
});
