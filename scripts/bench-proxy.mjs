// The feed proxy's speed for cached responses, in workerd (Cloudflare's runtime, through
// miniflare) on this machine: requests per second and latency over HTTP from 50 concurrent
// clients, and how many requests reached the upstream meanwhile.
//   node scripts/bench-proxy.mjs [--requests 5000] [--concurrency 50]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startWorkerProxy } from './proxy-worker.mjs';
import { startUpstream } from './upstream-server.mjs';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '50' } } });
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

const feed = JSON.parse(readFileSync(new URL('../test/fixtures/corpus/statuspage/status-watcher__vercel_statuspage_incidents.json', import.meta.url), 'utf8'));
const upstream = await startUpstream();
const url = upstream.script('/incidents.json', [{ json: feed }]);
const proxy = await startWorkerProxy({ routes: { '/status.json': { upstream: url, allowPrivate: true, interval: 3600 } } }, { port: 0 });
const target = `${proxy.url}/status.json`;

try {
  const warm = await fetch(target);
  const size = (await warm.arrayBuffer()).byteLength;
  // warm-up: the first request read the upstream; the rest are served from the proxy's cache
  for (let index = 0; index < 200; index++) await (await fetch(target)).arrayBuffer();

  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const begin = performance.now();
        const response = await fetch(target);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))].toFixed(2);
  console.log(`feed proxy in workerd, cached responses of ${(size / 1024).toFixed(1)} KB over HTTP, ${concurrency} concurrent clients`);
  console.log(`  ${latencies.length} requests in ${seconds.toFixed(2)} s: ${Math.round(latencies.length / seconds)} requests/s`);
  console.log(`  latency: median ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`);
  console.log(`  upstream requests: ${upstream.log('/incidents.json').length}`);
} finally {
  await proxy.dispose();
  await upstream.close();
}
