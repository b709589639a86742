/**
 * The JSON Schema (2020-12) of the native format, generated from the Zod schema, with each
 * field's description from native-schema-docs.ts. Kept out of the adapter so that code which only
 * parses feeds never bundles the generator or the prose.
 */
import * as z from 'zod/mini';
import { NativeFeedInput } from './native-schema.js';
import { NATIVE_FIELD_DOCS } from './native-schema-docs.js';

/** A name rather than an address: where the schema is served is up to each site. */
export const NATIVE_FEED_SCHEMA_ID = 'urn:status-elements:status-feed:1';

type JsonSchemaNode = { properties?: Record<string, JsonSchemaNode>; items?: JsonSchemaNode; description?: string };

/**
 * Puts each path's description on its node: `incidents[].title` is `properties.incidents.items
 * .properties.title`. Throws on a field with no description and on a description with no field.
 */
export function describeFields(schema: object, docs: Readonly<Record<string, string>>): void {
  const unused = new Set(Object.keys(docs));
  const missing: string[] = [];
  const visit = (node: JsonSchemaNode, path: string, isField: boolean) => {
    if (isField) {
      const description = docs[path];
      if (description === undefined) missing.push(path || '(the feed)');
      else node.description = description;
      unused.delete(path);
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, path ? `${path}.${key}` : key, true);
    if (node.items) visit(node.items, `${path}[]`, false);
  };
  visit(schema as JsonSchemaNode, '', true);
  if (missing.length > 0) throw new Error(`The native format's docs describe no ${missing.join(', ')}`);
  if (unused.size > 0)
    throw new Error(`The native format's docs describe fields it does not have: ${[...unused].join(', ')}`);
}

/**
 * The readers check date-times with `isoDateTime()`, which says only `format: date-time`; many
 * editors ignore formats, so the shipped schema also carries Zod's own pattern for that form.
 */
const DATE_TIME_PATTERN = z.iso.datetime({ offset: true })._zod.pattern.source;

export function addDateTimePattern(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  if (schema.format === 'date-time' && schema.type === 'string') schema.pattern = DATE_TIME_PATTERN;
  for (const child of Object.values(schema)) addDateTimePattern(child);
}

export function nativeFeedJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what people write (defaults optional), not what the parser returns.
  const { $schema, ...generated } = z.toJSONSchema(NativeFeedInput, { target: 'draft-2020-12', io: 'input' });
  describeFields(generated, NATIVE_FIELD_DOCS);
  addDateTimePattern(generated);
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: NATIVE_FEED_SCHEMA_ID,
    title: 'status-elements feed',
    ...generated,
  };
}
