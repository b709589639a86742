/**
 * What all three elements share, as properties and controllers: the feed's source and live state
 * (FeedController, on @lit/task), the language (LocaleController), the minute clock, and the
 * loading, error and stale views. Each element adds only what it shows.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { StatusFeed } from '../feed/model.js';
import type { FeedError } from '../feed/result.js';
import type { FeedFormat } from '../feed/parse.js';
import { feedStore, type RequestHook } from '../feed/store.js';
import { DEFAULT_TIMEOUT } from '../feed/fetch.js';
import { FeedController, type FeedViews } from './feed-controller.js';
import { LocaleController, type Localized } from './locale-controller.js';
import type { PartialTerms } from '../i18n/terms.js';

/** How long a first render waits for a language pack, in ms. */
const PACK_WAIT = 3000;

/**
 * The base of the three elements. The parts and custom properties below are documented here once
 * and inherited by each element in custom-elements.json.
 *
 * @csspart loading - The skeleton shown while the feed loads.
 * @csspart error - The message shown when the feed cannot be loaded.
 * @csspart retry - The Retry button.
 * @csspart stale - The notice that a refresh failed and the data may be old.
 *
 * @cssproperty --status-color-operational - Colour of the operational state and of "no impact".
 * @cssproperty --status-color-minor - Colour of minor impact.
 * @cssproperty --status-color-major - Colour of major impact.
 * @cssproperty --status-color-critical - Colour of critical impact.
 * @cssproperty --status-color-maintenance - Colour of maintenance.
 * @cssproperty --status-surface - Background.
 * @cssproperty --status-text - Text colour.
 * @cssproperty --status-muted - Secondary text colour.
 * @cssproperty --status-border - Border colour.
 * @cssproperty --status-radius - Corner radius.
 * @cssproperty --status-font - Font shorthand.
 * @cssproperty --status-spacing - Base spacing.
 * @cssproperty --status-focus - Focus ring and link colour.
 */
export abstract class FeedElement extends LitElement {
  // Declared without decorators: the same to Lit, and some 400 bytes lighter in the CDN file.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    format: {},
    feedTimeZone: { attribute: 'feed-time-zone' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    timeout: { type: Number },
    timeZone: { attribute: 'time-zone' },
    now: { attribute: false },
    localized: { attribute: false },
    request: { attribute: false },
    terms: { attribute: false },
  };

  /**
   * URL of the feed: a native feed or any platform's public endpoint (see `format`). Several URLs
   * of one page, space-separated (e.g. Instatus `summary.json` and `v2/components.json`), are
   * merged into one feed; one that fails leaves the others on screen, marked stale.
   */
  src?: string;

  /** A feed given directly, raw (any supported format) or normalized; takes precedence over `src`. */
  feed?: unknown;

  /**
   * `auto` (detect from the JSON's shape) or a format named: `native`, `statuspage`, `instatus`,
   * `cstate`, `upptime`, `uptime-kuma`, `betterstack`, `statusio`, `cachet`, `openstatus`, `sorry`,
   * `gatus`. Readers other than native and Statuspage load on demand.
   */
  format: FeedFormat = 'auto';

  /**
   * IANA zone of the feed's times that carry no offset (Cachet and Uptime Kuma write such times),
   * when the feed does not say its own; without it they are read as UTC, and the feed's issues say so.
   */
  feedTimeZone?: string;

  /** Seconds between refreshes of `src`; 0 loads once. Elements on one URL share the fastest. Changes apply in place. */
  pollInterval = 0;

  /** Milliseconds before a request of `src` counts as failed. */
  timeout = DEFAULT_TIMEOUT;

  /** IANA time zone for displayed times (e.g. `Europe/Madrid`); default the viewer's. */
  timeZone?: string;

  /** The clock, for tests and stories; default the real time at each render. */
  now?: Date;

  /**
   * How the element's requests of `src` are made, in place of `fetch(url, init)`: add headers or
   * credentials, or send them through a proxy. `init` carries the abort signal and the conditional
   * headers. Elements share a request of a URL only if they share this function.
   */
  request?: RequestHook;

  /**
   * Some terms of this element's own, over its language's pack (deep-merged, group by group):
   * `{ indicator: { none: 'All good at Acme' } }`. Other elements keep the pack's words.
   */
  terms?: PartialTerms;

