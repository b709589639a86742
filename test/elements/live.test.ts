// The live data layer against a real HTTP server (scripts/feed-script-middleware.mjs), with the
// elements' store on a manual clock: the network is real, time is not. Every wait the store
// plans is read off the clock and held to a lower and an upper bound; nothing sleeps.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import type { StatusChangeEvent } from '../../src/events.js';
import { useManualClock } from '../clock.js';
import { feedLog, scriptFeed, settled, shadowRoots, visibleText, waitFor, warmUpAxe, type ScriptedResponse } from '../helpers.js';

const feedWith = (indicator: string, title?: string): unknown => ({
  page: { name: 'Live', url: 'https://status.example.com' },
  status: { indicator },
  incidents: title
    ? [{ id: 'i1', title, impact: indicator === 'none' ? 'minor' : indicator, updates: [{ status: 'investigating', at: '2026-11-28T11:00:00Z', body: 'Looking.' }] }]
    : [],
});
const good = (indicator = 'none', extra: ScriptedResponse = {}): ScriptedResponse => ({ json: feedWith(indicator), ...extra });

/** Seconds between polls in most tests: long, since waiting costs nothing on the manual clock. */
const POLL = 60;
const INTERVAL = POLL * 1000;
const MINUTE = 60_000;

const clock = useManualClock();
before(warmUpAxe);

async function banner(src: string, attributes: { poll?: number; timeout?: number; lang?: string } = {}): Promise<StatusBannerElement> {
  const element = await fixture<StatusBannerElement>(
    html`<status-banner lang=${attributes.lang ?? 'en'} src=${src} poll-interval=${attributes.poll ?? 0} timeout=${attributes.timeout ?? 10000}></status-banner>`,
  );
  await waitFor(() => element.shadowRoot!.querySelector('[part~="banner"], [part="error"]') !== null, 4000, 'first load');
  await settled(element);
  return element;
}

const label = (element: Element): string | undefined => element.shadowRoot!.querySelector('[part~="label"]')?.textContent?.trim();

/** The wait of the one poll the store has planned (once a load has rendered, its request is over). */
function plannedWait(): number {
  const delays = clock().pending().map(({ delay }) => delay);
  expect(delays, 'one poll planned').to.have.length(1);
  return delays[0]!;
}

/**
 * Runs `start`, which starts one request (a poll falling due, the page showing), and lets that real
 * request run to its end; checks that exactly one request was made and returns the wait planned
 * for the next poll. `timeout`: the request hangs, so time moves on by that much once the server
 * has it.
 */
async function requestThen(url: string, start: () => void, timeout?: number): Promise<number> {
  const before = (await feedLog(url)).length;
  start();
  // Timers set as the request started are its own (its timeout); the next poll is any other.
  const requestTimers = new Set(clock().pending().map(({ id }) => id));
  if (timeout !== undefined) {
    await waitFor(async () => (await feedLog(url)).length > before, 4000, 'the request to reach the server');
    clock().advance(timeout);
  }
  const planned = () => clock().pending().filter(({ id }) => !requestTimers.has(id));
  await waitFor(() => planned().length > 0, 4000, 'the next poll to be planned');
  expect(await feedLog(url), 'one request').to.have.length(before + 1);
  expect(planned(), 'one poll planned').to.have.length(1);
  return planned()[0]!.delay;
}

/** Lets the planned poll fall due; see `requestThen`. */
const poll = (url: string, timeout?: number): Promise<number> => requestThen(url, () => clock().advanceToNext(), timeout);

