/**
 * Fetching a feed: abortable, with a timeout, conditional (ETag / Last-Modified), and never
 * rejecting: every failure comes back as a value with a kind the elements can explain.
 */
import type { StatusFeed } from './model.js';
import type { FeedError, FeedIssue } from './result.js';
import type { FeedFormat } from './parse.js';
import { parseFeed } from './parse.js';
import { describeValue } from './lenient.js';

export type { FeedFormat } from './parse.js';

export const DEFAULT_TIMEOUT = 10_000;

export interface FetchFeedOptions {
  /** Aborting it ends the request with an `aborted` error. */
  signal?: AbortSignal;
  /** Milliseconds before the request (body included) fails with `timeout`; 0 for none. Default 10000. */
  timeout?: number;
  format?: FeedFormat;
  /** The fetch to use; tests and servers can inject their own. Default: the global fetch. */
  fetch?: typeof fetch;
  headers?: HeadersInit;
  /** The ETag of the data the caller holds: sent as If-None-Match. */
  etag?: string;
  /** The Last-Modified of the data the caller holds: sent as If-Modified-Since. */
  lastModified?: string;
  /** The clock, for reading HTTP-date Retry-After headers. */
  now?: () => number;
}

/** What a poller keeps between requests: validators for the next one, and the server's wish about timing. */
export interface ResponseMeta {
  etag?: string;
  lastModified?: string;
  /** Seconds the server asked us to wait before asking again (`Retry-After`). */
  retryAfter?: number;
}

/**
 * The result of one request. `notModified` means the caller's data is still current (HTTP 304)
 * and there is no new feed; otherwise `feed` is the fresh one.
 */
export type FetchOutcome =
  | (ResponseMeta & { ok: true; notModified: false; feed: StatusFeed; issues: FeedIssue[] })
  | (ResponseMeta & { ok: true; notModified: true })
  | { ok: false; error: FeedError; retryAfter?: number };

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchOutcome> {
  const { signal, timeout = DEFAULT_TIMEOUT, now = Date.now } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (signal?.aborted) {
    return failure({ kind: 'aborted', message: `The request for ${url} was aborted before it started`, url });
  }

  // One controller carries both the caller's abort and the timeout to fetch and to the body.
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer =
    timeout > 0 && Number.isFinite(timeout)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    const request = { signal: controller.signal, headers: requestHeaders(options) };
    const response = await untilAborted(Promise.resolve(fetchImpl(url, request)), controller.signal);
    const meta = readMeta(response, now());
    if (response.status === 304) {
      return { ok: true, notModified: true, ...withValidators(meta, options) };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return failure(httpError(url, response, meta.retryAfter), meta.retryAfter);
    }
    const text = await untilAborted(response.text(), controller.signal);
    const result = parseFeed(text, options.format === undefined ? {} : { format: options.format });
    if (!result.ok) return failure({ ...result.error, url }, meta.retryAfter);
    return { ok: true, notModified: false, feed: result.feed, issues: result.issues, ...meta };
  } catch (error) {
    if (signal?.aborted) return failure({ kind: 'aborted', message: `The request for ${url} was aborted`, url });
    if (timedOut) {
      return failure({ kind: 'timeout', message: `No complete response from ${url} within ${timeout / 1000} s`, url });
    }
    return failure({ kind: 'network', message: `Could not fetch ${url}: ${reasonOf(error)}`, url });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

function requestHeaders(options: FetchFeedOptions): Headers {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (options.etag && !headers.has('If-None-Match')) headers.set('If-None-Match', options.etag);
  if (options.lastModified && !headers.has('If-Modified-Since')) headers.set('If-Modified-Since', options.lastModified);
  return headers;
}

function readMeta(response: Response, now: number): ResponseMeta {
  const meta: ResponseMeta = {};
  const etag = response.headers.get('ETag');
  if (etag) meta.etag = etag;
  const lastModified = response.headers.get('Last-Modified');
  if (lastModified) meta.lastModified = lastModified;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), now);
  if (retryAfter !== undefined) meta.retryAfter = retryAfter;
  return meta;
}

/** A 304 need not repeat the validators; the caller's own then still hold. */
function withValidators(meta: ResponseMeta, options: FetchFeedOptions): ResponseMeta {
  const merged: ResponseMeta = { ...meta };
  const etag = meta.etag ?? options.etag;
  if (etag) merged.etag = etag;
  const lastModified = meta.lastModified ?? options.lastModified;
  if (lastModified) merged.lastModified = lastModified;
  return merged;
}

/** `Retry-After` in seconds: either a number of seconds or an HTTP-date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function httpError(url: string, response: Response, retryAfter: number | undefined): FeedError {
  // Status 0 is an opaque or blocked response (often CORS): there is no HTTP status to report.
  if (response.status === 0) {
    return { kind: 'network', message: `The response from ${url} could not be read (blocked or opaque, often CORS)`, url };
  }
  const error: FeedError = {
    kind: 'http',
    status: response.status,
    message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`,
    url,
  };
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  return error;
}

function failure(error: FeedError, retryAfter?: number): FetchOutcome {
  return retryAfter === undefined ? { ok: false, error } : { ok: false, error, retryAfter };
}

/** Settles with the promise or when the signal aborts, whichever comes first: an injected fetch may ignore the signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : describeValue(error);
}
