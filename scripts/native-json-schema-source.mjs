// The JSON Schema of the native format, from the Zod schema in src/ bundled on the fly, so that
// what is generated from it never depends on a build having run first.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadNativeFeedJsonSchema() {
  const cache = join(root, 'node_modules/.cache/status-elements');
  mkdirSync(cache, { recursive: true });
  const bundle = join(cache, 'native-json-schema.mjs');
  await build({
    entryPoints: [join(root, 'src/feed/adapters/native-json-schema.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const { nativeFeedJsonSchema } = await import(`${pathToFileURL(bundle).href}?t=${Date.now()}`);
  return nativeFeedJsonSchema();
}
