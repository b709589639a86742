// Writes dist/status-feed.schema.json, the JSON Schema of the native feed format, from the Zod
// schema in src/feed/adapters/native-schema.ts (bundled on the fly, so it does not depend on how
// the library build lays out dist/).
//   node scripts/gen-schema.mjs [output path]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNativeFeedJsonSchema } from './native-json-schema-source.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = resolve(process.argv[2] ?? join(root, 'dist/status-feed.schema.json'));

const schema = await loadNativeFeedJsonSchema();
if (schema.type !== 'object' || !Array.isArray(schema.required) || !schema.required.includes('page')) {
  console.error('gen-schema: the generated schema does not describe a feed object with a required page');
  process.exit(1);
}
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`gen-schema: wrote ${relative(process.cwd(), output)} (${Object.keys(schema.properties).length} top-level properties)`);
