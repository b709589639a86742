/** The one entry point from raw feed (text or parsed JSON) to the normalized model. */
import type { FeedResult } from './result.js';
import { adaptNative } from './adapters/native.js';
import { adaptStatuspage } from './adapters/statuspage.js';
import { detectFormat, unreadFormat } from './detect.js';
import { parseJsonText } from './json-text.js';
import { describeValue, invalidFeed, isObject, quote } from './lenient.js';

/** `auto` tells the format from the JSON's shape (see detect.ts). */
export type FeedFormat = 'auto' | 'native' | 'statuspage';

export const FEED_FORMATS: readonly FeedFormat[] = ['auto', 'native', 'statuspage'];

export interface ParseOptions {
  format?: FeedFormat;
}

const ADAPTERS = { native: adaptNative, statuspage: adaptStatuspage };

/**
 * Reads a feed given as JSON text or as an already parsed value. Never throws: whatever the
 * input (and whatever the options: anything but an object means none), the answer is a feed
 * (with the issues met on the way) or an error saying what and where.
 */
export function parseFeed(input: unknown, options?: ParseOptions | FeedFormat): FeedResult {
  try {
    // `parseFeed(text, 'native')` names the format as `{ format: 'native' }` does
    const format: unknown = (typeof options === 'string' ? options : isObject(options) && options.format) || 'auto';
    if (!FEED_FORMATS.includes(format as FeedFormat)) {
      const given = typeof format === 'string' ? quote(format) : describeValue(format);
      return invalidFeed(`Unknown format ${given}: expected ${FEED_FORMATS.join(', ')}`);
    }
    const parsed = typeof input === 'string' ? parseJsonText(input) : { ok: true as const, value: input };
    if (!parsed.ok) return parsed;
    const json = parsed.value;
    const detected = format === 'auto' ? detectFormat(json) : (format as Exclude<FeedFormat, 'auto'>);
    if (detected === undefined && isObject(json)) {
      const unread = unreadFormat(json);
      return invalidFeed(
        `Unrecognized feed at $: ${unread ? `this looks like ${unread}, a format not read yet; ` : ''}` +
          'expected a Statuspage feed (page, status, components, incidents, …) or a native status-elements feed',
      );
    }
    // Whatever is not an object, each adapter says so in the same words.
    const read = detected ?? 'statuspage';
    const result = ADAPTERS[read](json);
    if (result.ok) result.format = read;
    return result;
  } catch (error) {
    // Only exotic inputs get here (a getter or proxy that throws); the promise is still a value.
    return invalidFeed(`Could not read the feed: ${error instanceof Error ? error.message : describeValue(error)}`);
  }
}
