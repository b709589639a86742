// After `npm run build`: the package imports itself by name from plain Node, as a server or a
// build tool would, and reads a real feed with the DOM-free feed layer.
//   node scripts/node-smoke.mjs
import { readFileSync } from 'node:fs';

const fail = (message) => {
  console.error(`node-smoke: ${message}`);
  process.exit(1);
};

let feedLayer;
try {
  feedLayer = await import('status-elements/feed');
} catch (error) {
  fail(`cannot import "status-elements/feed" (${error.message}). Run \`npm run build\` first and check the "./feed" entry of package.json "exports".`);
}
for (const name of ['parseFeed', 'fetchFeed', 'detectFormat']) {
  if (typeof feedLayer[name] !== 'function') fail(`"status-elements/feed" does not export ${name}()`);
}

const file = 'test/fixtures/corpus/statuspage/status-watcher__vercel_statuspage_incidents.json';
const raw = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const result = feedLayer.parseFeed(JSON.stringify(raw));
if (!result.ok) fail(`${file} did not parse: ${result.error.kind}: ${result.error.message}`);
if (result.feed.incidents.length !== raw.incidents.length) {
  fail(`${file}: expected ${raw.incidents.length} incidents, got ${result.feed.incidents.length}`);
}
const broken = feedLayer.parseFeed('{"incidents": [');
if (broken.ok || broken.error.kind !== 'parse') fail('truncated JSON should give a parse error');

console.log(
  `node-smoke: ok, status-elements/feed parsed ${file} in Node ${process.versions.node}: ` +
    `"${result.feed.page.name}", ${result.feed.incidents.length} incidents, indicator ${result.feed.status.indicator}`,
);

// The built server renderer, by its package name, on the seed feed.
let ssr;
try {
  ssr = await import('status-elements/ssr');
} catch (error) {
  fail(`cannot import "status-elements/ssr" (${error.message}). Check the "./ssr" entry of package.json "exports".`);
}
const seed = JSON.parse(readFileSync(new URL('../demo/feeds/jelou.json', import.meta.url), 'utf8'));
const html = await ssr.renderToString('incident-history', { feed: seed, lang: 'es', now: new Date('2026-05-20T12:00:00Z') });
if (!html.includes('shadowrootmode="open"') || !html.includes('Supervisando')) fail('status-elements/ssr did not render the seed history in Spanish');
console.log(`node-smoke: ok, status-elements/ssr rendered the seed history (${html.length} characters of HTML)`);
