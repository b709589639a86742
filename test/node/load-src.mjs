// Loads a module of src/ in Node as the package would be used there: bundled on the fly with
// esbuild (TypeScript in, ES module out), its dependencies left to Node, which picks Lit's
// server build and the DOM shim Lit SSR brings.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function loadSrc(entry) {
  const cache = join(root, 'node_modules/.cache/status-elements/node-tests');
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
