/**
 * The live feed store under every element: one fetch per URL however many elements show it,
 * polling that pauses while the page is hidden, conditional requests, backoff after failures,
 * and the last good data kept through them. DOM-free but for the optional `document` it is
 * given to watch visibility.
 */
import type { StatusFeed } from './model.js';
import type { FeedError, FeedIssue, ReadFormat } from './result.js';
import { fetchFeed, type FeedFormat } from './fetch.js';
import { realTimers, type Timers } from './timers.js';

export interface FeedSnapshot {
  /** The last good feed; stays while later refreshes fail. */
  readonly feed?: StatusFeed;
  readonly issues: readonly FeedIssue[];
  /** The format `feed` was read as. */
  readonly format?: ReadFormat;
  /** The latest failure, cleared by the next success. With `feed` present, the data is stale. */
  readonly error?: FeedError;
  /** When the data on screen was last confirmed by the server (ms since the epoch). */
  readonly loadedAt?: number;
  /** A request is under way and nothing has loaded yet. */
  readonly loading: boolean;
}

export interface WatchOptions {
  format?: FeedFormat;
  /** The zone of times without an offset, when the feed does not say (`feed-time-zone`). */
  feedTimeZone?: string;
  /** Seconds between polls; 0 or absent: load once. The shortest interval of all watchers wins. */
  pollInterval?: number;
  /** Milliseconds before a request counts as failed. */
  timeout?: number;
  /**
   * Data the page already has for this URL (rendered on a server): shown at once, and the first
   * request waits for the first poll instead of running now. Ignored if the URL is already watched.
   */
  seed?: Pick<FeedSnapshot, 'feed' | 'issues' | 'format'>;
  /**
   * How this watcher's requests are made, in place of `fetch`: to add headers or credentials, or
   * to send them through a proxy. Watchers of a URL share a request only if they share this too.
   */
  request?: RequestHook;
}

/** Makes one request, like `fetch(url, init)`; `init` carries the abort signal and the conditional headers. */
export type RequestHook = (url: string, init: RequestInit) => Promise<Response>;

/** A number per request hook, for the keys of entries: two hooks never share a request. */
const hookIds = new WeakMap<RequestHook, number>();
let lastHookId = 0;
function hookKey(hook: RequestHook | undefined): string {
  if (!hook) return '';
  let id = hookIds.get(hook);
  if (id === undefined) hookIds.set(hook, (id = ++lastHookId));
  return ` request#${id}`;
}

export interface FeedWatch {
  /** Fetch now (e.g. a Retry button), unless a request is already under way. */
  refresh(): void;
  /**
   * Changes this watcher's poll interval or the feed's timeout in place: the data, its ETag and
   * the listener stay, nothing is fetched from scratch, and only the next poll moves.
   */
  update(options: Pick<WatchOptions, 'pollInterval' | 'timeout'>): void;
  /** Stop watching; the last watcher of a URL stops its polling and aborts its request. */
  unsubscribe(): void;
}

type Listener = (snapshot: FeedSnapshot) => void;

interface Watcher {
  listener: Listener;
  pollInterval: number;
}

interface Entry {
  url: string;
  /** The watchers' own way of making requests, if they have one. */
  hook?: RequestHook;
  format: FeedFormat;
  feedTimeZone: string | undefined;
  timeout: number | undefined;
  watchers: Set<Watcher>;
  snapshot: FeedSnapshot;
  etag?: string;
  lastModified?: string;
  failures: number;
  request?: AbortController;
  /** Cancels the planned poll, on the timers that planned it. */
  cancelPoll?: () => void;
  /** A poll fell due while the page was hidden. */
  overdue: boolean;
  /** Seconds the last good response stays fresh: polls never come sooner. */
  maxAge?: number;
  /** No poll has run yet: the first is spread by jitter. */
  firstPoll: boolean;
}

export interface FeedStoreOptions {
  fetch?: typeof fetch;
  /** The clock and timers for polls, backoff and request timeouts. Default: the real ones. */
  timers?: Timers;
  random?: () => number;
  /** Where visibility is watched; none in Node. */
  document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  /** Backoff never waits longer than this many poll intervals. */
  maxBackoff?: number;
}

/** The snapshot of a feed read at `loadedAt`: one place that says what a loaded snapshot carries. */
export function loadedSnapshot(
  { feed, issues, format }: Pick<FeedSnapshot, 'feed' | 'issues' | 'format'>,
  loadedAt: number,
): FeedSnapshot {
  return { feed, issues, format, loadedAt, loading: false };
}

