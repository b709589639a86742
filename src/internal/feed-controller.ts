/**
 * Where an element's feed comes from and its live state: a Lit reactive controller on @lit/task.
 * The task's arguments are the source (`src` or `feed`, and `format`); its function waits, with
 * the task's AbortSignal, for the shared store's first answer. Later answers (polls, a failed
 * refresh, a recovery) come straight from the store and are shown over the task's state: the
 * last good data stays on screen, marked stale, whatever a refresh brings.
 *
 * `src` may name several endpoints of one page, space-separated: each is watched in the store as
 * one `src` is, and their feeds are merged (merge.ts) once every one has answered. One that fails
 * leaves the others' data on screen, marked stale, until it answers again.
 *
 * `request`, if given, makes the element's requests (headers, credentials, a proxy); a new one is
 * a new source. `poll-interval` and `timeout` are not the source: changing them updates the store's watch in
 * place, so the data, its ETag and the state on screen stay.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { initialState, Task } from '@lit/task';
import type { Indicator, StatusFeed } from '../feed/model.js';
import type { FeedError, FeedIssue } from '../feed/result.js';
import { readerMissing, type FeedFormat } from '../feed/parse.js';
import { parseOnce } from './parse-once.js';
import { loadFeedFormat } from '../feed/formats.js';
import type { mergeFeeds as MergeFeeds } from '../feed/merge.js';
import { EMPTY, feedStore, loadedSnapshot, type FeedSnapshot, type FeedWatch, type RequestHook } from '../feed/store.js';
import { FeedErrorEvent, FeedLoadEvent } from '../events.js';

export type FeedHost = ReactiveControllerHost &
  HTMLElement & {
    src?: string;
    feed?: unknown;
    format: FeedFormat;
    feedTimeZone?: string;
    pollInterval: number;
    timeout: number;
    request?: RequestHook;
    /** The overall state the host derived from the feed (the banner's), for `feed-load`'s detail. */
    readonly indicator?: Indicator | undefined;
  };

type Source = [src: string | undefined, feed: unknown, format: FeedFormat, feedTimeZone: string | undefined];

/** What an element renders in each state; `ready` also gets stale data after a failed refresh. */
export interface FeedViews<T> {
  ready(feed: StatusFeed): T;
  loading(): T;
  error(error: FeedError): T;
}

/**
 * The merge of several endpoints, loaded the first time a `src` names more than one (in the CDN
 * build a file in formats/, as the readers are): a page with one URL per element never loads it.
 */
let mergeFeeds: typeof MergeFeeds | undefined;
let loadingMerge: Promise<unknown> | undefined;
const loadMerge = () =>
  (loadingMerge ??= import('../feed/merge.js').then(
    (module) => (mergeFeeds = module.mergeFeeds),
    () => (loadingMerge = undefined),
  ));

export class FeedController implements ReactiveController {
  /** The feed's state as the store (or the parse of a given `feed`) last told it. */
  snapshot: FeedSnapshot = EMPTY;

  /** Runs once per source: settles with the first answer, a feed or an error. */
  readonly task: Task<Source, StatusFeed | undefined>;

  readonly #host: FeedHost;
  #watches: FeedWatch[] = [];
  #watched?: string;
  #parsed?: { input: unknown; key: string; snapshot: FeedSnapshot };
  /** The last merge of several endpoints' feeds, kept while none of them changes. */
  #merged?: { feeds: readonly StatusFeed[]; feed: StatusFeed };
  #waiters = new Set<() => void>();
  #serverFeed?: FeedSnapshot | null;
  #request?: RequestHook;
  /** Brought in step in this update already (by the host's `willUpdate`). */
  #inStep = false;
  /** New data, or a new failure, to announce once the host has rendered it. */
  #loaded = false;
  #failed?: FeedError | undefined;

