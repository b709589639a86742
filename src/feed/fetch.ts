/**
 * Fetching a feed: abortable, with a timeout, conditional (ETag / Last-Modified), and never
 * rejecting: every failure comes back as a value with a kind the elements can explain.
 */
import type { StatusFeed } from './model.js';
import type { FeedError, FeedErrorKind, FeedIssue, ReadFormat } from './result.js';
import type { FeedFormat } from './parse.js';
import { parseFeedAsync } from './parse.js';
import { describeValue, put } from './lenient.js';
import { realTimers, type Timers } from './timers.js';

export type { FeedFormat } from './parse.js';

export const DEFAULT_TIMEOUT = 10_000;

export interface FetchFeedOptions {
  /** Aborting it ends the request with an `aborted` error. */
  signal?: AbortSignal;
  /** Milliseconds before the request (body included) fails with `timeout`; 0 for none. Default 10000. */
  timeout?: number;
  format?: FeedFormat;
  /** The IANA zone of the feed's times that carry no offset, when it does not say (see ParseOptions). */
  feedTimeZone?: string;
  /** The fetch to use; tests and servers can inject their own. Default: the global fetch. */
  fetch?: typeof fetch;
  headers?: HeadersInit;
  /** The ETag of the data the caller holds: sent as If-None-Match. */
  etag?: string;
  /** The Last-Modified of the data the caller holds: sent as If-Modified-Since. */
  lastModified?: string;
  /** The clock and timers for the timeout and for HTTP-date Retry-After headers. Default: the real ones. */
  timers?: Timers;
}

/** What a poller keeps between requests: validators for the next one, and the server's wish about timing. */
export interface ResponseMeta {
  etag?: string;
  lastModified?: string;
  /** Seconds the server asked us to wait before asking again (`Retry-After`). */
  retryAfter?: number;
  /** Seconds the response stays fresh (`Cache-Control: max-age`, else `Expires`): asking sooner gets the same answer. */
  maxAge?: number;
}

/**
 * The result of one request. `notModified` means the caller's data is still current (HTTP 304)
 * and there is no new feed; otherwise `feed` is the fresh one.
 */
export type FetchOutcome =
  | (ResponseMeta & { ok: true; notModified: false; feed: StatusFeed; issues: FeedIssue[]; format?: ReadFormat })
  | (ResponseMeta & { ok: true; notModified: true })
  | { ok: false; error: FeedError; retryAfter?: number };

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchOutcome> {
  const { signal, timeout = DEFAULT_TIMEOUT, timers = realTimers } = options;
  const error = (kind: FeedErrorKind, message: string): FeedError => ({ kind, message, url });
  // One controller carries both the caller's abort and the timeout to fetch and to the body.
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  let timedOut = false;
  const timer =
    timeout > 0 && timeout < Infinity
      ? timers.setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    signal?.throwIfAborted();
    const headers = new Headers(options.headers);
    const defaults = [
      ['Accept', 'application/json'],
      ['If-None-Match', options.etag],
      ['If-Modified-Since', options.lastModified],
    ] as const;
    for (const [name, value] of defaults) if (value && !headers.has(name)) headers.set(name, value);
    const response = await untilAborted(
      (options.fetch ?? fetch)(url, { signal: controller.signal, headers }),
      controller.signal,
    );
    // A 304 need not repeat the validators; the caller's own then still hold.
    const meta = readMeta(response, timers.now(), response.status === 304 ? options : {});
    if (response.status === 304) return { ok: true, notModified: true, ...meta };
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const { status, statusText } = response;
      // Status 0 is an opaque or blocked response (often CORS): there is no HTTP status to report.
      const failed: FeedError = status
        ? { ...error('http', `HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${url}`), status }
        : error('network', `The response from ${url} could not be read (blocked or opaque)${crossOrigin(url)}`);
      put(failed, 'retryAfter', meta.retryAfter);
      return failure(failed, meta.retryAfter);
    }
    const result = await parseFeedAsync(await untilAborted(response.text(), controller.signal), { format: options.format, feedTimeZone: options.feedTimeZone });
    if (!result.ok) return failure({ ...result.error, url }, meta.retryAfter);
    return { ok: true, notModified: false, feed: result.feed, issues: result.issues, format: result.format, ...meta };
  } catch (caught) {
    if (signal?.aborted) return failure(error('aborted', `The request for ${url} was aborted`));
    if (timedOut) return failure(error('timeout', `No complete response from ${url} within ${timeout / 1000} s`));
    const reason =
      caught instanceof Error && caught.message
        ? caught.message
        : typeof caught === 'string' && caught
          ? caught
          : describeValue(caught);
    return failure(error('network', `Could not fetch ${url}: ${reason}${crossOrigin(url)}`));
  } finally {
    if (timer !== undefined) timers.clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * On a page, a request to another origin that fails as a network error is most often a server
 * that does not allow this origin (CORS), which a browser reports as an offline server would be.
 * Says so, with the fixes; nothing on the page's own origin, or outside a browser.
 */
function crossOrigin(url: string): string {
  const here = globalThis.location?.origin;
  if (!here || here === 'null') return '';
  let there: string;
  try {
    there = new URL(url, here).origin;
  } catch {
    return '';
  }
  return there === here
    ? ''
    : `. If it is up, it may not allow requests from ${here} (CORS): send Access-Control-Allow-Origin with the feed, ` +
        'or serve it from this origin (a same-origin path or a proxy)';
}

/** Validators for the next request and the server's wish about timing; `held` fills in missing validators. */
function readMeta({ headers }: Response, now: number, held: ResponseMeta): ResponseMeta {
  const meta: ResponseMeta = {};
  put(meta, 'etag', headers.get('ETag') || held.etag || undefined);
  put(meta, 'lastModified', headers.get('Last-Modified') || held.lastModified || undefined);
  put(meta, 'retryAfter', parseRetryAfter(headers.get('Retry-After'), now));
  put(meta, 'maxAge', parseMaxAge(headers.get('Cache-Control'), headers.get('Expires'), headers.get('Date'), now));
  return meta;
}

/**
 * How long a response stays fresh, in seconds: `Cache-Control: max-age` (none with `no-cache` or
 * `no-store`), else `Expires` against the response's `Date` (or our clock). Undefined when it says nothing.
 */
export function parseMaxAge(cacheControl: string | null, expires: string | null, date: string | null, now: number): number | undefined {
  const directives = cacheControl?.toLowerCase() ?? '';
  if (/(?:^|[,\s])no-(?:cache|store)\b/.test(directives)) return 0;
  const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/.exec(directives);
  if (maxAge) return Number(maxAge[1]);
  if (!expires) return undefined;
  const until = Date.parse(expires);
  // an invalid Expires (often "0" or "-1") means already expired
  if (Number.isNaN(until)) return 0;
  const sent = date ? Date.parse(date) : NaN;
  return Math.max(0, Math.floor((until - (Number.isNaN(sent) ? now : sent)) / 1000));
}

/** `Retry-After` in seconds: either a number of seconds or an HTTP-date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function failure(error: FeedError, retryAfter?: number): FetchOutcome {
  return retryAfter === undefined ? { ok: false, error } : { ok: false, error, retryAfter };
}

/** Settles with the promise or when the signal aborts, whichever comes first: an injected fetch may ignore the signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(promise)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}
