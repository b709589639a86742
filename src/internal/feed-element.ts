/**
 * What all three elements share: where the feed comes from (`src` or `feed`), its live state
 * from the shared store, the language and time zone, the events, and the loading, error and
 * stale states. Each element adds only what it shows.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { StatusFeed } from '../feed/model.js';
import type { FeedIssue } from '../feed/result.js';
import { parseFeed, type FeedFormat } from '../feed/parse.js';
import { EMPTY, feedStore, type FeedSnapshot, type FeedWatch } from '../feed/store.js';
import { DEFAULT_TIMEOUT } from '../feed/fetch.js';
import { FeedErrorEvent, FeedLoadEvent } from '../events.js';
import { DateFormatter } from '../i18n/format.js';
import { everyMinute } from './clock.js';
import { resolveLang, observeLang } from '../i18n/lang.js';
import { canLoadLocale, defaultLocale, findLocale, loadLocale } from '../i18n/locales.js';
import type { LocalePack, Terms } from '../i18n/terms.js';


export abstract class FeedElement extends LitElement {
  // Declared without decorators: the same to Lit, and some 400 bytes lighter in the CDN file.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    format: {},
    pollInterval: { type: Number, attribute: 'poll-interval' },
    timeout: { type: Number },
    timeZone: { attribute: 'time-zone' },
    now: { attribute: false },
  };

  /** URL of the feed (Statuspage API v2 endpoint, compatible page, or a native feed). */
  src?: string;

  /** A feed given directly, raw (any supported format) or normalized; takes precedence over `src`. */
  feed?: unknown;

  /** `auto` (detect from the JSON's shape), `native` or `statuspage`. */
  format: FeedFormat = 'auto';

  /** Seconds between refreshes of `src`; 0 loads once. Elements on one URL share the fastest. */
  pollInterval = 0;

  /** Milliseconds before a request of `src` counts as failed. */
  timeout = DEFAULT_TIMEOUT;

  /** IANA time zone for displayed times (e.g. `Europe/Madrid`); default the viewer's. */
  timeZone?: string;

  /** The clock, for tests and stories; default the real time at each render. */
  now?: Date;

  #snapshot: FeedSnapshot = EMPTY;

  #watch?: FeedWatch;
  #watchKey?: string;
  #stopObservingLang?: () => void;
  #stopTicking?: () => void;
  #localeLoading?: Promise<unknown>;
  #language: { pack: LocalePack; dateLang: string; timeZone: string | undefined; dates: DateFormatter } = {
    pack: defaultLocale,
    dateLang: defaultLocale.code,
    timeZone: undefined,
    dates: new DateFormatter(defaultLocale.code),
  };
  #parsedFeed?: { input: unknown; format: FeedFormat; snapshot: FeedSnapshot };

  // `lang` is a global attribute, not a reactive property: watch it so a change on the element re-renders it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObservingLang = observeLang(() => this.requestUpdate());
    // With an injected clock nothing moves on by itself.
    this.#stopTicking = everyMinute(() => this.now || this.requestUpdate());
    this.#syncSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
    this.#stopTicking?.();
    this.#stopObservingLang = this.#stopTicking = undefined;
    this.#unwatch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#resolveLanguage();
    if (changed.has('src') || changed.has('feed') || changed.has('format') || changed.has('pollInterval') || changed.has('timeout')) this.#syncSource();
  }

  /** Resolves after rendering, including a locale pack that had to load first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#localeLoading) {
      await this.#localeLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Loads the feed again now (the Retry button). */
  refresh(): void {
    this.#watch?.refresh();
  }

  /** The feed's state as the store last told it. */
  protected get snapshot(): FeedSnapshot {
    return this.#snapshot;
  }

  /** The normalized feed on screen, if any. */
  protected get data(): StatusFeed | undefined {
    return this.snapshot.feed;
  }

  /** The language pack for this element's resolved `lang`; English until another one loads. */
  protected get locale(): LocalePack {
    return this.#language.pack;
  }

  protected get terms(): Terms {
    return this.#language.pack.terms;
  }

  /** Dates in the element's language and `time-zone`. */
  protected get dates(): DateFormatter {
    return this.#language.dates;
  }

  /**
   * Works out the language once per update, before rendering: the pack (starting to load one that
   * ships but is not here yet) and the date formatter, kept while language and zone stay the same.
   */
  #resolveLanguage(): void {
    const lang = resolveLang(this);
    const pack = findLocale(lang) ?? defaultLocale;
    if (pack === defaultLocale && canLoadLocale(lang) && !this.#localeLoading) {
      const loading = loadLocale(lang).finally(() => {
        if (this.#localeLoading === loading) this.#localeLoading = undefined;
        this.requestUpdate();
      });
      this.#localeLoading = loading;
    }
    // Dates take the reader's regional form (en-GB, es-MX) when the words are in that language.
    let dateLang = pack.code;
    try {
      if (lang.toLowerCase().split('-')[0] === pack.code.split('-')[0]) dateLang = Intl.getCanonicalLocales(lang)[0] ?? pack.code;
    } catch {
      // not a well-formed tag: the pack's own
    }
    const current = this.#language;
    if (current.pack !== pack || current.dateLang !== dateLang || current.timeZone !== this.timeZone) {
      this.#language = { pack, dateLang, timeZone: this.timeZone, dates: new DateFormatter(dateLang, this.timeZone) };
    }
  }

  protected get clock(): Date {
    return this.now ?? new Date();
  }

  /** Skeleton lines that keep the layout still while the first load runs. */
  protected renderLoading(lines = 3): TemplateResult {
    return html`<div part="loading" role="status" aria-busy="true">
      <span class="visually-hidden">${this.terms.loading}</span>
      ${Array.from({ length: lines }, () => html`<span class="skeleton"></span>`)}
    </div>`;
  }

  /** A first load that failed: what went wrong, in the reader's language, and a Retry button. */
  protected renderError(): TemplateResult | typeof nothing {
    const error = this.snapshot.error;
    if (!error) return nothing;
    return html`<div part="error" role="alert">
      <p>${this.terms.error[error.kind]}${error.status ? ` (HTTP ${error.status})` : ''}</p>
      ${this.src && this.feed == null
        ? html`<button part="retry" type="button" @click=${this.refresh}>${this.terms.retry}</button>`
        : nothing}
    </div>`;
  }

  /** After a failed refresh: the old data stays, with when it was last good. */
  protected renderStale(): TemplateResult | typeof nothing {
    const { error, feed, loadedAt } = this.snapshot;
    if (!error || !feed || loadedAt === undefined) return nothing;
    // `loadedAt` comes from the store's clock, so it is measured against that, not an injected `now`.
    const when = this.dates.relative(new Date(loadedAt).toISOString(), new Date(feedStore.now()));
    return html`<p part="stale" class="muted">${this.terms.lastUpdated(when)}</p>`;
  }

  /** Which of the states to show; elements render their content only for `ready`. */
  protected get view(): 'loading' | 'error' | 'ready' | 'idle' {
    const { feed, error, loading } = this.snapshot;
    if (feed) return 'ready';
    // A retry under way shows as loading, so the reader sees it is happening.
    if (loading) return 'loading';
    if (error) return 'error';
    if (this.src) return 'loading';
    return 'idle';
  }

  #syncSource(): void {
    if (!this.isConnected) return;
    if (this.feed != null) {
      this.#unwatch();
      const parsed = this.#parseGivenFeed();
      // A broken feed never replaces good data on screen: it stays, marked stale, with the error.
      const kept = this.snapshot.feed;
      this.#setSnapshot(parsed.feed || !kept ? parsed : { ...this.snapshot, error: parsed.error });
      return;
    }
    if (!this.src) {
      this.#unwatch();
      this.#setSnapshot(EMPTY);
      return;
    }
    let url: string | undefined;
    try {
      url = new URL(this.src, document.baseURI).href;
    } catch {
      // reported below, once per value
    }
    const key = url ? `${this.format} ${this.pollInterval} ${this.timeout} ${url}` : `not a URL: ${this.src}`;
    if (key === this.#watchKey) return;
    this.#unwatch();
    this.#watchKey = key;
    if (!url) {
      this.#setSnapshot({ ...EMPTY, error: { kind: 'invalid', message: `src="${this.src}" is not a URL` } });
      return;
    }
    // A new source starts from nothing, so data from the old one never shows under the new URL.
    this.#setSnapshot(EMPTY);
    const options = { format: this.format, pollInterval: this.pollInterval, timeout: this.timeout };
    this.#watch = feedStore.watch(url, options, (snapshot) =>
      this.#setSnapshot(snapshot),
    );
  }

  #parseGivenFeed(): FeedSnapshot {
    const cached = this.#parsedFeed;
    if (cached && cached.input === this.feed && cached.format === this.format) return cached.snapshot;
    const result = parseFeed(this.feed, { format: this.format });
    const snapshot: FeedSnapshot = result.ok
      ? { feed: result.feed, issues: result.issues, loadedAt: feedStore.now(), loading: false }
      : { error: result.error, issues: [], loading: false };
    this.#parsedFeed = { input: this.feed, format: this.format, snapshot };
    return snapshot;
  }

  #unwatch(): void {
    this.#watch?.unsubscribe();
    this.#watch = undefined;
    this.#watchKey = undefined;
  }

  #setSnapshot(snapshot: FeedSnapshot): void {
    const previous = this.#snapshot;
    if (snapshot === previous) return;
    this.#snapshot = snapshot;
    this.requestUpdate('snapshot', previous);
    if (snapshot.feed && snapshot.feed !== previous.feed) {
      this.dispatchEvent(new FeedLoadEvent(snapshot.feed, snapshot.issues as FeedIssue[]));
    }
    if (snapshot.error && snapshot.error !== previous.error) {
      this.dispatchEvent(new FeedErrorEvent(snapshot.error));
    }
  }
}
