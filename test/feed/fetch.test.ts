/**
 * fetchFeed: each error kind through an injected fetch (deterministic), and the same behaviour
 * through real HTTP from the test server (the corpus and scripted feed responses).
 */
import { expect } from '@open-wc/testing';
import type { FetchOutcome } from '../../src/feed/index.js';
import { fetchFeed, parseMaxAge, parseRetryAfter } from '../../src/feed/index.js';
import { ManualClock } from '../clock.js';
import { feedLog, loadJson, scriptFeed, waitFor } from '../helpers.js';

const SUMMARY = JSON.stringify({ page: { id: 'p', name: 'Acme' }, status: { indicator: 'none', description: 'All Systems Operational' } });

function respond(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

/** A fetch that never answers and ignores its signal, as a hung or careless implementation would. */
const neverAnswers: typeof fetch = () => new Promise<Response>(() => {});

/** Lets every promise callback already due run: one turn of the event loop. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

function expectFailure(outcome: FetchOutcome, kind: string): Extract<FetchOutcome, { ok: false }> {
  if (outcome.ok) throw new Error(`expected a ${kind} error, got a feed`);
  expect(outcome.error.kind).to.equal(kind);
  expect(outcome.error.message).not.to.include('undefined');
  return outcome;
}

describe('fetchFeed with an injected fetch', () => {
  it('reads the feed, passing a signal and Accept: application/json', async () => {
    let seen: RequestInit | undefined;
    const outcome = await fetchFeed('https://status.test/api/v2/summary.json', {
      fetch: async (_url, init) => {
        seen = init;
        return new Response(SUMMARY, { headers: { ETag: '"v1"', 'Last-Modified': 'Fri, 17 Apr 2026 13:00:00 GMT' } });
      },
    });
    expect(outcome.ok && !outcome.notModified && outcome.feed.page.name).to.equal('Acme');
    expect(outcome).to.deep.include({ etag: '"v1"', lastModified: 'Fri, 17 Apr 2026 13:00:00 GMT' });
    expect(seen?.signal).to.be.instanceOf(AbortSignal);
    expect(new Headers(seen?.headers).get('Accept')).to.equal('application/json');
  });

  it('http: a non-2xx status gives its status, and Retry-After in seconds', async () => {
    const outcome = expectFailure(await fetchFeed('https://status.test/x.json', { fetch: respond('busy', { status: 503, statusText: 'Service Unavailable', headers: { 'Retry-After': '120' } }) }), 'http');
    expect(outcome.error).to.deep.equal({ kind: 'http', status: 503, message: 'HTTP 503 Service Unavailable from https://status.test/x.json', url: 'https://status.test/x.json', retryAfter: 120 });
    expect(outcome.retryAfter).to.equal(120);
  });

  it('http: Retry-After as an HTTP-date becomes seconds from now', async () => {
    const now = Date.parse('2026-04-17T13:00:00Z');
    const outcome = expectFailure(
      await fetchFeed('https://status.test/x.json', { timers: new ManualClock(now), fetch: respond('', { status: 429, headers: { 'Retry-After': 'Fri, 17 Apr 2026 13:01:30 GMT' } }) }),
      'http',
    );
    expect(outcome.error.retryAfter).to.equal(90);
    expect(parseRetryAfter('Fri, 17 Apr 2026 12:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
  });

  it('network: a fetch that rejects', async () => {
    const outcome = expectFailure(await fetchFeed('https://status.test/x.json', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), 'network');
    // another origin than the page's: the likely reason is named after the browser's own words
    expect(outcome.error.message).to.equal(
      `Could not fetch https://status.test/x.json: Failed to fetch. If it is up, it may not allow requests from ${location.origin} (CORS): ` +
        'send Access-Control-Allow-Origin with the feed, or serve it from this origin (a same-origin path or a proxy)',
    );
    expect(outcome.error.url).to.equal('https://status.test/x.json');
  });

  it('network: a fetch that throws synchronously, or rejects with a non-error', async () => {
    const throws: typeof fetch = () => {
      throw new Error('bad URL');
    };
    expect(expectFailure(await fetchFeed('x', { fetch: throws }), 'network').error.message).to.equal('Could not fetch x: bad URL');
    expect(expectFailure(await fetchFeed('x', { fetch: () => Promise.reject(null) }), 'network').error.message).to.equal('Could not fetch x: null');
  });

  it('timeout: no answer within the time, even from a fetch that ignores its signal; not a moment before', async () => {
    const clock = new ManualClock();
    let settled = false;
    const pending = fetchFeed('https://status.test/slow.json', { timeout: 50, timers: clock, fetch: neverAnswers }).finally(() => (settled = true));
    clock.advance(49);
    await nextTask();
    expect(settled, 'settled before the timeout').to.equal(false);
    clock.advance(1);
    const outcome = expectFailure(await pending, 'timeout');
    expect(outcome.error.message).to.equal('No complete response from https://status.test/slow.json within 0.05 s');
  });

  it('timeout: aborts the signal given to fetch', async () => {
    const clock = new ManualClock();
    let signal: AbortSignal | undefined;
    const pending = fetchFeed('x', {
      timeout: 20,
      timers: clock,
      fetch: (_url, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      },
    });
    expect(signal?.aborted).to.equal(false);
    clock.advance(20);
    expect(signal?.aborted).to.equal(true);
    expectFailure(await pending, 'timeout');
  });

  it('clears its timer: the signal of a finished request is never aborted later', async () => {
    const clock = new ManualClock();
    let signal: AbortSignal | undefined;
    const outcome = await fetchFeed('x', {
      timeout: 30,
      timers: clock,
      fetch: async (_url, init) => {
        signal = init?.signal ?? undefined;
        return new Response(SUMMARY);
      },
    });
    expect(outcome.ok).to.equal(true);
    expect(clock.pending(), 'the timeout is cleared').to.deep.equal([]);
    clock.advance(1000);
    expect(signal?.aborted).to.equal(false);
  });

  it('aborted: the caller aborts during the request, or before it starts', async () => {
    const controller = new AbortController();
    const pending = fetchFeed('https://status.test/x.json', { signal: controller.signal, fetch: neverAnswers, timeout: 0 });
    controller.abort();
    expect(expectFailure(await pending, 'aborted').error.message).to.equal('The request for https://status.test/x.json was aborted');
    let called = false;
    const before = await fetchFeed('x', { signal: AbortSignal.abort(), fetch: async () => ((called = true), new Response(SUMMARY)) });
    expectFailure(before, 'aborted');
    expect(called).to.equal(false);
  });

  it('parse and invalid: the body is read like parseFeed reads it, with the URL added', async () => {
    const parse = expectFailure(await fetchFeed('https://status.test/x.json', { fetch: respond('<html>oops</html>') }), 'parse');
    expect(parse.error.message).to.equal('Not valid JSON at line 1, column 1 (position 0): unexpected character "<"');
    expect(parse.error.url).to.equal('https://status.test/x.json');
    const invalid = expectFailure(await fetchFeed('https://status.test/x.json', { fetch: respond('[1, 2]') }), 'invalid');
    expect(invalid.error.message).to.equal('Expected an object at $ but got an array');
  });

  it('conditional requests: sends If-None-Match and If-Modified-Since; a 304 keeps the caller\'s validators', async () => {
    let headers: Headers | undefined;
    const outcome = await fetchFeed('x', {
      etag: '"v1"',
      lastModified: 'Fri, 17 Apr 2026 13:00:00 GMT',
      fetch: async (_url, init) => {
        headers = new Headers(init?.headers);
        return new Response(null, { status: 304 });
      },
    });
    expect(headers?.get('If-None-Match')).to.equal('"v1"');
    expect(headers?.get('If-Modified-Since')).to.equal('Fri, 17 Apr 2026 13:00:00 GMT');
    expect(outcome).to.deep.equal({ ok: true, notModified: true, etag: '"v1"', lastModified: 'Fri, 17 Apr 2026 13:00:00 GMT' });
  });

  it('passes the format on and keeps the caller\'s own headers', async () => {
    let headers: Headers | undefined;
    const native = JSON.stringify({ page: { name: 'Native' }, incidents: [] });
    const outcome = await fetchFeed('x', {
      format: 'native',
      headers: { Accept: 'application/vnd.status+json', 'X-Key': 'k' },
      fetch: async (_url, init) => {
        headers = new Headers(init?.headers);
        return new Response(native);
      },
    });
    expect(outcome.ok && !outcome.notModified && outcome.feed.page.name).to.equal('Native');
    expect(headers?.get('Accept')).to.equal('application/vnd.status+json');
    expect(headers?.get('X-Key')).to.equal('k');
  });
});

describe('parseMaxAge', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  it('reads max-age first, no-cache and no-store as none, then Expires against Date or the clock', () => {
    expect(parseMaxAge('public, max-age=300', null, null, now)).to.equal(300);
    expect(parseMaxAge('s-maxage=900, max-age="60"', null, null, now)).to.equal(60);
    expect(parseMaxAge('no-store', 'Sat, 28 Nov 2026 13:00:00 GMT', null, now)).to.equal(0);
    expect(parseMaxAge('no-cache, max-age=600', null, null, now)).to.equal(0);
    expect(parseMaxAge(null, 'Sat, 28 Nov 2026 12:05:00 GMT', 'Sat, 28 Nov 2026 12:00:00 GMT', now)).to.equal(300);
    expect(parseMaxAge(null, 'Sat, 28 Nov 2026 12:01:00 GMT', null, now)).to.equal(60);
    expect(parseMaxAge(null, 'Sat, 28 Nov 2026 11:00:00 GMT', null, now)).to.equal(0);
    expect(parseMaxAge(null, '0', null, now)).to.equal(0);
    expect(parseMaxAge('public', null, null, now)).to.equal(undefined);
    expect(parseMaxAge(null, null, null, now)).to.equal(undefined);
  });
});

describe('fetchFeed over real HTTP', () => {
  it('fetches a corpus feed from the test server', async () => {
    const outcome = await fetchFeed('/__corpus__/files/statuspage/statuspage-exporter__example.json');
    if (!outcome.ok || outcome.notModified) throw new Error(`expected a feed: ${JSON.stringify(outcome)}`);
    expect(outcome.feed.page.name).to.equal('GitHub');
    expect(outcome.feed.incidents).to.have.length(1);
    expect(outcome.feed.status.indicator).to.equal('minor');
  });

  it('http: a missing file is a 404', async () => {
    const outcome = expectFailure(await fetchFeed('/__corpus__/files/statuspage/no-such-feed.json'), 'http');
    expect(outcome.error.status).to.equal(404);
    expect(outcome.error.message).to.match(/^HTTP 404( Not Found)? from \/__corpus__\/files\/statuspage\/no-such-feed\.json$/);
  });

  it('conditional requests end to end: the server answers 304 to the ETag it gave', async () => {
    const url = await scriptFeed([{ json: JSON.parse(SUMMARY), etag: '"abc"' }]);
    const first = await fetchFeed(url);
    expect(first.ok && !first.notModified && first.etag).to.equal('"abc"');
    const second = await fetchFeed(url, { etag: '"abc"' });
    // the test server sends Cache-Control: no-store, which is no freshness at all
    expect(second).to.deep.equal({ ok: true, notModified: true, etag: '"abc"', maxAge: 0 });
    const log = await feedLog(url);
    expect(log.map((entry) => [entry.status, entry.ifNoneMatch])).to.deep.equal([[200, undefined], [304, '"abc"']]);
  });

  it('network: a dropped connection', async () => {
    const url = await scriptFeed([{ destroy: true }]);
    const outcome = expectFailure(await fetchFeed(url), 'network');
    expect(outcome.error.message.startsWith(`Could not fetch ${url}: `)).to.equal(true);
    // on the page's own origin, CORS is not the reason
    expect(outcome.error.message).not.to.include('CORS');
  });

  it('network on another origin: a server that sends no CORS headers, and the fixes named', async () => {
    const { origin } = (await loadJson('/__cross-origin__')) as { origin: string };
    expect(origin).not.to.equal(location.origin);
    // the same server, allowing any origin: the feed reads
    const allowed = await fetchFeed(`${origin}/feed.json?cors=1`);
    expect(allowed.ok && !allowed.notModified && allowed.format).to.equal('statuspage');
    const blocked = expectFailure(await fetchFeed(`${origin}/feed.json`), 'network');
    const { message } = blocked.error;
    expect(message.startsWith(`Could not fetch ${origin}/feed.json: `), message).to.equal(true);
    expect(message).to.include(`it may not allow requests from ${location.origin} (CORS)`);
    expect(message).to.include('send Access-Control-Allow-Origin with the feed, or serve it from this origin (a same-origin path or a proxy)');
  });

  it('timeout: a server that never answers', async () => {
    const url = await scriptFeed([{ hang: true }]);
    const clock = new ManualClock();
    const pending = fetchFeed(url, { timeout: 200, timers: clock });
    await waitFor(async () => (await feedLog(url)).length === 1, 4000, 'the request to reach the server');
    clock.advance(200);
    expectFailure(await pending, 'timeout');
  });

  it('http 503 with Retry-After from a real response', async () => {
    const url = await scriptFeed([{ status: 503, body: 'down', headers: { 'Retry-After': '30' } }]);
    const outcome = expectFailure(await fetchFeed(url), 'http');
    expect(outcome.error).to.deep.include({ status: 503, retryAfter: 30 });
  });
});
