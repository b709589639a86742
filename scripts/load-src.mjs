// Loads a module of src/ in Node with nothing built first: bundled on the fly by esbuild
// (TypeScript in, ES module out), its dependencies left to Node, which picks Lit's server build
// and the DOM shim Lit SSR brings. For the generators (JSON Schema, docs), the Node tests and the
// test server's server-rendered pages.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadSrc(entry) {
  const cache = join(root, 'node_modules/.cache/status-elements/src');
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, `${entry.replace(/[^\w]+/g, '_')}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
