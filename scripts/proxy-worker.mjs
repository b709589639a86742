// The feed proxy as a Cloudflare Worker in workerd, Cloudflare's own runtime, through miniflare:
// for the proxy's tests, the browser tests that read feeds through it, and its benchmark.
// The worker is `status-elements/proxy` bundled as wrangler would bundle it, configured with
// `config`; its clock stands still until a test moves it on (`advance`), never by waiting.
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const ENTRY = `
import { createFeedProxy } from './src/proxy/index.ts';
// a clock that moves only when the test says: a burst of requests takes no time on it
let now = Date.parse('2026-11-28T12:00:00Z');
const options = { ...PROXY_CONFIG, now: () => now };
// Two instances stand for two isolates of one Worker, which share only the platform's Cache API.
const proxies = { a: createFeedProxy(options), b: createFeedProxy(options) };
export default {
  async fetch(request) {
    const url = new URL(request.url);
    // the test's hand on the clock: only in this test worker, never in the package
    if (url.pathname === '/__clock/advance') {
      now += Number(url.searchParams.get('ms'));
      return new Response('ok');
    }
    return proxies[request.headers.get('x-test-isolate') === 'b' ? 'b' : 'a'].fetch(request);
  },
};`;

/** The worker's one module: the proxy and its readers, bundled for workerd. */
export async function buildProxyWorker(config) {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js', sourcefile: 'proxy-worker.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['worker', 'browser', 'import'],
    target: 'es2022',
    define: { PROXY_CONFIG: JSON.stringify(config) },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/**
 * Starts the proxy in workerd. `port` serves it over HTTP too (0: a free one), for a browser.
 * Returns `fetch(path, init)` through workerd, `advance(ms)` of its clock, its `url` and `dispose()`.
 */
export async function startWorkerProxy(config, { port } = {}) {
  const script = await buildProxyWorker(config);
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2026-01-01',
    ...(port === undefined ? {} : { port, host: '127.0.0.1' }),
  });
  const url = (await mf.ready).href.replace(/\/$/, '');
  return {
    url,
    fetch: (path, init) => mf.dispatchFetch(`${url}${path}`, init),
    advance: async (ms) => {
      await (await mf.dispatchFetch(`${url}/__clock/advance?ms=${ms}`)).text();
    },
    dispose: () => mf.dispose(),
  };
}
