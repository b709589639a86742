// The live data layer against a real HTTP server (scripts/feed-script-middleware.mjs): shared
// requests, visibility, conditional requests, failures, backoff, Retry-After and clean-up.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import type { StatusChangeEvent } from '../../src/events.js';
import { feedLog, scriptFeed, settled, shadowRoots, visibleText, waitFor, type ScriptedResponse } from '../helpers.js';

const feedWith = (indicator: string, title?: string): unknown => ({
  page: { name: 'Live', url: 'https://status.example.com' },
  status: { indicator },
  incidents: title
    ? [{ id: 'i1', title, impact: indicator === 'none' ? 'minor' : indicator, updates: [{ status: 'investigating', at: '2026-11-28T11:00:00Z', body: 'Looking.' }] }]
    : [],
});
const good = (indicator = 'none', extra: ScriptedResponse = {}): ScriptedResponse => ({ json: feedWith(indicator), ...extra });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function banner(src: string, attributes: { poll?: number; timeout?: number; lang?: string } = {}): Promise<StatusBannerElement> {
  const element = await fixture<StatusBannerElement>(
    html`<status-banner lang=${attributes.lang ?? 'en'} src=${src} poll-interval=${attributes.poll ?? 0} timeout=${attributes.timeout ?? 10000}></status-banner>`,
  );
  await waitFor(() => element.shadowRoot!.querySelector('[part~="banner"], [part="error"]') !== null, 4000, 'first load');
  await settled(element);
  return element;
}

const label = (element: Element): string | undefined => element.shadowRoot!.querySelector('[part~="label"]')?.textContent?.trim();

describe('live feeds: one shared request', () => {
  it('10 elements of all three kinds on one URL make one request per poll', async () => {
    const url = await scriptFeed([good()]);
    const host = await fixture<HTMLElement>(html`<div lang="en">
      ${[0, 1, 2, 3].map(() => html`<status-banner src=${url} poll-interval="0.4"></status-banner>`)}
      ${[0, 1, 2].map(() => html`<incident-history src=${url}></incident-history>`)}
      ${[0, 1, 2].map(() => html`<incident-timeline src=${url}></incident-timeline>`)}
    </div>`);
    await waitFor(async () => (await feedLog(url)).length >= 3, 4000, 'three polls');
    const log = await feedLog(url);
    const banners = host.querySelectorAll('status-banner');
    for (const element of banners) expect(label(element)).to.equal('All systems operational');
    // one request per poll, not one per element: polls at least ~0.4 s apart
    for (let index = 1; index < log.length; index += 1) expect(log[index]!.at - log[index - 1]!.at).to.be.greaterThan(300);
    expect(log.length).to.be.lessThan(6);
  });

  it('gives an element that joins later the cached feed at once', async () => {
    const url = await scriptFeed([good('minor')]);
    const first = await banner(url);
    const second = document.createElement('status-banner');
    second.setAttribute('src', url);
    first.after(second);
    await second.updateComplete;
    expect(label(second)).to.equal('Minor service disruption');
    expect((await feedLog(url)).length).to.equal(1);
  });
});

