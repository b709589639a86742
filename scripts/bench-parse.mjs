// Parse benchmark: parseFeed (JSON.parse + adapting + validating) against JSON.parse alone of
// the same text, on the largest corpus incidents feed and on a 50-incident feed built from corpus
// incidents. The goal is a ratio of at most 2. Runs the TypeScript source, bundled on the fly.
//   node scripts/bench-parse.mjs [--check]     --check: exit 1 when a ratio is over the goal
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const GOAL = 2;
const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, 'test/fixtures/corpus');

const { parseFeed } = await importFeedSource();

const largest = readFileSync(join(corpus, 'statuspage/status-watcher__vercel_statuspage_incidents.json'), 'utf8');
const cases = [
  { name: 'vercel incidents.json (10 incidents)', text: largest },
  { name: 'synthetic incidents.json (50 incidents)', text: syntheticFeed(50) },
];

let over = false;
console.log('median of timed batches, parse+validate vs JSON.parse of the same text\n');
for (const { name, text } of cases) {
  const check = parseFeed(text, { format: 'statuspage' });
  if (!check.ok) throw new Error(`${name} does not parse: ${check.error.message}`);
  const { parse, json } = measure(text);
  const ratio = parse / json;
  over ||= ratio > GOAL;
  console.log(
    `${name}: ${(text.length / 1024).toFixed(0)} KB, ${check.feed.incidents.length} incidents\n` +
      `  JSON.parse  ${format(json)}\n  parseFeed   ${format(parse)}\n  ratio       ${ratio.toFixed(2)}x (goal ≤ ${GOAL}x) ${ratio > GOAL ? 'OVER' : 'ok'}\n`,
  );
}
if (over && process.argv.includes('--check')) process.exit(1);

/** Alternating batches so that both sides see the same machine state; medians drop the outliers. */
function measure(text) {
  const batch = Math.max(5, Math.round(2_000_000 / text.length));
  for (let i = 0; i < 200; i++) {
    JSON.parse(text);
    parseFeed(text, { format: 'statuspage' });
  }
  const parse = [];
  const json = [];
  let sink = 0;
  for (let round = 0; round < 60; round++) {
    let start = performance.now();
    for (let i = 0; i < batch; i++) sink += JSON.parse(text).incidents.length;
    json.push((performance.now() - start) / batch);
    start = performance.now();
    for (let i = 0; i < batch; i++) sink += parseFeed(text, { format: 'statuspage' }).ok ? 1 : 0;
    parse.push((performance.now() - start) / batch);
  }
  if (sink < 0) console.log(sink);
  return { parse: median(parse), json: median(json) };
}

/** 50 incidents made of the corpus's real ones, cloned with fresh ids so none is a duplicate. */
function syntheticFeed(count) {
  const vercel = JSON.parse(largest);
  const openai = JSON.parse(readFileSync(join(corpus, 'incidentio/status-watcher__openai_statuspage_incidents.json'), 'utf8'));
  const single = JSON.parse(readFileSync(join(corpus, 'statuspage/ghincidenthistory__zjchv3zvfg50.json'), 'utf8'));
  const sources = [...vercel.incidents, ...openai.incidents, single.incident];
  const incidents = [];
  for (let index = 0; index < count; index++) {
    const incident = structuredClone(sources[index % sources.length]);
    incident.id = `${incident.id}x${index}`;
    for (const update of incident.incident_updates) {
      update.id = `${update.id}x${index}`;
      update.incident_id = incident.id;
    }
    incidents.push(incident);
  }
  return JSON.stringify({ page: vercel.page, incidents }, null, 2);
}

async function importFeedSource() {
  const outdir = join(root, 'node_modules/.cache/status-elements');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'feed-bench.mjs');
  await build({
    entryPoints: [join(root, 'src/feed/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function format(ms) {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}