  constructor(host: FeedHost) {
    this.#host = host;
    // first, so that the source is in step before the task looks at it in the same update
    host.addController(this);
    this.task = new Task<Source, StatusFeed | undefined>(host, {
      args: () => [host.src, host.feed, host.format, host.feedTimeZone],
      task: ([src, feed], { signal }) => (feed == null && !src ? Promise.resolve(initialState) : this.#firstAnswer(signal)),
    });
  }

  hostConnected(): void {
    this.#readServerFeed();
    this.#sync();
  }

  hostDisconnected(): void {
    this.#unwatch();
  }

  /** Brings the source in step with the host; once per update, whoever calls it first. */
  update(): void {
    this.#inStep = true;
    this.#sync();
  }

  hostUpdate(): void {
    if (!this.#inStep) this.update();
  }

  /**
   * Events go out once the host has rendered what they bring, so that in a listener the host's
   * state (its `indicator`, its shadow DOM) is that of the feed in the event.
   */
  hostUpdated(): void {
    this.#inStep = false;
    const host = this.#host;
    const { feed, issues, format } = this.snapshot;
    const loaded = this.#loaded && feed;
    const failed = this.#failed;
    // reset first: a listener may give a new feed at once
    this.#loaded = false;
    this.#failed = undefined;
    if (loaded) host.dispatchEvent(new FeedLoadEvent(loaded, issues as FeedIssue[], host.indicator, format));
    if (failed) {
      // once per message: a feed the browser cannot reach (or may not read: CORS) says why in the console
      if (failed.kind === 'network' && failed.message !== this.#warned) console.warn(`${host.localName}: ${(this.#warned = failed.message)}`);
      host.dispatchEvent(new FeedErrorEvent(failed));
    }
  }

  #warned?: string;

  /** Loads the feed again now (the Retry button). */
  refresh(): void {
    for (const watch of this.#watches) watch.refresh();
  }

  /** The state's view: what the task knows, with the store's latest data shown over it. */
  render<T>(views: FeedViews<T>): T | typeof nothing {
    const { feed, error, loading } = this.snapshot;
    if (feed) return views.ready(feed);
    return this.task.render({
      initial: () => nothing,
      // the snapshot is already this source's: a given feed that failed to parse fails at once
      pending: () => (error && !loading ? views.error(error) : views.loading()),
      complete: () => nothing,
      // a retry under way shows as loading, so the reader sees it is happening
      error: () => (loading || !error ? views.loading() : views.error(error)),
    }) as T | typeof nothing;
  }

  /** The first feed or failure of the current source, or the task's abort. */
  #firstAnswer(signal: AbortSignal): Promise<StatusFeed> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const { feed, error, loading } = this.snapshot;
        if (feed) resolve(feed);
        else if (error && !loading) reject(error);
        else return;
        this.#waiters.delete(check);
      };
      signal.addEventListener('abort', () => {
        this.#waiters.delete(check);
        reject(signal.reason);
      });
      this.#waiters.add(check);
      check();
    });
  }

  /**
   * A server render (`status-elements/ssr`) leaves the feed it rendered in the element, as JSON in
   * a `<script type="application/json" data-status-feed>`, which no browser runs. Read once, on
   * the first connection, so the element hydrates with the data it was rendered from.
   */
  #readServerFeed(): void {
    if (this.#serverFeed !== undefined) return;
    const script = this.#host.querySelector(':scope > script[type="application/json"][data-status-feed]');
    this.#serverFeed = script ? this.#parse(script.textContent ?? '') : null;
  }

