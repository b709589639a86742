/** Telling native from Statuspage feeds by shape (the rules are listed in src/feed/detect.ts). */
import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed } from '../../src/feed/index.js';

describe('detectFormat', () => {
  it('native: a $schema naming the format, a maintenances list, or camelCase field names', () => {
    expect(detectFormat({ $schema: './node_modules/status-elements/dist/status-feed.schema.json', page: { id: 'x', name: 'A' } })).to.equal('native');
    expect(detectFormat({ page: { name: 'A' }, maintenances: [] })).to.equal('native');
    expect(detectFormat({ page: { name: 'A' }, incidents: [{ id: 'i', title: 'T', updates: [{ at: '2026-04-17T10:00:00Z', body: '' }] }] })).to.equal('native');
    expect(detectFormat({ page: { name: 'A', timeZone: 'Europe/Madrid', updatedAt: '2026-04-17T10:00:00Z' } })).to.equal('native');
  });

  it('statuspage: a bare incident, a single-incident wrapper, scheduled_maintenances, a page id or snake_case names', () => {
    expect(detectFormat({ id: 'i', name: 'N', incident_updates: [] })).to.equal('statuspage');
    expect(detectFormat({ page: { name: 'A' }, incident: {} })).to.equal('statuspage');
    expect(detectFormat({ scheduled_maintenances: [] })).to.equal('statuspage');
    expect(detectFormat({ page: { id: 'p', name: 'A' } })).to.equal('statuspage');
    expect(detectFormat({ incidents: [{ id: 'i', name: 'N', created_at: '2026-04-17T10:00:00Z' }] })).to.equal('statuspage');
    expect(detectFormat({ components: [{ id: 'c', name: 'C', status: 'operational', group_id: null }] })).to.equal('statuspage');
  });

  it('field names judged by their case: camelCase is native, snake_case is Statuspage', () => {
    expect(detectFormat({ components: [{ id: 'c', name: 'C', displayOrder: 1 }] })).to.equal('native');
    expect(detectFormat({ components: [{ id: 'c', name: 'C', display_order: 1 }] })).to.equal('statuspage');
  });

  it('a component grouped by a string is native (Statuspage marks groups with a boolean)', () => {
    const grouped = { page: { name: 'G' }, components: [{ id: 'rest', name: 'REST', group: 'API', status: 'major_outage' }] };
    expect(detectFormat(grouped)).to.equal('native');
    expect(detectFormat({ components: [{ id: 'g', name: 'API', group: true, status: 'operational' }] })).to.equal('statuspage');
    const parsed = parseFeed(grouped);
    expect(parsed.ok && parsed.feed.components[0]!.group).to.equal('API');
  });

  it('ambiguous but feed-like (a bare status): statuspage, which reads it the same way', () => {
    expect(detectFormat({ status: { indicator: 'minor' } })).to.equal('statuspage');
    const result = parseFeed({ status: { indicator: 'minor' } });
    expect(result.ok && result.feed.status).to.deep.equal({ indicator: 'minor' });
  });

  it('not a feed: nothing detected', () => {
    expect(detectFormat({})).to.equal(undefined);
    expect(detectFormat({ result: { status_overall: {} } })).to.equal(undefined);
    expect(detectFormat([{ page: {} }])).to.equal(undefined);
    expect(detectFormat(null)).to.equal(undefined);
    expect(detectFormat('{"page": {}}')).to.equal(undefined);
  });

  it('decides from the first item of each list: what comes later does not sway it', () => {
    const incidents = [{ id: 'i', title: 'T', updates: [] }, ...Array.from({ length: 100_000 }, () => 'junk')];
    expect(detectFormat({ incidents })).to.equal('native');
  });
});
