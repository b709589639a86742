/**
 * The JSON Schema (2020-12) of the native format, generated from the Zod schema. Kept out of the
 * adapter so that code which only parses feeds never bundles the generator.
 */
import * as z from 'zod/mini';
import { NativeFeedInput } from './native-schema.js';

/** A name rather than an address: where the schema is served is up to each site. */
export const NATIVE_FEED_SCHEMA_ID = 'urn:status-elements:status-feed:1';

export function nativeFeedJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what people write (defaults optional), not what the parser returns.
  const { $schema, ...generated } = z.toJSONSchema(NativeFeedInput, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: NATIVE_FEED_SCHEMA_ID,
    title: 'status-elements feed',
    ...generated,
  };
}
