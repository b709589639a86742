import { parseFeed, type FeedFormat } from '../feed/parse.js';
import type { FeedResult } from '../feed/result.js';

/**
 * `parseFeed`, once per input and format: by identity for an object (one `.feed` given to many
 * elements, or to the server renderer and then to the element it renders), and for the last text
 * read. Like a `.feed` property, an object is read when it is given: to change a feed, give a new one.
 */
const byObject = new WeakMap<object, Partial<Record<FeedFormat, FeedResult>>>();
let lastText: { text: string; format: FeedFormat; result: FeedResult } | undefined;

export function parseOnce(input: unknown, format: FeedFormat): FeedResult {
  if (typeof input === 'string') {
    if (lastText?.text !== input || lastText.format !== format)
      lastText = { text: input, format, result: parseFeed(input, { format }) };
    return lastText.result;
  }
  if (typeof input !== 'object' || input === null) return parseFeed(input, { format });
  let results = byObject.get(input);
  if (!results) byObject.set(input, (results = {}));
  return (results[format] ??= parseFeed(input, { format }));
}
