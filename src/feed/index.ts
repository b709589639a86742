// The DOM-free feed layer, also published as `status-elements/feed` for Node and other tools.
export * from './model.js';
export * from './result.js';
export { parseFeed, parseFeedAsync, FEED_FORMATS } from './parse.js';
export { loadFeedFormat, READ_FORMATS } from './formats.js';
export type { AdaptOptions, FeedAdapter } from './formats.js';
export type { FeedFormat, ParseOptions } from './parse.js';
export { fetchFeed, parseMaxAge, parseRetryAfter, DEFAULT_TIMEOUT } from './fetch.js';
export type { FetchFeedOptions, FetchOutcome, ResponseMeta } from './fetch.js';
export type { Timers } from './timers.js';
export { detectFormat } from './detect.js';
export type { DetectedFormat } from './detect.js';
export { adaptStatuspage } from './adapters/statuspage.js';
export { adaptNative } from './adapters/native.js';
export {
  NativeFeedInput,
  NativeIncidentInput,
  NativeUpdateInput,
  NativeComponentInput,
  NativePageInput,
  NativeStatusInput,
} from './adapters/native-schema.js';
