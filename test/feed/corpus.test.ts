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

/** Whether the text is JSON at all: some real responses are not (cstate/packit__index.json has a raw line break in a string). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('corpus: formats not read yet', () => {
  it('has such feeds to test, one of them not valid JSON', async () => {
    expect(otherFormats.length).to.be.greaterThan(10);
    const texts = await Promise.all(otherFormats.map(text));
    expect(texts.filter((source) => !isJson(source))).to.have.length.greaterThan(0);
  });

  for (const file of otherFormats) {
    it(`${file.path}: gives an error that says why and where, not an exception`, async () => {
      const source = await text(file);
      const result = parseFeed(source);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.message).not.to.include('undefined');
      if (isJson(source)) {
        expect(result.error.kind).to.equal('invalid');
        expect(result.error.message).to.match(/ at \$/);
      } else {
        expect(result.error.kind).to.equal('parse');
        expect(result.error.message).to.match(/^Not valid JSON at line \d+, column \d+ \(position \d+\): /);
      }
    });
  }

  it('cstate/packit__index.json: the raw line break in a string, at its line and column', async () => {
    const packit = otherFormats.find((file) => file.path === 'cstate/packit__index.json')!;
    const result = parseFeed(await text(packit));
    expect(result.ok || result.error.message).to.equal(
      'Not valid JSON at line 21, column 105 (position 708): a control character (such as a raw line break) inside a string',
    );
  });

  it('formats with keys of their own are named in the error', async () => {
    const kuma = otherFormats.find((file) => file.path === 'uptime-kuma/1brecane__status-page-config.json')!;
    const result = parseFeed(await text(kuma));
    expect(result.ok || result.error.message).to.match(/^Unrecognized feed at \$: this looks like a feed from Uptime Kuma, a format not read yet; expected /);
  });
});
