// Writes test/fixtures/seed-page.es.html: the seed history in Spanish as `status-elements render`
// writes it, for the browser test that reads it with JavaScript off (test/elements/cli-render.test.ts).
// The Node test (test/node/cli.test.mjs) fails when the file differs from a fresh render: run this again.
//   node scripts/render-seed-page.mjs
import { fileURLToPath } from 'node:url';
import { loadSrc } from './load-src.mjs';

export const SEED_PAGE_ARGS = [
  'render',
  'demo/feeds/jelou.json',
  '--lang',
  'es',
  '--time-zone',
  'America/Guayaquil',
  '--now',
  '2026-05-20T12:00:00Z',
];
export const SEED_PAGE = 'test/fixtures/seed-page.es.html';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { main } = await loadSrc('src/cli.ts');
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.exitCode = await main([...SEED_PAGE_ARGS, '-o', SEED_PAGE], { stdout: process.stdout, stderr: process.stderr, cwd: root });
  if (process.exitCode === 0) console.log(`render-seed-page: wrote ${SEED_PAGE}`);
}
