/**
 * Every real feed of the corpus, as listed by the test server when this file loads: a feed added
 * to the corpus later is tested without touching this file.
 */
import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedAsync, READ_FORMATS } from '../../src/feed/index.js';
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

/** What each file of the other platforms is: the format it must be read as, or why it is no feed. */
function expectedOf(file: CorpusFile): { format: string } | { error: RegExp } {
  if (file.path === 'cstate/packit__index.json') return { error: /^Not valid JSON at line 21, column 105 / };
  // Upptime's per-site shields.io badges sit beside its data, and are not feeds
  if (/^upptime\/.*(uptime|response-time)\.json$/.test(file.path))
    return { error: /^Unrecognized feed at \$: this looks like a shields\.io badge .*point src at history\/summary\.json/ };
  // saved by the app that fetched it inside an envelope of its own: the response is its `content`
  if (file.path.startsWith('instatus/')) return { error: /^Unrecognized feed at \$/ };
  return { format: file.path.split('/')[0]! };
}

describe('corpus: every other platform, each read as its own format', () => {
  it('has such feeds to test, one of them not valid JSON', async () => {
    expect(otherFormats.length).to.be.greaterThan(10);
    const texts = await Promise.all(otherFormats.map(text));
    expect(texts.filter((source) => !isJson(source))).to.have.length.greaterThan(0);
  });

  for (const file of otherFormats) {
    it(`${file.path}: detected as what it is, never as another format`, async () => {
      const source = await text(file);
      const expected = expectedOf(file);
      const result = await parseFeedAsync(source);
      if ('format' in expected) {
        expect(READ_FORMATS).to.include(expected.format);
        expect(result.ok ? result.format : result.error.message).to.equal(expected.format);
        expectFeed(result);
      } else {
        expect(result.ok ? `read as ${result.format}` : result.error.message).to.match(expected.error);
        expect(result.ok || result.error.message).not.to.include('undefined');
      }
    });
  }

  it('cstate/packit__index.json: the raw line break in a string, at its line and column, not an exception', async () => {
    const packit = otherFormats.find((file) => file.path === 'cstate/packit__index.json')!;
    for (const format of ['auto', 'cstate'] as const) {
      const result = await parseFeedAsync(await text(packit), { format });
      expect(result.ok || result.error.kind).to.equal('parse');
      expect(result.ok || result.error.message).to.equal(
        'Not valid JSON at line 21, column 105 (position 708): a control character (such as a raw line break) inside a string',
      );
    }
  });

  it('the Instatus capture, taken out of the envelope it was saved in, reads as Instatus', async () => {
    const file = otherFormats.find((entry) => entry.path.startsWith('instatus/'))!;
    const { content } = JSON.parse(await text(file)) as { content: unknown };
    const result = await parseFeedAsync(content);
    expect(result.ok && result.format).to.equal('instatus');
  });
});