  /** Puts the store's watch (or the parse of a given feed) in step with the host's properties. */
  #sync(): void {
    const host = this.#host;
    if (host.feed != null) {
      this.#unwatch();
      const parsed = this.#parse(host.feed);
      // A broken feed never replaces good data on screen: it stays, marked stale, with the error.
      const kept = this.snapshot.feed;
      this.#set(parsed.feed || !kept ? parsed : { ...this.snapshot, error: parsed.error });
      return;
    }
    if (!host.src) {
      this.#unwatch();
      this.#set(this.#serverFeed ?? EMPTY);
      return;
    }
    // A feed given directly is read anywhere (a server render too); `src` is watched only on a page.
    if (!host.isConnected) return;
    const { format, feedTimeZone } = host;
    const options = { format, feedTimeZone, pollInterval: host.pollInterval, timeout: host.timeout };
    const given = host.src.trim().split(/\s+/);
    const urls = given.map((text) => {
      try {
        return new URL(text, document.baseURI).href;
      } catch {
        return undefined; // reported below, once per value
      }
    });
    const bad = given.find((_, index) => urls[index] === undefined);
    const key = bad === undefined ? `${format} ${feedTimeZone ?? ''} ${urls.join(' ')}` : `not a URL: ${host.src}`;
    if (key === this.#watched && host.request === this.#request) {
      for (const watch of this.#watches) watch.update(options);
      return;
    }
    this.#unwatch();
    this.#watched = key;
    this.#request = host.request;
    // A new source starts from nothing, so data from the old one never shows under the new URL.
    const invalid = given.length > 1 ? `src names "${bad}", which is not a URL` : `src="${host.src}" is not a URL`;
    this.#set(bad === undefined ? EMPTY : { ...EMPTY, error: { kind: 'invalid', message: invalid } });
    const seed = this.#serverFeed;
    // the server's data goes with the first source only: a later `src` is another feed
    this.#serverFeed = null;
    if (bad !== undefined) return;
    const parts: FeedSnapshot[] = urls.map(() => EMPTY);
    if (urls.length > 1 && !mergeFeeds)
      void loadMerge().then(() => {
        if (this.#watched === key) this.#set(this.#combine(parts));
      });
    this.#watches = (urls as string[]).map((url, index) =>
      feedStore.watch(url, { ...options, seed: (urls.length === 1 && seed) || undefined, request: host.request }, (snapshot) => {
        parts[index] = snapshot;
        this.#set(urls.length === 1 ? snapshot : this.#combine(parts));
      }),
    );
    // a server render of several endpoints shows its merged feed until they answer
    if (urls.length > 1 && seed && !this.snapshot.feed) this.#set(seed);
  }

  /**
   * What several endpoints' snapshots show together: loading until each has answered (a feed or
   * a failure); then the merge of the feeds there are, with the first failure, which marks the
   * data stale; a failure alone if none has a feed.
   */
  #combine(parts: readonly FeedSnapshot[]): FeedSnapshot {
    if (!mergeFeeds || parts.some((part) => !part.feed && (!part.error || part.loading))) {
      return this.snapshot.feed ? this.snapshot : { ...EMPTY, loading: true };
    }
    const error = parts.find((part) => part.error)?.error;
    const loaded = parts.filter((part) => part.feed);
    if (loaded.length === 0) return { ...EMPTY, error };
    const feeds = loaded.map((part) => part.feed!);
    const merged = this.#merged;
    const feed =
      merged && merged.feeds.length === feeds.length && merged.feeds.every((item, index) => item === feeds[index])
        ? merged.feed
        : (this.#merged = { feeds, feed: mergeFeeds(feeds) }).feed;
    return {
      feed,
      issues: loaded.flatMap((part) => part.issues),
      format: loaded[0]!.format,
      error,
      // as old as the oldest confirmation
      loadedAt: Math.min(...loaded.map((part) => part.loadedAt ?? Infinity)),
      loading: false,
    };
  }

  #parse(input: unknown): FeedSnapshot {
    const { format, feedTimeZone } = this.#host;
    const key = `${format} ${feedTimeZone ?? ''}`;
    const cached = this.#parsed;
    if (cached && cached.input === input && cached.key === key) return cached.snapshot;
    const result = parseOnce(input, format, feedTimeZone);
    if (!result.ok && result.error.format) {
      // a raw feed of a format whose reader loads on demand: loading until it is here, then read
      const needed = result.error.format;
      void loadFeedFormat(needed).then((ok) => {
        if (this.#host.feed !== input) return;
        this.#parsed = undefined;
        if (ok) this.#sync();
        else this.#set({ ...EMPTY, error: readerMissing(needed).error });
      });
      return { ...EMPTY, loading: true };
    }
    const snapshot: FeedSnapshot = result.ok
      ? loadedSnapshot(result, feedStore.now())
      : { error: result.error, issues: [], loading: false };
    this.#parsed = { input, key, snapshot };
    return snapshot;
  }

  #unwatch(): void {
    for (const watch of this.#watches) watch.unsubscribe();
    this.#watches = [];
    this.#watched = this.#merged = undefined;
  }

  #set(snapshot: FeedSnapshot): void {
    const previous = this.snapshot;
    if (snapshot === previous) return;
    this.snapshot = snapshot;
    const host = this.#host;
    host.requestUpdate();
    for (const waiter of [...this.#waiters]) waiter();
    if (snapshot.feed && snapshot.feed !== previous.feed) this.#loaded = true;
    if (snapshot.error && snapshot.error !== previous.error) this.#failed = snapshot.error;
  }
}