describe('live feeds: one shared request', () => {
  it('10 elements of all three kinds on one URL make exactly one request per poll', async () => {
    const url = await scriptFeed([good()]);
    const host = await fixture<HTMLElement>(html`<div lang="en">
      ${[0, 1, 2, 3].map(() => html`<status-banner src=${url} poll-interval=${POLL}></status-banner>`)}
      ${[0, 1, 2].map(() => html`<incident-history src=${url}></incident-history>`)}
      ${[0, 1, 2].map(() => html`<incident-timeline src=${url}></incident-timeline>`)}
    </div>`);
    const banners = [...host.querySelectorAll('status-banner')];
    await waitFor(() => banners.every((element) => label(element) === 'All systems operational'), 4000, 'every banner to show the feed');
    expect(await feedLog(url)).to.have.length(1);
    expect(plannedWait()).to.equal(INTERVAL);
    for (let round = 0; round < 3; round += 1) expect(await poll(url)).to.equal(INTERVAL);
    expect(await feedLog(url)).to.have.length(4);
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

describe('live feeds: options that change in place', () => {
  it('a new poll-interval keeps the data, its ETag and the screen: no feed-load, no skeleton, only the next poll moves', async () => {
    const url = await scriptFeed([good('minor', { etag: '"v1"' })]);
    const element = await banner(url, { poll: POLL });
    expect(label(element)).to.equal('Minor service disruption');
    expect(plannedWait()).to.equal(INTERVAL);
    const loads: Event[] = [];
    element.addEventListener('feed-load', (event) => loads.push(event));
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const root of shadowRoots(element)) observer.observe(root, { subtree: true, childList: true, characterData: true });

    element.pollInterval = 2 * POLL;
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part="loading"]'), 'no skeleton').to.equal(null);
    expect(label(element)).to.equal('Minor service disruption');
    expect(await feedLog(url), 'nothing fetched again').to.have.length(1);
    expect(plannedWait(), 'the next poll at the new interval').to.equal(2 * INTERVAL);

    element.timeout = 5000;
    await settled(element);
    // the poll at the new interval is conditional: the ETag stayed
    expect(await poll(url)).to.equal(2 * INTERVAL);
    await settled(element);
    observer.disconnect();
    const log = await feedLog(url);
    expect(log.map((entry) => [entry.ifNoneMatch, entry.status])).to.deep.equal([[undefined, 200], ['"v1"', 304]]);
    expect(loads, 'no second feed-load').to.have.length(0);
    expect(mutations, 'nothing on screen changed').to.have.length(0);
    expect(label(element)).to.equal('Minor service disruption');
  });

  it('the source changing is a new feed: the new URL loads from nothing', async () => {
    const first = await scriptFeed([good('minor')]);
    const second = await scriptFeed([good('major')]);
    const element = await banner(first);
    const loads: Event[] = [];
    element.addEventListener('feed-load', (event) => loads.push(event));
    element.src = second;
    await waitFor(() => label(element) === 'Major service outage', 4000, 'the second feed');
    expect(loads).to.have.length(1);
    expect(await feedLog(first)).to.have.length(1);
    expect(await feedLog(second)).to.have.length(1);
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
  afterEach(() => {
    visibility = 'visible';
  });
  const setVisibility = (state: DocumentVisibilityState): void => {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('makes no request while the page is hidden however long, and one at once when it shows again', async () => {
    const url = await scriptFeed([good()]);
    await banner(url, { poll: POLL });
    setVisibility('hidden');
    clock().advance(10 * INTERVAL);
    // a request would have set its timeout on the clock
    expect(clock().pending(), 'no request and no poll while hidden').to.deep.equal([]);
    // no time passes: the overdue poll runs on being shown
    expect(await requestThen(url, () => setVisibility('visible'))).to.equal(INTERVAL);
    expect(await feedLog(url)).to.have.length(2);
  });

  it('sends conditional requests, and a 304 changes nothing on screen', async () => {
    const url = await scriptFeed([good('minor', { etag: '"v1"' })]);
    const element = await banner(url, { poll: POLL });
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const root of shadowRoots(element)) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    observer.observe(element, { attributes: true });
    for (let round = 0; round < 3; round += 1) expect(await poll(url)).to.equal(INTERVAL);
    await settled(element);
    observer.disconnect();
    const log = await feedLog(url);
    expect(log[0]!.ifNoneMatch).to.equal(undefined);
    expect(log.slice(1).map((entry) => [entry.ifNoneMatch, entry.status])).to.deep.equal([1, 2, 3].map(() => ['"v1"', 304]));
    expect(mutations).to.have.length(0);
  });

  const TIMEOUT = 5000;
  for (const [failure, response] of [
    ['HTTP 500', { status: 500, body: 'oops' }],
    ['a timeout', { hang: true }],
    ['a network failure', { destroy: true }],
    ['malformed JSON', { body: '{"page": {' }],
  ] as [string, ScriptedResponse][]) {
    it(`keeps the last good data through ${failure}, says it is stale, backs off and recovers`, async () => {
      const url = await scriptFeed([good('minor'), response, response, good('none')]);
      const loadedAt = clock().now();
      const element = await banner(url, { poll: POLL, timeout: TIMEOUT });
      const errors: Event[] = [];
      element.addEventListener('feed-error', (event) => errors.push(event));
      expect(plannedWait()).to.equal(INTERVAL);
      const timeout = response.hang ? TIMEOUT : undefined;
      const stale = (): string => visibleText(element.shadowRoot!.querySelector('[part="stale"]')!);

      // After the first failure the wait doubles, jittered: 1× to 2× the interval.
      expect(await poll(url, timeout)).to.be.within(INTERVAL, 2 * INTERVAL);
      await settled(element);
      expect(errors).to.have.length(1);
      expect(label(element)).to.equal('Minor service disruption');
      expect(stale()).to.equal('Could not refresh. Last updated 1 minute ago.');
      await expect(element).to.be.accessible();

      // After the second, 2× to 4×.
      expect(await poll(url, timeout)).to.be.within(2 * INTERVAL, 4 * INTERVAL);
      await settled(element);
      expect(errors).to.have.length(2);
      expect(label(element)).to.equal('Minor service disruption');
      const minutes = Math.round((clock().now() - loadedAt) / MINUTE);
      expect(stale()).to.equal(`Could not refresh. Last updated ${minutes} minutes ago.`);

      // Recovered: fresh data, no notice, and back to the interval.
      expect(await poll(url)).to.equal(INTERVAL);
      await settled(element);
      expect(label(element)).to.equal('All systems operational');
      expect(element.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
      expect(errors).to.have.length(2);
    });
  }

  it("honours a server's Retry-After to the millisecond", async () => {
    const url = await scriptFeed([good(), { status: 503, headers: { 'Retry-After': 2 } }, good()]);
    await banner(url, { poll: 0.2 });
    expect(plannedWait()).to.equal(200);
    // the backoff alone would be 200 to 400 ms
    expect(await poll(url)).to.equal(2000);
    clock().advance(1999);
    expect(await feedLog(url), 'not a moment early').to.have.length(2);
    expect(await poll(url)).to.equal(200);
    expect((await feedLog(url)).map((entry) => entry.status)).to.deep.equal([200, 503, 200]);
  });

  it('shows the error state with Retry when the first load fails, and Retry loads', async () => {
    const url = await scriptFeed([{ status: 502, body: 'bad gateway' }, good('maintenance')]);
    const element = await banner(url, { lang: 'es' });
    expect(visibleText(element.shadowRoot!.querySelector('[part="error"]')!)).to.include('El servidor de estado respondió con un error. (HTTP 502)');
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitFor(() => label(element) === 'Mantenimiento en curso', 4000, 'the retried load');
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
    const changes: [string | undefined, string][] = [];
    const announcements: string[] = [];
    const element = await banner(url, { poll: POLL });
    element.addEventListener('status-change', (event: StatusChangeEvent) => changes.push([event.detail.previous, event.detail.current]));
    const live = element.shadowRoot!.querySelector('[role="status"]')!;
    // every change of the region's text, even a clearing: a region refilled on each poll would show here
    new MutationObserver(() => announcements.push(live.textContent!.trim())).observe(live, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    // four more versions, then two repeats of the last (304s)
    for (let round = 0; round < 6; round += 1) {
      await poll(url);
      await settled(element);
    }
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

describe('live feeds: requests shaped per element', () => {
  it('makes the requests through the element\'s own hook: headers, credentials, a proxy URL', async () => {
    const proxied = await scriptFeed([good('major', { etag: '"p1"' })]);
    const calls: { url: string; headers: Record<string, string>; credentials?: RequestCredentials; signal: boolean }[] = [];
    const request = (url: string, init: RequestInit): Promise<Response> => {
      const headers = new Headers(init.headers);
      headers.set('X-Status-Client', 'test');
      calls.push({ url, headers: Object.fromEntries(headers), credentials: 'include', signal: init.signal instanceof AbortSignal });
      // through a proxy: the upstream address becomes the proxy's
      return fetch(proxied, { ...init, headers, credentials: 'include' });
    };
    const element = await fixture<StatusBannerElement>(html`<status-banner lang="en" src="https://status.example.com/api/v2/summary.json" poll-interval=${POLL} .request=${request}></status-banner>`);
    await waitFor(() => label(element) === 'Major service outage', 4000, 'the feed through the proxy');
    expect(calls).to.have.length(1);
    expect(calls[0]).to.deep.include({ url: 'https://status.example.com/api/v2/summary.json', signal: true });
    expect(calls[0]!.headers).to.include({ accept: 'application/json', 'x-status-client': 'test' });
    // the next poll goes the same way, conditional on the ETag the proxy gave
    expect(await poll(proxied)).to.equal(INTERVAL);
    expect(calls[1]!.headers).to.include({ 'if-none-match': '"p1"', 'x-status-client': 'test' });
  });

  it('shares a request only among elements with the same hook', async () => {
    const url = await scriptFeed([good('minor')]);
    let hooked = 0;
    const request = (target: string, init: RequestInit): Promise<Response> => {
      hooked += 1;
      return fetch(target, init);
    };
    const host = await fixture<HTMLElement>(html`<div lang="en">
      <status-banner src=${url}></status-banner><status-banner src=${url}></status-banner>
      <status-banner src=${url} .request=${request}></status-banner><status-banner src=${url} .request=${request}></status-banner>
    </div>`);
    const banners = [...host.querySelectorAll('status-banner')];
    await waitFor(() => banners.every((element) => label(element) === 'Minor service disruption'), 4000, 'every banner');
    expect(hooked).to.equal(1);
    expect(await feedLog(url)).to.have.length(2);
  });
});
