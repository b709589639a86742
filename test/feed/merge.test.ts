// Merging the feeds of several endpoints of one page (src="a b"): components by id with the worst
// status and the first name, incidents by id keeping the fullest copy, the worst overall state.
import { expect } from '@open-wc/testing';
import { mergeFeeds } from '../../src/feed/merge.js';
import type { Incident, StatusFeed } from '../../src/feed/index.js';
import { expectWellFormed } from './well-formed.js';

const incident = (id: string, startedAt: string, updates: number): Incident => ({
  id,
  title: id,
  kind: 'incident',
  impact: 'minor',
  status: 'investigating',
  startedAt,
  componentIds: [],
  updates: Array.from({ length: updates }, (_, index) => ({ status: 'investigating' as const, at: startedAt, body: `update ${index}` })),
});

const feed = (parts: Partial<StatusFeed>): StatusFeed => ({
  page: { name: '' },
  status: { indicator: 'none' },
  components: [],
  incidents: [],
  maintenances: [],
  ...parts,
});

describe('mergeFeeds', () => {
  it('one feed is itself', () => {
    const only = feed({ page: { name: 'A' } });
    expect(mergeFeeds([only])).to.equal(only);
  });

  it('components by id: first name, worst status, first group; order as first met', () => {
    const page = feed({
      page: { name: 'Kuma', url: 'https://status.example.com' },
      components: [
        { id: '1', name: 'API', status: 'operational', group: 'Services' },
        { id: '2', name: 'Web', status: 'operational' },
      ],
    });
    // a heartbeat knows states, not names: its names are the ids
    const heartbeat = feed({
      status: { indicator: 'major' },
      components: [
        { id: '2', name: '2', status: 'major_outage' },
        { id: '1', name: '1', status: 'operational' },
        { id: '3', name: '3', status: 'degraded_performance' },
      ],
    });
    for (const order of [[page, heartbeat], [heartbeat, page]]) {
      const merged = mergeFeeds(order);
      expectWellFormed(merged);
      const byId = Object.fromEntries(merged.components.map((item) => [item.id, item]));
      expect(byId['1']).to.deep.equal({ id: '1', name: 'API', status: 'operational', group: 'Services' });
      expect(byId['2']).to.deep.equal({ id: '2', name: 'Web', status: 'major_outage' });
      expect(byId['3']!.status).to.equal('degraded_performance');
      expect(merged.status.indicator).to.equal('major');
      expect(merged.page).to.deep.equal({ name: 'Kuma', url: 'https://status.example.com' });
    }
    expect(mergeFeeds([page, heartbeat]).components.map((item) => item.id)).to.deep.equal(['1', '2', '3']);
  });

  it('incidents by id: the copy with more updates, newest first; the worst state keeps its words', () => {
    const list = feed({
      status: { indicator: 'minor', description: 'Partially Degraded Service' },
      incidents: [incident('a', '2026-03-02T10:00:00.000Z', 1), incident('b', '2026-03-01T10:00:00.000Z', 1)],
    });
    const detail = feed({ incidents: [incident('a', '2026-03-02T10:00:00.000Z', 3), incident('c', '2026-03-03T10:00:00.000Z', 2)] });
    const merged = mergeFeeds([list, detail]);
    expectWellFormed(merged);
    expect(merged.incidents.map((item) => [item.id, item.updates.length])).to.deep.equal([
      ['c', 2],
      ['a', 3],
      ['b', 1],
    ]);
    expect(merged.status).to.deep.equal({ indicator: 'minor', description: 'Partially Degraded Service' });
  });

  it('the newest updatedAt of the page', () => {
    const merged = mergeFeeds([
      feed({ page: { name: 'A', updatedAt: '2026-03-01T10:00:00.000Z' } }),
      feed({ page: { name: 'B', timeZone: 'Europe/Madrid', updatedAt: '2026-03-02T10:00:00.000Z' } }),
    ]);
    expect(merged.page).to.deep.equal({ name: 'A', timeZone: 'Europe/Madrid', updatedAt: '2026-03-02T10:00:00.000Z' });
  });
});
