/** The one entry point from raw feed (text or parsed JSON) to the normalized model. */
import type { FeedResult } from './result.js';
import { adaptNative } from './adapters/native.js';
import { adaptStatuspage } from './adapters/statuspage.js';
import { detectFormat, unreadFormat } from './detect.js';
import { feedAdapter, loadFeedFormat, READ_FORMATS, registerFeedAdapter, type ReadFormat } from './formats.js';
import { parseJsonText } from './json-text.js';
import { describeValue, invalidFeed, isObject, quote } from './lenient.js';

/** `auto` tells the format from the JSON's shape (see detect.ts). */
export type FeedFormat = 'auto' | ReadFormat;

export const FEED_FORMATS: readonly FeedFormat[] = ['auto', ...READ_FORMATS];

export interface ParseOptions {
  format?: FeedFormat;
  /**
   * The IANA zone of times that carry no offset (Cachet, Uptime Kuma), when the feed does not say
   * its own: the `feed-time-zone` attribute. Without either, they are read as UTC, with an issue.
   */
  feedTimeZone?: string;
}

registerFeedAdapter('native', adaptNative);
registerFeedAdapter('statuspage', adaptStatuspage);

type Failure = Extract<FeedResult, { ok: false }>;
type Prepared = { ok: true; json: unknown; format: ReadFormat; options: ParseOptions } | Failure;

/** The JSON and the format to read it as, or why there is none. */
function prepare(input: unknown, given: ParseOptions | FeedFormat | undefined): Prepared {
  // `parseFeed(text, 'native')` names the format as `{ format: 'native' }` does
  const options: ParseOptions = typeof given === 'string' ? { format: given } : isObject(given) ? given : {};
  const format: unknown = options.format || 'auto';
  if (!FEED_FORMATS.includes(format as FeedFormat)) {
    const named = typeof format === 'string' ? quote(format) : describeValue(format);
    return invalidFeed(`Unknown format ${named}: expected ${FEED_FORMATS.join(', ')}`);
  }
  const parsed = typeof input === 'string' ? parseJsonText(input) : { ok: true as const, value: input };
  if (!parsed.ok) return parsed;
  const json = parsed.value;
  const detected = format === 'auto' ? detectFormat(json) : (format as ReadFormat);
  if (detected === undefined) {
    const unread = unreadFormat(json);
    // Whatever else is not an object, each adapter says so in the same words.
    if (unread || isObject(json))
      return invalidFeed(
        `Unrecognized feed at $: ${unread ? `this looks like ${unread}; ` : ''}` +
          `expected a feed of one of the formats read (${READ_FORMATS.join(', ')}); name one with format="…" to see what it lacks`,
      );
  }
  return { ok: true, json, format: detected ?? 'statuspage', options };
}

/** A reader that was asked for and did not arrive: offline, or a self-hosted copy without its formats/ folder. */
export function readerMissing(format: ReadFormat): Failure {
  return invalidFeed(`The ${format} reader did not load (formats/${format}.js beside the module): check that the file is served with the module`);
}

function adapt(prepared: Extract<Prepared, { ok: true }>, loaded = true): FeedResult {
  const { format } = prepared;
  const adapter = feedAdapter(format);
  if (!adapter) {
    if (!loaded) return readerMissing(format);
    const missing = invalidFeed(
      `The ${format} reader is not loaded: import "status-elements/feed/formats/${format}" or await loadFeedFormat("${format}") first (the elements load it themselves)`,
    );
    missing.error.format = format;
    return missing;
  }
  const result = adapter(prepared.json, prepared.options);
  if (result.ok) result.format = format;
  return result;
}

/** Only exotic inputs throw (a getter or proxy that throws); the promise is still a value. */
function safely<T>(read: () => T): T | Failure {
  try {
    return read();
  } catch (error) {
    return invalidFeed(`Could not read the feed: ${error instanceof Error ? error.message : describeValue(error)}`);
  }
}

/**
 * Reads a feed given as JSON text or as an already parsed value. Never throws: whatever the
 * input (and whatever the options: anything but an object means none), the answer is a feed
 * (with the issues met on the way) or an error saying what and where. Native and Statuspage are
 * always read; another format needs its reader loaded first (`loadFeedFormat`, or importing
 * `status-elements/feed/formats/<name>`), or use `parseFeedAsync`, which loads it.
 */
export function parseFeed(input: unknown, options?: ParseOptions | FeedFormat): FeedResult {
  return safely(() => {
    const prepared = prepare(input, options);
    return prepared.ok ? adapt(prepared) : prepared;
  });
}

/** `parseFeed`, loading the reader of the feed's format first if it is not here yet. */
export async function parseFeedAsync(input: unknown, options?: ParseOptions | FeedFormat): Promise<FeedResult> {
  const prepared = safely(() => prepare(input, options));
  if (!prepared.ok) return prepared;
  const loaded = await loadFeedFormat(prepared.format);
  return safely(() => adapt(prepared, loaded));
}