/** The snapshot of a feed with nothing loaded yet. */
export const EMPTY: FeedSnapshot = { issues: [], loading: false };

/** The first poll comes within this share of the interval after it. */
const FIRST_POLL_JITTER = 0.25;

/** A server asking us to wait longer than a day is taken as asking for a day. */
const MAX_RETRY_AFTER = 86_400;

export class FeedStore {
  readonly #entries = new Map<string, Entry>();
  readonly #fetch: typeof fetch | undefined;
  #timers: Timers;
  #random: () => number;
  readonly #document: FeedStoreOptions['document'];
  readonly #maxBackoff: number;
  #listeningToVisibility = false;

  constructor(options: FeedStoreOptions = {}) {
    this.#fetch = options.fetch;
    this.#timers = options.timers ?? realTimers;
    this.#random = options.random ?? Math.random;
    this.#document = options.document ?? globalThis.document;
    this.#maxBackoff = options.maxBackoff ?? 10;
  }

  /** The store's clock: what `loadedAt` is measured against. */
  now(): number {
    return this.#timers.now();
  }

  /** Draws jitter from `random` from now on (a test's fixed value); returns what puts the previous one back. */
  useRandom(random: () => number): () => void {
    const previous = this.#random;
    this.#random = random;
    return () => {
      this.#random = previous;
    };
  }

  /**
   * Runs the store on other timers from now on (a test's manual clock) and returns a function
   * that puts the previous ones back. A poll already planned is still cancelled on its own timers.
   */
  useTimers(timers: Timers): () => void {
    const previous = this.#timers;
    this.#timers = timers;
    return () => {
      this.#timers = previous;
    };
  }

