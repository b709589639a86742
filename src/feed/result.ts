/** Results of reading a feed: values, never exceptions. */
import type { StatusFeed } from './model.js';
import type { ReadFormat } from './formats.js';

export type { ReadFormat } from './formats.js';

/** A place in the raw JSON, e.g. `['incidents', 3, 'updates', 0, 'display_at']`. */
export type JsonPath = readonly (string | number)[];

/** Something in the feed that was dropped or repaired while the rest was kept. */
export interface FeedIssue {
  path: JsonPath;
  message: string;
}

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'aborted';

/** Why a feed could not be read at all. */
export interface FeedError {
  kind: FeedErrorKind;
  /** What is wrong and where, in English, for developers and logs. Elements show a localized text by `kind`. */
  message: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** The URL that was fetched, when there was one. */
  url?: string;
  /** Where in the JSON, for `parse` and `invalid`. */
  issues?: FeedIssue[];
  /** Seconds the server asked us to wait (`Retry-After`), for `http`. */
  retryAfter?: number;
  /**
   * The format whose reader is not loaded yet, when that is all that is wrong: `loadFeedFormat`
   * it (or use `parseFeedAsync`) and read again.
   */
  format?: ReadFormat;
}

export type FeedResult =
  | { ok: true; feed: StatusFeed; issues: FeedIssue[]; format?: ReadFormat }
  | { ok: false; error: FeedError };

/** `$.incidents[3].updates[0]`: a path as people read it. */
export function formatPath(path: JsonPath): string {
  let text = '$';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}
