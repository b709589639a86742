/** The one entry point from raw feed (text or parsed JSON) to the normalized model. */
import type { FeedResult } from './result.js';
import { adaptNative } from './adapters/native.js';
import { adaptStatuspage } from './adapters/statuspage.js';
import { detectFormat } from './detect.js';
import { parseJsonText } from './json-text.js';
import { describeValue, invalidFeed, quote } from './lenient.js';

/** `auto` tells the format from the JSON's shape (see detect.ts). */
export type FeedFormat = 'auto' | 'native' | 'statuspage';

export const FEED_FORMATS: readonly FeedFormat[] = ['auto', 'native', 'statuspage'];

export interface ParseOptions {
  format?: FeedFormat;
}

const ADAPTERS = { native: adaptNative, statuspage: adaptStatuspage } as const;

/**
 * Reads a feed given as JSON text or as an already parsed value. Never throws: whatever the
 * input, the answer is a feed (with the issues met on the way) or an error saying what and where.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): FeedResult {
  const format: unknown = options.format ?? 'auto';
  if (!FEED_FORMATS.includes(format as FeedFormat)) {
    const given = typeof format === 'string' ? quote(format) : describeValue(format);
    return invalidFeed(`Unknown format ${given}: expected ${FEED_FORMATS.join(', ')}`);
  }
  try {
    let json = input;
    if (typeof input === 'string') {
      const parsed = parseJsonText(input);
      if (!parsed.ok) return parsed;
      json = parsed.value;
    }
    if (format !== 'auto') return ADAPTERS[format as Exclude<FeedFormat, 'auto'>](json);
    const detected = detectFormat(json);
    if (detected !== undefined) return ADAPTERS[detected](json);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return invalidFeed(`Expected an object at $ but got ${describeValue(json)}`);
    }
    return invalidFeed(
      'Unrecognized feed at $: expected a Statuspage feed (page, status, components, incidents, …) ' +
        'or a native status-elements feed',
    );
  } catch (error) {
    // Only exotic inputs get here (a getter or proxy that throws); the promise is still a value.
    return invalidFeed(`Could not read the feed: ${error instanceof Error ? error.message : describeValue(error)}`);
  }
}
