// The JSON Schema of the native format, from the Zod schema in src/ loaded on the fly, so that
// what is generated from it never depends on a build having run first.
import { loadSrc } from './load-src.mjs';

export async function loadNativeFeedJsonSchema() {
  const { nativeFeedJsonSchema } = await loadSrc('src/feed/adapters/native-json-schema.ts');
  return nativeFeedJsonSchema();
}