  /** Calls `listener` with the current snapshot at once if there is data, then on every change. */
  watch(url: string, options: WatchOptions, listener: Listener): FeedWatch {
    const format = options.format ?? 'auto';
    const key = `${format} ${options.feedTimeZone ?? ''} ${url}${hookKey(options.request)}`;
    let entry = this.#entries.get(key);
    const watcher: Watcher = { listener, pollInterval: Math.max(0, options.pollInterval ?? 0) };
    if (!entry) {
      entry = {
        url,
        hook: options.request,
        format,
        feedTimeZone: options.feedTimeZone,
        timeout: options.timeout,
        watchers: new Set(),
        snapshot: EMPTY,
        failures: 0,
        overdue: false,
        firstPoll: true,
      };
      this.#entries.set(key, entry);
      this.#listenToVisibility(true);
      entry.watchers.add(watcher);
      if (options.seed?.feed) {
        entry.snapshot = loadedSnapshot(options.seed, this.now());
        listener(entry.snapshot);
        this.#schedule(entry);
      } else this.#load(entry);
    } else {
      const before = this.#interval(entry);
      entry.watchers.add(watcher);
      // A faster watcher shortens the wait (after a failed first load too); a slower one leaves it.
      if (!entry.request && this.#interval(entry) !== before) this.#schedule(entry);
      if (entry.snapshot !== EMPTY) listener(entry.snapshot);
    }

    const current = entry;
    return {
      refresh: () => {
        if (!current.request && this.#entries.get(key) === current) this.#load(current, true);
      },
      update: ({ pollInterval, timeout }) => {
        if (!current.watchers.has(watcher)) return;
        current.timeout = timeout;
        const before = this.#interval(current);
        watcher.pollInterval = Math.max(0, pollInterval ?? 0);
        if (!current.request && this.#interval(current) !== before) this.#schedule(current);
      },
      unsubscribe: () => {
        if (!current.watchers.delete(watcher) || current.watchers.size > 0) return;
        current.request?.abort();
        this.#cancelPoll(current);
        this.#entries.delete(key);
        if (this.#entries.size === 0) this.#listenToVisibility(false);
      },
    };
  }

  /** The smallest positive poll interval of an entry's watchers, in seconds; 0 when none polls. */
  #interval(entry: Entry): number {
    let shortest = 0;
    for (const { pollInterval } of entry.watchers) {
      if (pollInterval > 0 && (shortest === 0 || pollInterval < shortest)) shortest = pollInterval;
    }
    return shortest;
  }

  #publish(entry: Entry, snapshot: FeedSnapshot): void {
    entry.snapshot = snapshot;
    for (const watcher of [...entry.watchers]) watcher.listener(snapshot);
  }

  /** `asked`: a person asked (Retry), so a failed first load shows it is trying again; polls stay quiet. */
  async #load(entry: Entry, asked = false): Promise<void> {
    this.#cancelPoll(entry);
    entry.overdue = false;
    const request = new AbortController();
    entry.request = request;
    if (!entry.snapshot.feed && !entry.snapshot.loading && (asked || !entry.snapshot.error)) {
      this.#publish(entry, { ...entry.snapshot, loading: true });
    }

    const outcome = await fetchFeed(entry.url, {
      signal: request.signal,
      timeout: entry.timeout,
      format: entry.format,
      feedTimeZone: entry.feedTimeZone,
      fetch: (entry.hook as typeof fetch | undefined) ?? this.#fetch,
      timers: this.#timers,
      etag: entry.snapshot.feed ? entry.etag : undefined,
      lastModified: entry.snapshot.feed ? entry.lastModified : undefined,
    });
    // Unsubscribed (or replaced) while the request ran: nobody is listening any more.
    if (entry.request !== request || request.signal.aborted) return;
    entry.request = undefined;

    let retryAfter: number | undefined;
    if (outcome.ok) {
      entry.failures = 0;
      entry.etag = outcome.etag;
      entry.lastModified = outcome.lastModified;
      entry.maxAge = outcome.maxAge;
      if (outcome.notModified) {
        // Nothing changed on the server: nothing changes on screen, unless it ends a stale spell.
        const confirmed = { ...entry.snapshot, loadedAt: this.now() };
        if (entry.snapshot.error) this.#publish(entry, { ...confirmed, error: undefined });
        else entry.snapshot = confirmed;
      } else {
        this.#publish(entry, loadedSnapshot(outcome, this.now()));
      }
    } else {
      entry.failures += 1;
      retryAfter = outcome.error.retryAfter;
      this.#publish(entry, { ...entry.snapshot, error: outcome.error, loading: false });
    }
    this.#schedule(entry, retryAfter);
  }

  /** Plans the next poll: the interval, or after failures an exponential, jittered, capped wait. */
  #schedule(entry: Entry, retryAfter?: number): void {
    this.#cancelPoll(entry);
    const interval = this.#interval(entry);
    if (interval === 0) return;
    let delay = interval * 1000;
    // A response that stays fresh longer than the interval: asking sooner would get the same one.
    if (entry.maxAge !== undefined) delay = Math.max(delay, Math.min(entry.maxAge, MAX_RETRY_AFTER) * 1000);
    // Pages opened together load together; their first polls are spread over a quarter of the
    // wait after it, so they do not all poll in the same second ever after.
    if (entry.firstPoll && entry.failures === 0) delay += this.#random() * delay * FIRST_POLL_JITTER;
    if (entry.failures > 0) {
      // Doubles with each failure up to the cap; "equal jitter" keeps at least half of it, so
      // clients spread out yet never poll a failing server faster than the interval.
      const backoff = Math.min(this.#maxBackoff, 2 ** entry.failures) * interval * 1000;
      delay = backoff / 2 + (this.#random() * backoff) / 2;
    }
    if (retryAfter !== undefined) delay = Math.max(delay, Math.min(retryAfter, MAX_RETRY_AFTER) * 1000);
    // Browsers run a timer of more than 2^31 - 1 ms (24.8 days) at once: never hand them one.
    delay = Math.min(delay, 2 ** 31 - 1);
    const timers = this.#timers;
    const handle = timers.setTimeout(() => {
      entry.cancelPoll = undefined;
      entry.firstPoll = false;
      if (this.#document?.visibilityState === 'hidden') entry.overdue = true;
      else this.#load(entry);
    }, delay);
    entry.cancelPoll = () => timers.clearTimeout(handle);
  }

  #cancelPoll(entry: Entry): void {
    entry.cancelPoll?.();
    entry.cancelPoll = undefined;
  }

  #onVisibilityChange = (): void => {
    if (this.#document?.visibilityState !== 'visible') return;
    for (const entry of this.#entries.values()) {
      if (entry.overdue && !entry.request) this.#load(entry);
    }
  };

  #listenToVisibility(on: boolean): void {
    if (!this.#document || on === this.#listeningToVisibility) return;
    this.#listeningToVisibility = on;
    if (on) this.#document.addEventListener('visibilitychange', this.#onVisibilityChange);
    else this.#document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }
}

/** The store the elements share. */
export const feedStore = new FeedStore();
