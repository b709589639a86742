import { parseFeed, type FeedFormat, type ParseOptions } from '../feed/parse.js';
import type { FeedResult } from '../feed/result.js';

/**
 * `parseFeed`, once per input, format and feed zone: by identity for an object (one `.feed` given
 * to many elements, or to the server renderer and then to the element it renders), and for the
 * last text read. Like a `.feed` property, an object is read when it is given: to change a feed,
 * give a new one. A result that only lacks its format's reader is not kept: once the reader has
 * loaded (the controller loads it), the same input is read again.
 */
const byObject = new WeakMap<object, Record<string, FeedResult>>();
let lastText: { text: string; key: string; result: FeedResult } | undefined;

export function parseOnce(input: unknown, format: FeedFormat, feedTimeZone?: string): FeedResult {
  const options: ParseOptions = { format, feedTimeZone };
  const key = `${format} ${feedTimeZone ?? ''}`;
  if (typeof input === 'string') {
    if (lastText?.text !== input || lastText.key !== key) lastText = { text: input, key, result: parseFeed(input, options) };
    const { result } = lastText;
    if (!result.ok && result.error.format) lastText = undefined;
    return result;
  }
  if (typeof input !== 'object' || input === null) return parseFeed(input, options);
  let results = byObject.get(input);
  if (!results) byObject.set(input, (results = {}));
  const result = (results[key] ??= parseFeed(input, options));
  if (!result.ok && result.error.format) delete results[key];
  return result;
}
