/**
 * The three elements under a strict Content-Security-Policy with Trusted Types (STRICT_CSP in
 * scripts/csp-page-middleware.mjs): the whole corpus, the seed feed, and the loading, error and
 * stale states render with not one `securitypolicyviolation`. This page runs inline scripts, so
 * the elements run in a page of their own, in an iframe (csp-frame.ts), which reports back.
 */
import { expect } from '@open-wc/testing';
import { parseFeedAsync } from '../../src/feed/parse.js';
import { corpusFiles, loadText, scriptFeed, seedFeed } from '../helpers.js';
import type { ElementRequest, ElementState, FrameMessage, RenderReport } from './csp-frame.js';

const TAGS = ['status-banner', 'incident-history', 'incident-timeline'] as const;
const corpus = await corpusFiles();

let frame: HTMLIFrameElement;
let trustedTypes = false;
let nextId = 0;
const waiting = new Map<number, (report: RenderReport) => void>();

function onMessage(event: MessageEvent<FrameMessage>): void {
  if (event.source !== frame.contentWindow || event.data.type !== 'report') return;
  waiting.get(event.data.id)?.(event.data);
  waiting.delete(event.data.id);
}

/** Renders `elements` in the strict page and expects each to reach its state with nothing refused. */
async function renderStrict(elements: ElementRequest[]): Promise<RenderReport> {
  const id = (nextId += 1);
  const report = await new Promise<RenderReport>((resolve) => {
    waiting.set(id, resolve);
    frame.contentWindow!.postMessage({ id, elements }, location.origin);
  });
  expect(report.failure, 'the strict page').to.equal(undefined);
  expect(report.violations, 'securitypolicyviolation events').to.deep.equal([]);
  expect(report.errors, 'uncaught errors in the strict page').to.deep.equal([]);
  expect(
    report.elements.map((element) => element.state),
    'the states shown',
  ).to.deep.equal(elements.map((element) => element.thenUntil ?? element.until));
  return report;
}

const allThree = (state: ElementState, attributes: Record<string, string>, feed?: unknown): ElementRequest[] =>
  TAGS.map((tag) => ({ tag, attributes: { lang: 'en', ...attributes }, feed, until: state }));

describe('the elements under a strict Content-Security-Policy', () => {
  before(async () => {
    window.addEventListener('message', onMessage);
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px';
    const ready = new Promise<FrameMessage>((resolve) => {
      const listener = (event: MessageEvent<FrameMessage>): void => {
        if (event.source !== frame.contentWindow || event.data.type !== 'ready') return;
        window.removeEventListener('message', listener);
        resolve(event.data);
      };
      window.addEventListener('message', listener);
    });
    frame.src = '/__csp__/?module=/test/elements/csp-frame.ts';
    document.body.append(frame);
    const message = await ready;
    trustedTypes = message.type === 'ready' && message.trustedTypes;
  });

  after(() => {
    window.removeEventListener('message', onMessage);
    frame.remove();
  });

  it('has Trusted Types enforced (Chromium); other engines without them check the rest of the policy', function () {
    if (!trustedTypes) {
      if (navigator.userAgent.includes('Chrome/')) throw new Error('Chromium has Trusted Types: they must be on here');
      this.skip();
    }
  });

  it('loads the elements with nothing refused', async () => {
    await renderStrict([]);
  });

  it('has corpus files to render', () => {
    expect(corpus.length).to.be.greaterThan(20);
  });

  for (const file of corpus) {
    it(`renders ${file.path} (each file as it is: read, or an error)`, async () => {
      const parsed = await parseFeedAsync(await loadText(file.url));
      const report = await renderStrict(allThree(parsed.ok ? 'content' : 'error', { src: file.url }));
      for (const element of report.elements) {
        if (parsed.ok) expect(element.text, `${element.tag}: ${file.path}`).not.to.equal('');
        else expect(element.errorKinds, `${element.tag}: ${file.path}`).to.deep.equal([parsed.error.kind]);
      }
    });
  }

  for (const lang of ['en', 'es']) {
    it(`renders the seed feed in ${lang}, the banner full and compact`, async () => {
      const src = '/demo/feeds/jelou.json';
      await renderStrict([
        ...allThree('content', { src, lang }),
        { tag: 'status-banner', attributes: { src, lang, variant: 'compact' }, until: 'content' },
      ]);
    });
  }

  it('renders the loading skeleton, lines shortening as before', async () => {
    const src = await scriptFeed([{ hang: true }]);
    const report = await renderStrict(allThree('loading', { src }));
    expect(report.elements.map((element) => element.skeletonWidths)).to.deep.equal([
      [90, 75],
      [90, 75, 60, 45, 30, 15],
      [90, 75, 60],
    ]);
  });

  it('renders the error states: a failed request with Retry, a broken feed without', async () => {
    const src = await scriptFeed([{ status: 500 }]);
    const report = await renderStrict([...allThree('error', { src }), ...allThree('error', {}, '{"page": ')]);
    expect(report.elements.map((element) => element.errorKinds)).to.deep.equal([
      ['http'], ['http'], ['http'], ['parse'], ['parse'], ['parse'],
    ]);
    expect(report.elements.map((element) => element.text.endsWith('Retry'))).to.deep.equal([true, true, true, false, false, false]);
  });

  it('renders the stale states: good data kept after a broken feed replaced it', async () => {
    const seed = await seedFeed();
    const withData = allThree('content', {}, seed).map((element) => ({ ...element, thenFeed: '{"page": ', thenUntil: 'stale' as const }));
    const empty: ElementRequest = {
      tag: 'incident-timeline',
      attributes: { lang: 'en' },
      feed: { page: { name: 'E' }, incidents: [] },
      thenFeed: '{"page": ',
      until: 'content',
      thenUntil: 'stale',
    };
    const report = await renderStrict([...withData, empty]);
    for (const element of report.elements) expect(element.text, element.tag).to.match(/Could not refresh\. Last updated /);
  });
});
