// The feed proxy in workerd for the browser tests: an Uptime Kuma page (its status page and its
// heartbeat, the hand-written fixtures) served by a local server that sends no CORS header, and
// the proxy in front of it, as a Worker in miniflare on a port of its own.
//   GET /__proxy__    {"proxy": "<proxy origin>", "upstream": "<upstream origin>"}; the proxy serves /kuma.json
// Started the first time a test asks, so runs without such a test never start workerd.
import { readFileSync } from 'node:fs';
import { startWorkerProxy } from './proxy-worker.mjs';
import { startUpstream } from './upstream-server.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../test/fixtures/handwritten/uptime-kuma/${name}`, import.meta.url), 'utf8'));

export function proxyTestPlugin() {
  let started;
  const start = async () => {
    const upstream = await startUpstream();
    const page = upstream.script('/api/status-page/demo', [{ json: fixture('status-page-2.0.handwritten.json') }]);
    const beats = upstream.script('/api/status-page/heartbeat/demo', [{ json: fixture('heartbeat-2.0.handwritten.json') }]);
    const proxy = await startWorkerProxy({ routes: { '/kuma.json': { upstream: [page, beats], allowPrivate: true } } }, { port: 0 });
    return { upstream, proxy };
  };
  return {
    name: 'feed-proxy-in-workerd',
    async serverStop() {
      if (!started) return;
      const { upstream, proxy } = await started;
      await proxy.dispose();
      await upstream.close();
    },
    async serve(context) {
      if (context.path !== '/__proxy__') return undefined;
      started ??= start();
      const { upstream, proxy } = await started;
      return { body: JSON.stringify({ proxy: proxy.url, upstream: upstream.origin }), type: 'json' };
    },
  };
}