  /** A language already resolved, given by a parent element (a history to its timelines). */
  localized?: Localized;

  protected readonly feedState = new FeedController(this);
  protected readonly locale = new LocaleController(this);

  // `lang` is a global attribute, not a reactive property: watch it so a change on the element re-renders it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * The controllers bring the source and the language in step before the elements' own
   * `willUpdate` reads them (Lit would run them only after it), and a server render, which runs
   * `willUpdate` but no controller, gets them too. In the controllers' own turn they do nothing
   * more.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.locale.update();
    this.feedState.update();
  }

  /**
   * The first render waits for the language's pack, if one is loading (see LocaleController), but
   * not for ever: a pack that hangs is shown when it comes, over English.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const pack = this.hasUpdated ? undefined : this.locale.pending();
    if (pack) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([pack, new Promise((resolve) => (timer = setTimeout(resolve, PACK_WAIT)))]);
      clearTimeout(timer);
    }
    super.scheduleUpdate();
  }

  /** Resolves after rendering, including a locale pack that had to load first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.locale.loading) {
      await this.locale.loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Loads the feed again now (the Retry button). */
  refresh(): void {
    this.feedState.refresh();
  }

  /** Set by Retry: focus follows what replaces the button, so it never falls to the page. */
  #refocus = false;

  #retry = (): void => {
    this.#refocus = true;
    this.refresh();
  };

  /**
   * After Retry, focus goes to the Retry button of a new failure, to the loading message while
   * the request runs, then to the first control of the content it brings.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#refocus) return;
    const root = this.renderRoot as ShadowRoot;
    const loading = root.querySelector<HTMLElement>('[part~=loading]');
    // the content as a whole: the first element that is not a live region or a style
    const target =
      root.querySelector<HTMLElement>('[part~=retry]') ??
      loading ??
      [...root.children].find((child): child is HTMLElement => child instanceof HTMLElement && !child.matches('[role],style'));
    this.#refocus = !!loading;
    if (target && target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target?.focus();
  }

  /** The normalized feed on screen, if any. */
  protected get data(): StatusFeed | undefined {
    return this.feedState.snapshot.feed;
  }

  /** The words in the reader's language, with this element's own `terms` over them. */
  protected get words() {
    return this.locale.terms;
  }

  protected get dates() {
    return this.locale.dates;
  }

  protected get clock(): Date {
    return this.now ?? new Date();
  }

  /** The loading, error and ready switch, with a skeleton of `lines` lines while loading. */
  protected renderFeed(ready: FeedViews<TemplateResult | typeof nothing>['ready'], lines = 3) {
    return this.feedState.render({ ready, loading: () => this.renderLoading(lines), error: (error) => this.renderError(error) });
  }

  /** Skeleton lines that keep the layout still while the first load runs. */
  protected renderLoading(lines: number): TemplateResult {
    return html`<div part="loading" role="status" aria-busy="true" tabindex="-1">
      <span class="visually-hidden">${this.words.loading}</span>
      ${Array.from({ length: lines }, () => html`<span class="skeleton"></span>`)}
    </div>`;
  }

  /** A first load that failed: what went wrong, in the reader's language, and a Retry button. */
  protected renderError(error: FeedError): TemplateResult {
    return html`<div part="error" role="alert">
      <p>${this.words.error[error.kind]}${error.status ? ` (HTTP ${error.status})` : ''}</p>
      ${this.src && this.feed == null
        ? html`<button part="retry" type="button" @click=${this.#retry}>${this.words.retry}</button>`
        : nothing}
    </div>`;
  }

  /** After a failed refresh: the old data stays, with when it was last good. */
  protected renderStale(): TemplateResult | typeof nothing {
    const { error, feed, loadedAt } = this.feedState.snapshot;
    if (!error || !feed || loadedAt === undefined) return nothing;
    // `loadedAt` comes from the store's clock, so it is measured against that, not an injected `now`.
    const when = this.dates.relative(new Date(loadedAt).toISOString(), new Date(feedStore.now()));
    return html`<p part="stale" class="muted">${this.words.lastUpdated(when)}</p>`;
  }
}