describe('live feeds: polling done well', () => {
  let visibility: DocumentVisibilityState = 'visible';
  before(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  after(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
  const setVisibility = (state: DocumentVisibilityState): void => {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('makes no request while the page is hidden, and refreshes at once when it shows again', async () => {
    const url = await scriptFeed([good()]);
    await banner(url, { poll: 0.3 });
    setVisibility('hidden');
    const hiddenAt = (await feedLog(url)).length;
    await sleep(1000);
    expect((await feedLog(url)).length).to.equal(hiddenAt);
    const shownAt = Date.now();
    setVisibility('visible');
    await waitFor(async () => (await feedLog(url)).length > hiddenAt, 2000, 'refresh on show');
    expect((await feedLog(url)).at(-1)!.at - shownAt).to.be.lessThan(250);
  });

  it('sends conditional requests, and a 304 changes nothing on screen', async () => {
    const url = await scriptFeed([good('minor', { etag: '"v1"' })]);
    const element = await banner(url, { poll: 0.25 });
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const root of shadowRoots(element)) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    observer.observe(element, { attributes: true });
    await waitFor(async () => (await feedLog(url)).length >= 4, 4000, 'three revalidations');
    await sleep(50);
    observer.disconnect();
    const log = await feedLog(url);
    expect(log[0]!.ifNoneMatch).to.equal(undefined);
    expect(log.slice(1).map((entry) => [entry.ifNoneMatch, entry.status])).to.deep.equal(log.slice(1).map(() => ['"v1"', 304]));
    expect(mutations).to.have.length(0);
  });

  for (const [failure, response] of [
    ['HTTP 500', { status: 500, body: 'oops' }],
    ['a timeout', { hang: true }],
    ['a network failure', { destroy: true }],
    ['malformed JSON', { body: '{"page": {' }],
  ] as [string, ScriptedResponse][]) {
    it(`keeps the last good data through ${failure}, says it is stale, backs off and recovers`, async () => {
      const url = await scriptFeed([good('minor'), response, response, good('none')]);
      const errorTimes: number[] = [];
      const element = await banner(url, { poll: 0.2, timeout: 300 });
      element.addEventListener('feed-error', () => errorTimes.push(performance.now()));
      await waitFor(() => errorTimes.length >= 1, 3000, 'the first failure');
      await settled(element);
      expect(label(element)).to.equal('Minor service disruption');
      expect(visibleText(element.shadowRoot!.querySelector('[part="stale"]')!)).to.match(/Last updated .* ago/);
      await expect(element).to.be.accessible();
      await waitFor(() => label(element) === 'All systems operational', 8000, 'recovery');
      await settled(element);
      expect(element.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
      // Backing off: after the first failure the wait doubles (jittered, never below the 0.2 s
      // interval), after the second it doubles again (never below 0.4 s).
      const recoveredAt = performance.now();
      expect(errorTimes).to.have.length(2);
      expect(errorTimes[1]! - errorTimes[0]!).to.be.at.least(190);
      expect(recoveredAt - errorTimes[1]!).to.be.at.least(390);
    });
  }

  it("honours a server's Retry-After", async () => {
    const url = await scriptFeed([good(), { status: 503, headers: { 'Retry-After': 2 } }, good()]);
    await banner(url, { poll: 0.2 });
    await waitFor(async () => (await feedLog(url)).length >= 3, 5000, 'the retry');
    const log = await feedLog(url);
    expect(log[1]!.status).to.equal(503);
    expect(log[2]!.at - log[1]!.at).to.be.at.least(1950);
  });

  it('shows the error state with Retry when the first load fails, and Retry loads', async () => {
    const url = await scriptFeed([{ status: 502, body: 'bad gateway' }, good('maintenance')]);
    const element = await banner(url, { lang: 'es' });
    expect(visibleText(element.shadowRoot!.querySelector('[part="error"]')!)).to.include('El servidor de estado respondió con un error. (HTTP 502)');
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitFor(() => label(element) === 'Mantenimiento en curso', 3000, 'the retried load');
  });
});

describe('live feeds: status-change', () => {
  it('fires once per real change with previous and current, and announces it once', async () => {
    const url = await scriptFeed([
      good('none', { etag: '"a"' }),
      good('none', { etag: '"b"' }),
      { json: feedWith('minor', 'Slow API'), etag: '"c"' },
      { json: feedWith('minor', 'Slow API'), etag: '"d"' },
      good('none', { etag: '"e"' }),
    ]);
    const changes: [string, string][] = [];
    const announcements: string[] = [];
    const element = await banner(url, { poll: 0.2 });
    element.addEventListener('status-change', (event: StatusChangeEvent) => changes.push([event.detail.previous, event.detail.current]));
    const live = element.shadowRoot!.querySelector('[role="status"]')!;
    // every change of the region's text, even a clearing: a region refilled on each poll would show here
    new MutationObserver(() => announcements.push(live.textContent!.trim())).observe(live, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await waitFor(async () => (await feedLog(url)).length >= 7, 6000, 'five versions and two repeats');
    await settled(element);
    expect(changes).to.deep.equal([
      ['none', 'minor'],
      ['minor', 'none'],
    ]);
    expect(announcements).to.deep.equal([
      'Service status changed: Minor service disruption',
      'Service status changed: All systems operational',
    ]);
  });
});
