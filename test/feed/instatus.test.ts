/**
 * Instatus: the real components.json of the corpus and the summary.json shapes its public-data
 * documentation gives (test/fixtures/handwritten/instatus, citing it), each counted against the raw
 * JSON; UPPERCASE enums, lists left out when empty, ISO and Date.toString() times; the reader
 * loads on demand.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, parseFeedAsync } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;
const load = async (url: string): Promise<Json> => (await (await fetch(url)).json()) as Json;
const corpusUrl = '/__corpus__/files/instatus/OffchainLabs__auto-generated-status.json';
const handwritten = (name: string) => `/test/fixtures/handwritten/instatus/${name}`;

describe('Instatus', () => {
  it('asks for its reader before it is loaded, then reads once it is', async () => {
    const summary = await load(handwritten('summary.handwritten.json'));
    const before = parseFeed(summary);
    expect(before.ok || before.error.message).to.equal(
      'The instatus reader is not loaded: import "status-elements/feed/formats/instatus" or await loadFeedFormat("instatus") first (the elements load it themselves)',
    );
    // parseFeedAsync loads the reader itself; afterwards parseFeed has it too
    const result = await parseFeedAsync(summary);
    expect(result.ok && result.format).to.equal('instatus');
    expect(await loadFeedFormat('instatus')).to.equal(true);
    expect(parseFeed(summary).ok).to.equal(true);
  });

  it('summary.json: active incidents and maintenances, UPPERCASE states, both time forms', async () => {
    const raw = await load(handwritten('summary.handwritten.json'));
    const feed = expectFeed(await parseFeedAsync(JSON.stringify(raw)));
    expect(feed.incidents.length + feed.maintenances.length).to.equal(
      (raw.activeIncidents as unknown[]).length + (raw.activeMaintenances as unknown[]).length,
    );
    expect(feed.incidents.map((incident) => [incident.impact, incident.status])).to.deep.equal([
      ['minor', 'investigating'],
      ['major', 'identified'],
    ]);
    // "Tue Mar 03 2026 10:05:00 GMT+0000 (…)", read as the instant it names
    expect(feed.incidents[0]!.startedAt).to.equal('2026-03-03T10:05:00.000Z');
    expect(feed.incidents[0]!.id).to.equal('cm7q3b1cd0044kz0gq8w2mn7r');
    const [maintenance] = feed.maintenances;
    expect(maintenance).to.include({ status: 'in_progress', scheduledFor: '2026-03-03T10:00:00.000Z', scheduledUntil: '2026-03-03T11:00:00.000Z' });
    // open incidents: none is shown as over
    expect(feed.incidents.every((incident) => incident.endedAt === undefined)).to.equal(true);
    expect(feed.status.indicator).to.equal('major');
    expect(feed.page).to.deep.equal({ name: 'Example Cloud', url: 'https://status.example.com' });
  });

  it('summary.json with both lists left out: all up', async () => {
    const feed = expectFeed(await parseFeedAsync(await load(handwritten('summary-up.handwritten.json'))));
    expect(feed.status.indicator).to.equal('none');
    expect(feed.incidents).to.deep.equal([]);
  });

  it('HASISSUES with nothing listed is still "something is wrong", never operational', async () => {
    const feed = expectFeed(await parseFeedAsync({ page: { name: 'X', url: 'https://x.test', status: 'HASISSUES' } }));
    expect(feed.status.indicator).to.equal('minor');
  });

  it('v2/components.json (the real capture): leaves with their groups, groups not components', async () => {
    const raw = (await load(corpusUrl)).content as { components: { id: string; group: { id: string; name: string } | null }[] };
    const feed = expectFeed(await parseFeedAsync(raw));
    const groupIds = new Set(raw.components.flatMap((item) => (item.group ? [item.group.id] : [])));
    expect(feed.components.length).to.equal(raw.components.filter((item) => !groupIds.has(item.id)).length);
    for (const item of raw.components.filter((entry) => entry.group)) {
      expect(feed.components.find((entry) => entry.id === item.id)?.group).to.equal(item.group!.name);
    }
    expect(feed.components.map((item) => item.status)).to.include.members(['under_maintenance', 'major_outage', 'partial_outage']);
    expect(feed.status.indicator).to.equal('major');
  });

  it('an unknown state becomes the fallback and is reported with its path', async () => {
    const result = await parseFeedAsync({
      page: { name: 'X', status: 'UP' },
      components: [{ id: 'a', name: 'A', status: 'ON_FIRE' }],
      activeIncidents: [{ name: 'Broken', started: 'soon', status: 'INVESTIGATING' }, { name: 'Slow', started: '2026-03-03T09:00:00Z', status: 'PANIC' }],
    });
    const feed = expectFeed(result);
    expect(feed.components[0]!.status).to.equal('operational');
    expect(feed.incidents.map((incident) => [incident.title, incident.status])).to.deep.equal([['Slow', 'update']]);
    const messages = result.ok ? result.issues.map((issue) => issue.message) : [];
    expect(messages.join('\n')).to.include('$.components[0].status').and.include('$.activeIncidents[0]').and.include('"PANIC"');
    expect(messages.join('\n')).not.to.include('undefined');
  });

  it('an unknown page status is reported, and the state comes from what the feed lists', async () => {
    const result = await parseFeedAsync({
      page: { name: 'X', status: 'ON_FIRE' },
      components: [{ id: 'a', name: 'A', status: 'MAJOROUTAGE' }],
    });
    const feed = expectFeed(result);
    expect(feed.status.indicator).to.equal('major');
    expect(result.ok && result.issues.map((issue) => issue.message)).to.deep.equal([
      '$.page.status: read the unknown Instatus page status "ON_FIRE" as nothing said: the state comes from what the feed lists',
    ]);
  });

  it('bad input of every kind gives a result, never an exception', async () => {
    await loadFeedFormat('instatus');
    const deep: Json = {};
    let cursor = deep;
    for (let depth = 0; depth < 5000; depth++) cursor = (cursor.group = {}) as Json;
    const inputs: unknown[] = [
      { page: 7 },
      { page: { name: 1, status: 'UP' } },
      { components: 'UP' },
      { components: [null, 1, 'x', { id: {}, name: 'A', status: 'UP' }], page: { name: 'X', status: 'UP' } },
      { activeIncidents: [deep], page: { name: 'X', status: 'UP' } },
      JSON.parse('{"__proto__": {"polluted": true}, "page": {"name": "X", "status": "UP"}, "constructor": {"prototype": {"polluted": true}}}'),
      { page: { name: 'X', status: 'UP' }, activeIncidents: Array.from({ length: 20_000 }, (_, index) => ({ name: `I${index}`, started: '2026-03-03T09:00:00Z', status: 'RESOLVED' })) },
    ];
    for (const input of inputs) {
      const result = parseFeed(input, 'instatus');
      expect(result).to.have.property('ok');
      if (!result.ok) expect(result.error.message).not.to.include('undefined');
    }
    expect(({} as Json).polluted).to.equal(undefined);
  });
});
