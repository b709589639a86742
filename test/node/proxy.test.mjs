// The feed proxy (status-elements/proxy), run two ways with one suite: inside workerd, Cloudflare's
// own runtime, through miniflare (scripts/proxy-worker.mjs), and on Node's node:http adapter
// (status-elements/proxy/node). The upstream status pages are a local server that sends no CORS
// header (scripts/upstream-server.mjs). Time is the proxy's injected clock, moved on by the test.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { loadSrc } from '../../scripts/load-src.mjs';
import { startWorkerProxy } from '../../scripts/proxy-worker.mjs';
import { startUpstream } from '../../scripts/upstream-server.mjs';

const { createFeedProxy } = await loadSrc('src/proxy/index.ts');
const { serveFeedProxy } = await loadSrc('src/proxy/node.ts');
const { parseFeed } = await loadSrc('src/feed/index.ts');

const fixture = async (path) => JSON.parse(await readFile(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
const kumaPage = await fixture('handwritten/uptime-kuma/status-page-2.0.handwritten.json');
const kumaBeats = await fixture('handwritten/uptime-kuma/heartbeat-2.0.handwritten.json');

const INTERVAL = 60;
const native = (title, indicator = 'minor') => ({
  page: { name: 'Upstream' },
  status: { indicator },
  incidents: [{ id: 'i1', title, updates: [{ status: 'investigating', at: '2026-11-28T11:00:00Z', body: 'Looking.' }] }],
});

/** The proxy on Node, with the same hand on its clock as the worker's. */
async function startNodeProxy(config) {
  let now = Date.parse('2026-11-28T12:00:00Z');
  const proxy = createFeedProxy({ ...config, now: () => now });
  const served = await serveFeedProxy(proxy, { port: 0 });
  return {
    url: served.url,
    fetch: (path, init) => fetch(`${served.url}${path}`, init),
    advance: async (ms) => {
      now += ms;
    },
    dispose: () => served.close(),
  };
}

const RUNTIMES = [
  ['workerd (miniflare)', startWorkerProxy],
  ['Node (node:http)', startNodeProxy],
];

for (const [runtime, start] of RUNTIMES) {
  describe(`feed proxy in ${runtime}`, () => {
    let upstream;
    let proxy;
    const routes = {};
    const script = (name, responses, route = {}) => {
      const url = upstream.script(`/${name}`, responses);
      routes[`/${name}.json`] = { upstream: url, interval: INTERVAL, allowPrivate: true, ...route };
      return `/${name}`;
    };

    before(async () => {
      upstream = await startUpstream();
      const good = { json: native('Slow API') };
      script('shared', [good]);
      script('etag', [good]);
      for (const kind of ['500', 'timeout', 'huge', 'malformed', 'html']) {
        const failure = {
          500: { status: 500, body: 'oops' },
          timeout: { hang: true },
          huge: { size: 2_000_000 },
          malformed: { body: '{"page": {' },
          html: { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Service Unavailable</body></html>' },
        }[kind];
        script(`fail-${kind}`, [{ json: native('Before') }, failure, { json: native('After', 'none') }]);
      }
      script('never', [{ status: 503, body: 'down' }]);
      script('kuma-page', [{ json: kumaPage }]);
      script('kuma-beats', [{ json: kumaBeats }]);
      routes['/kuma.json'] = { upstream: [`${upstream.origin}/kuma-page`, `${upstream.origin}/kuma-beats`], allowPrivate: true };
      script('headers', [good], { headers: { authorization: 'Bearer route-token' } });
      // a redirect to a host the route does not name: refused
      upstream.script('/elsewhere', [good]);
      script('redirect', [{ status: 302, headers: { location: `${upstream.origin.replace('127.0.0.1', 'localhost')}/elsewhere` } }]);
      script('cached', [good]);
      proxy = await start({ routes, timeout: 300, maxBytes: 100_000, allowOrigins: '*' });
    });
    after(async () => {
      await proxy?.dispose();
      await upstream?.close();
    });

    it('500 requests from 50 concurrent clients make one upstream request per interval', async () => {
      const burst = async (count) => {
        const bodies = await Promise.all(
          Array.from({ length: 50 }, async () => {
            const seen = [];
            for (let index = 0; index < count; index++) {
              const response = await proxy.fetch('/shared.json');
              assert.equal(response.status, 200);
              seen.push(await response.text());
            }
            return seen;
          }),
        );
        return new Set(bodies.flat());
      };
      assert.equal((await burst(10)).size, 1, 'every viewer got the same feed');
      assert.equal(upstream.log('/shared').length, 1);
      await proxy.advance((INTERVAL - 1) * 1000);
      await burst(2);
      assert.equal(upstream.log('/shared').length, 1, 'still within the interval');
      await proxy.advance(2000);
      await burst(2);
      assert.equal(upstream.log('/shared').length, 2, 'one more once the interval is over');
      // the upstream was asked with its own validator
      assert.equal(upstream.log('/shared')[1].status, 200);
    });

    it('serves the normalized feed as native JSON, with an ETag, and 304 for it', async () => {
      const first = await proxy.fetch('/etag.json');
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag');
      assert.match(etag, /^"[0-9a-f]{24}"$/);
      assert.match(first.headers.get('cache-control'), /^public, max-age=60, stale-while-revalidate=60, stale-if-error=86400$/);
      const result = parseFeed(await first.text());
      assert.equal(result.ok && result.format, 'native');
      assert.deepEqual(result.feed.incidents.map((item) => item.title), ['Slow API']);
      for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const again = await proxy.fetch('/etag.json', { headers: { 'if-none-match': tag } });
        assert.equal(again.status, 304, tag);
        assert.equal(again.headers.get('etag'), etag);
        assert.equal(await again.text(), '');
      }
      assert.equal((await proxy.fetch('/etag.json', { headers: { 'if-none-match': '"other"' } })).status, 200);
      const head = await proxy.fetch('/etag.json', { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      assert.equal(upstream.log('/etag').length, 1);
    });

    for (const [kind, reason] of [
      ['500', /HTTP 500/],
      ['timeout', /no answer within 300 ms/],
      ['huge', /over 100000 bytes/],
      ['malformed', /Not valid JSON at line 1, column 11/],
      ['html', /Not valid JSON/],
    ]) {
      it(`keeps the last good feed through ${kind === 'html' ? 'an HTML error page' : `a ${kind} upstream`}, marked stale, and recovers`, async () => {
        const path = `/fail-${kind}.json`;
        const fresh = await proxy.fetch(path);
        const freshFeed = JSON.parse(await fresh.text());
        assert.equal(fresh.headers.get('x-feed-stale'), null);
        const readAt = freshFeed.page.updatedAt;

        await proxy.advance(INTERVAL * 1000 + 1);
        const stale = await proxy.fetch(path);
        assert.equal(stale.status, 200);
        assert.match(stale.headers.get('x-feed-stale') ?? '', reason);
        const staleFeed = JSON.parse(await stale.text());
        assert.deepEqual(staleFeed.incidents.map((item) => item.title), ['Before'], 'the last good data, never the error page');
        // the feed says when it was last read whole
        assert.ok(staleFeed.page.updatedAt, 'stale data carries the time it was read');
        assert.ok(!readAt || staleFeed.page.updatedAt >= readAt);
        assert.notEqual(stale.headers.get('etag'), fresh.headers.get('etag'));

        await proxy.advance(INTERVAL * 1000 + 1);
        const healed = await proxy.fetch(path);
        assert.equal(healed.headers.get('x-feed-stale'), null);
        const healedFeed = JSON.parse(await healed.text());
        assert.deepEqual(healedFeed.incidents.map((item) => item.title), ['After']);
        assert.equal(upstream.log(`/fail-${kind}`).length, 3);
      });
    }

    it('an upstream that never answered well is a 502 that says why, never its error page', async () => {
      const response = await proxy.fetch('/never.json');
      assert.equal(response.status, 502);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = await response.json();
      assert.match(body.error, /^The upstream of \/never\.json could not be read: HTTP 503 from /);
      assert.doesNotMatch(JSON.stringify(body), /"down"/);
    });

    it('merges one page\'s endpoints (Uptime Kuma page + heartbeat) into one feed', async () => {
      const result = parseFeed(await (await proxy.fetch('/kuma.json')).text());
      assert.ok(result.ok, result.ok ? '' : result.error.message);
      const monitors = kumaPage.publicGroupList.flatMap((group) => group.monitorList);
      assert.deepEqual(
        result.feed.components.slice(0, monitors.length).map((item) => item.name),
        monitors.map((monitor) => monitor.name),
      );
      // states from the heartbeat endpoint, names from the page endpoint
      const down = Object.entries(kumaBeats.heartbeatList).filter(([, beats]) => beats.at(-1)?.status === 0).map(([id]) => id);
      for (const id of down) assert.equal(result.feed.components.find((item) => item.id === id)?.status, 'major_outage', `monitor ${id}`);
    });

    it('is not an open proxy: only configured paths, no upstream named by a request', async () => {
      const before = upstream.log('/elsewhere').length;
      for (const path of [
        '/nothing.json',
        '//evil.example/shared.json',
        '/shared.json/',
        '/shared.json%2F..%2Fnever.json',
        '/http://127.0.0.1/shared.json',
        '/shared.json@evil.example',
        '/SHARED.JSON',
      ]) {
        const response = await proxy.fetch(path);
        assert.equal(response.status, 404, path);
        assert.match((await response.json()).error, /^No feed is served at /, path);
      }
      // dot segments, even percent-encoded, resolve inside the proxy's own paths (the URL standard's rule)
      assert.equal((await proxy.fetch('/nothing/%2e%2e/shared.json')).status, 200);
      // the query string and a viewer's headers reach nothing upstream
      const tricks = await proxy.fetch('/headers.json?upstream=http://evil.example/', {
        headers: { cookie: 'session=viewer', authorization: 'Bearer viewer', 'x-forwarded-host': 'evil.example' },
      });
      assert.equal(tricks.status, 200);
      const sent = upstream.log('/headers')[0].headers;
      assert.equal(sent.cookie, undefined);
      assert.equal(sent.authorization, 'Bearer route-token', "the route's own header, not the viewer's");
      assert.equal(sent['x-forwarded-host'], undefined);
      // a redirect to a host the route does not name is not followed
      const redirected = await proxy.fetch('/redirect.json');
      assert.equal(redirected.status, 502);
      assert.match((await redirected.json()).error, /a redirect to http:\/\/localhost:\d+, which is not a host of this route, was refused/);
      assert.equal(upstream.log('/elsewhere').length, before);
      for (const method of ['POST', 'PUT', 'DELETE']) assert.equal((await proxy.fetch('/shared.json', { method })).status, 405);
    });

    it('answers CORS preflight and names the allowed origin', async () => {
      const preflight = await proxy.fetch('/shared.json', {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.match(preflight.headers.get('access-control-allow-methods'), /GET/);
      assert.match(preflight.headers.get('access-control-allow-headers'), /if-none-match/);
      const get = await proxy.fetch('/shared.json', { headers: { origin: 'https://app.example' } });
      assert.equal(get.headers.get('access-control-allow-origin'), '*');
      assert.match(get.headers.get('access-control-expose-headers'), /x-feed-stale/);
    });

    if (runtime.startsWith('workerd')) {
      it("shares a feed between a Worker's isolates through the Cache API", async () => {
        const first = await proxy.fetch('/cached.json');
        const other = await proxy.fetch('/cached.json', { headers: { 'x-test-isolate': 'b' } });
        assert.equal(await other.text(), await first.text());
        assert.equal(upstream.log('/cached').length, 1, 'the second isolate read the first one\'s copy');
      });
    }
  });
}

describe('feed proxy: a list of allowed origins', () => {
  it('echoes an allowed origin, with Vary, and gives no other origin the header', async () => {
    const upstream = await startUpstream();
    const url = upstream.script('/feed', [{ json: native('Slow API') }]);
    const proxy = createFeedProxy({ routes: { '/feed.json': { upstream: url, allowPrivate: true } }, allowOrigins: ['https://app.example'] });
    try {
      const allowed = await proxy.fetch(new Request('http://proxy/feed.json', { headers: { origin: 'https://app.example' } }));
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example');
      assert.equal(allowed.headers.get('vary'), 'Origin');
      const other = await proxy.fetch(new Request('http://proxy/feed.json', { headers: { origin: 'https://evil.example' } }));
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const preflight = await proxy.fetch(new Request('http://proxy/feed.json', { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }));
      assert.equal(preflight.status, 403);
    } finally {
      await upstream.close();
    }
  });
});

describe('feed proxy: redirects and addresses, with a public upstream', () => {
  // a stand-in for the network: a public page that redirects where it is told
  const network = (location) => async (url) =>
    url === 'https://status.example.com/feed.json'
      ? new Response(null, { status: 302, headers: { location } })
      : new Response(JSON.stringify(native('Moved')), { headers: { 'content-type': 'application/json' } });
  const read = async (location) => {
    const proxy = createFeedProxy({ routes: { '/feed.json': { upstream: 'https://status.example.com/feed.json' } }, fetch: network(location) });
    const response = await proxy.fetch(new Request('http://proxy/feed.json'));
    return [response.status, await response.json()];
  };

  it('follows a redirect to the same host, and refuses one to a private address or another host', async () => {
    const [status, feed] = await read('https://status.example.com/v2/feed.json');
    assert.equal(status, 200);
    assert.deepEqual(feed.incidents.map((item) => item.title), ['Moved']);
    for (const [location, reason] of [
      ['http://127.0.0.1:8080/admin', /which is not a host of this route/],
      ['https://status.example.com.evil.example/feed.json', /which is not a host of this route/],
      ['file:///etc/passwd', /which is not a host of this route/],
    ]) {
      const [refused, body] = await read(location);
      assert.equal(refused, 502, location);
      assert.match(body.error, reason, location);
    }
  });
});

describe('feed proxy: configuration errors at start-up', () => {
  const route = (upstream, extra = {}) => ({ routes: { '/feed.json': { upstream, ...extra } } });
  for (const [config, message] of [
    [{}, /^status-elements proxy: no routes/],
    [{ routes: { 'feed.json': { upstream: 'https://status.example.com/' } } }, /route "feed\.json": a path starts with "\/"/],
    [{ routes: { '/a/../b': { upstream: 'https://status.example.com/' } } }, /route "\/a\/\.\.\/b"/],
    [route('status.example.com/feed'), /upstream "status\.example\.com\/feed" is not an absolute URL/],
    [route('ftp://status.example.com/feed'), /is not http or https/],
    [route('https://user:secret@status.example.com/feed'), /carries credentials in its URL/],
    [route('http://127.0.0.1:3001/api/status-page/x'), /is a loopback address; set allowPrivate: true on the route if you mean it/],
    [route('http://2130706433/'), /loopback address/],
    [route('http://0x7f.1/'), /loopback address/],
    [route('http://[::1]/'), /loopback address/],
    [route('http://[::ffff:127.0.0.1]/'), /loopback address/],
    [route('http://localhost:3001/'), /loopback address/],
    [route('http://kuma.localhost/'), /loopback address/],
    [route('http://10.1.2.3/'), /private address/],
    [route('http://192.168.0.10/'), /private address/],
    [route('http://172.20.0.1/'), /private address/],
    [route('http://[fd00::1]/'), /private address/],
    [route('http://169.254.169.254/latest/meta-data/'), /link-local address/],
    [route('http://0.0.0.0/'), /unspecified address/],
    [route('https://status.example.com/', { format: 'pagerduty' }), /format "pagerduty" is not one of auto, native/],
    [route('https://status.example.com/', { interval: 0 }), /interval must be a number of seconds above 0/],
    [{ ...route('https://status.example.com/'), allowOrigins: ['https://app.example/path'] }, /allowOrigins: "https:\/\/app\.example\/path" is not an origin/],
  ]) {
    it(`refuses ${JSON.stringify(config).slice(0, 90)}`, () => {
      assert.throws(() => createFeedProxy(config), { message });
    });
  }

  it('takes a private upstream that a route allows on purpose', () => {
    assert.doesNotThrow(() => createFeedProxy(route('http://192.168.0.10:3001/api/status-page/x', { allowPrivate: true })));
  });
});
