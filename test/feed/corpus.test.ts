/**
 * Every real feed of the corpus, as listed by the test server when this file loads: a feed added
 * to the corpus later is tested without touching this file.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { countStatuspage } from './raw-statuspage.js';
import { expectFeed } from './well-formed.js';

interface CorpusFile {
  path: string;
  url: string;
}

const corpus: CorpusFile[] = await (await fetch('/__corpus__/list')).json();
const statuspageLike = corpus.filter((file) => /^(statuspage|incidentio)\//.test(file.path));
const otherFormats = corpus.filter((file) => !statuspageLike.includes(file));

async function text(file: CorpusFile): Promise<string> {
  const response = await fetch(file.url);
  expect(response.ok, `${file.path}: HTTP ${response.status}`).to.equal(true);
  return response.text();
}

describe('corpus: Statuspage and incident.io feeds', () => {
  it('has feeds to test', () => {
    expect(statuspageLike.length).to.be.greaterThan(10);
  });

  for (const file of statuspageLike) {
    it(`${file.path}: keeps every incident, maintenance, update and leaf component`, async () => {
      const source = await text(file);
      const raw = JSON.parse(source) as Record<string, unknown>;
      const feed = expectFeed(parseFeed(source, { format: 'auto' }));
      const expected = countStatuspage(raw);
      const actual = {
        incidents: feed.incidents.length,
        maintenances: feed.maintenances.length,
        updates: [...feed.incidents, ...feed.maintenances].reduce((sum, incident) => sum + incident.updates.length, 0),
        leafComponents: feed.components.length,
      };
      expect(actual).to.deep.equal(expected);
    });
  }
});

describe('corpus: formats not read yet', () => {
  for (const file of otherFormats) {
    it(`${file.path}: gives an invalid-feed error that says why, not an exception`, async () => {
      const result = parseFeed(await text(file));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.kind).to.equal('invalid');
      expect(result.error.message).to.match(/ at \$/);
      expect(result.error.message).not.to.include('undefined');
    });
  }
});
