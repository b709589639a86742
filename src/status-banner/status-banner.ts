import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Component, Incident, Indicator, StatusFeed } from '../feed/model.js';
import { deriveIndicator, isMaintenanceActive, isOpen } from '../feed/status.js';
import { StatusChangeEvent } from '../events.js';
import { componentName, sameDashes } from '../internal/component-name.js';
import { defineElement } from '../internal/define-element.js';
import { FeedElement } from '../internal/feed-element.js';
import { ClockController } from '../internal/clock.js';
import { statusIcon } from '../internal/icons.js';
import { themeStyles } from '../internal/theme.js';
import { safeHref } from '../internal/url.js';
import { styles } from './status-banner.styles.js';

/** What the banner shows, derived from the feed, the `components` filter and the clock. */
interface BannerState {
  indicator: Indicator;
  incidents: Incident[];
  maintenances: Incident[];
  /** The `components` filter as written, when it matched no component: the whole page is shown. */
  unmatched?: string | undefined;
}

/**
 * The overall status line of a service, for a page footer or an app header: the state (icon and
 * localized label), each unresolved incident and each maintenance under way, and a link to the
 * status page. Polls its feed; announces a change of state politely to screen readers.
 *
 * @customElement status-banner
 * @summary Live overall status of a service, with open incidents and maintenances.
 *
 * @event feed-load - `FeedLoadEvent`: the feed loaded or changed, and shows; `detail.feed`, `detail.issues`, `detail.indicator` (the state after the `components` filter), `detail.format` (the format read).
 * @event feed-error - `FeedErrorEvent`: loading or refreshing failed; `detail.error` has `kind` and `message`.
 * @event status-change - `StatusChangeEvent`: the overall state is known (first data: `detail.previous` is `undefined`) or changed; `detail.previous`, `detail.current`.
 *
 * @csspart banner - The banner, with `data-level` set to the overall state.
 * @csspart status - The line with the overall state.
 * @csspart icon - The state icon.
 * @csspart label - The localized state label.
 * @csspart link - The link to the status page.
 * @csspart incidents - The list of open incidents and maintenances under way.
 * @csspart incident - One open incident or maintenance.
 * @csspart incident-link - An incident's title (a link when the feed gives one).
 * @csspart phase - An incident's latest phase and how long ago.
 * @csspart note - Says that the `components` filter matched no component, so the whole page shows.
 */
export class StatusBannerElement extends FeedElement {
  static override styles = [themeStyles, styles];

  /** Registers the element under `tag` (default `status-banner`) in `registry`. */
  static define(tag = 'status-banner', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties: PropertyDeclarations = {
    hideWhenOperational: { type: Boolean, attribute: 'hide-when-operational', reflect: true },
    components: {},
    variant: { reflect: true },
    href: {},
    noLink: { type: Boolean, attribute: 'no-link' },
  };

  /** Renders nothing while all is well (and while loading or failing): for app headers. */
  hideWhenOperational = false;

  /** Comma-separated component ids or names: only incidents and components touching them count. */
  components?: string;

  /** `full` (default), or `compact`: a dot and a label, for footers. */
  variant: 'full' | 'compact' = 'full';

  /** Link to the status page; default the feed's page URL. `href=""` shows no link. */
  href?: string;

  /** Shows no link to the status page (as `href=""` does). */
  noLink = false;

  /** Seconds between refreshes; 0 turns polling off. */
  override pollInterval = 60;

  /** Re-renders each minute: "5 minutes ago", and maintenance windows opening and closing. */
  protected readonly clockController = new ClockController(this);

  /** The last state change, spoken once by the live region. */
  #announcement = '';
  #lastIndicator?: Indicator;
  #change?: StatusChangeEvent | undefined;
  #warned?: string;
  /** What the banner shows, derived once per update from the feed, the filter and the clock. */
  #shown?: BannerState;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another service is not a change of this one's state.
    if (changed.has('src')) this.#lastIndicator = undefined;
    const feed = this.data;
    this.#shown = feed && this.#derive(feed);
    if (!this.#shown) return;
    const current = this.#shown.indicator;
    const previous = this.#lastIndicator;
    this.#lastIndicator = current;
    if (previous === undefined) this.#change = new StatusChangeEvent(previous, current);
    // New data or the clock (a maintenance window opening) change the state; a new filter does not.
    else if (previous !== current && !changed.has('components')) {
      this.#announcement = this.words.statusChanged(this.words.indicator[current]);
      this.#change = new StatusChangeEvent(previous, current);
    }
  }

  /** The state's change goes out once it shows, after the `feed-load` that brought it. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const change = this.#change;
    this.#change = undefined;
    if (change) this.dispatchEvent(change);
  }

  /** The overall state shown, after the `components` filter; `undefined` before data arrives. */
  get indicator(): Indicator | undefined {
    return this.#shown?.indicator;
  }

  protected override render(): TemplateResult {
    // The live region stays in place in every state, so a change is spoken even when the banner hides.
    const live = html`<div role="status" class="visually-hidden">${this.#announcement}</div>`;
    return html`${live}${this.#renderContent()}`;
  }

  #renderContent() {
    const lines = this.variant === 'compact' ? 1 : 2;
    const content = this.renderFeed((feed) => {
      const banner = this.#shown!;
      const quiet = banner.indicator === 'none' && !banner.incidents.length && !banner.maintenances.length;
      if (this.hideWhenOperational && quiet) return nothing;
      return this.variant === 'compact' ? this.#renderCompact(feed, banner) : this.#renderFull(feed, banner);
    }, lines);
    // hidden while all is well, and while loading or failing: only trouble shows
    return this.hideWhenOperational && !this.data ? nothing : content;
  }

  /**
   * Where the status link goes: the page's own `href` (relative to the page, like any link it
   * writes), else the feed's page URL; nowhere for `href=""` or `no-link`.
   */
  #statusPageHref(feed: StatusFeed): string | undefined {
    const { href } = this;
    if (this.noLink || href === '') return undefined;
    if (href == null) return safeHref(feed.page.url);
    const base = globalThis.document?.baseURI;
    try {
      const resolved = safeHref(new URL(href, base ?? 'https://server.invalid/').href);
      // on a server there is no page to resolve against: a relative href is written as given
      return base || !resolved ? resolved : href;
    } catch {
      return undefined;
    }
  }

  #renderCompact(feed: StatusFeed, banner: BannerState): TemplateResult {
    const label = this.words.indicator[banner.indicator];
    const href = this.#statusPageHref(feed);
    return html`<span part="banner status" class="compact" data-level=${banner.indicator} lang=${this.locale.pack.code} dir=${this.locale.value.dir ?? nothing}>
      ${statusIcon(banner.indicator)}
      ${href ? html`<a part="label link" href=${href}>${label}</a>` : html`<span part="label">${label}</span>`}
    </span>${this.#renderNote(banner)}`;
  }

  #renderFull(feed: StatusFeed, banner: BannerState): TemplateResult {
    const terms = this.words;
    const href = this.#statusPageHref(feed);
    const items = [...banner.incidents, ...banner.maintenances];
    return html`<div part="banner" class="banner" data-level=${banner.indicator} lang=${this.locale.pack.code} dir=${this.locale.value.dir ?? nothing}>
      <p part="status" class="status">
        ${statusIcon(banner.indicator)}
        <strong part="label">${terms.indicator[banner.indicator]}</strong>
        ${href ? html`<a part="link" class="link" href=${href}>${terms.viewStatusPage}</a>` : nothing}
      </p>
      ${this.#renderNote(banner)}
      ${items.length
        ? html`<ul part="incidents" class="incidents">
            ${items.map((incident) => this.#renderIncident(incident))}
          </ul>`
        : nothing}
      ${this.renderStale()}
    </div>`;
  }

  #renderNote({ unmatched }: BannerState): TemplateResult | typeof nothing {
    return unmatched ? html`<p part="note" class="note muted">${this.words.noSuchComponents(`“${unmatched}”`)}</p>` : nothing;
  }

  #renderIncident(incident: Incident): TemplateResult {
    const isMaintenance = incident.kind === 'maintenance';
    const terms = this.words;
    const level = isMaintenance ? 'maintenance' : incident.impact;
    const latest = incident.updates[0];
    const href = safeHref(incident.url);
    const title = href
      ? html`<a part="incident-link" href=${href} lang="" dir="auto">${incident.title}</a>`
      : html`<span part="incident-link" lang="" dir="auto">${incident.title}</span>`;
    const when = latest?.at ?? incident.startedAt;
    return html`<li part="incident" class="incident" data-level=${level}>
      ${statusIcon(level)}
      <span class="incident-text">
        ${isMaintenance
          ? html`<span class="kind">${terms.maintenance}:</span>`
          : html`<span class="visually-hidden">${terms.impact[level]}:</span>`}
        ${title}
        <span part="phase" class="muted">
          ${terms.phase[incident.status]} ·
          <time datetime=${when}>${this.dates.relative(when, this.clock)}</time>
        </span>
      </span>
    </li>`;
  }

  /** Incidents, maintenances and state after the `components` filter. */
  #derive(feed: StatusFeed): BannerState {
    const now = this.clock;
    let wanted = this.#wantedComponents(feed.components);
    // A filter that matches nothing cannot say all is well: the whole page's state shows, with a note.
    const unmatched = wanted?.size === 0 ? this.components?.trim() : undefined;
    if (unmatched) wanted = undefined;
    const touches = (incident: Incident): boolean =>
      !wanted || incident.componentIds.some((id) => wanted.has(id) || wanted.has(id.toLowerCase()));
    const incidents = feed.incidents.filter((incident) => isOpen(incident) && touches(incident));
    const maintenances = feed.maintenances.filter((maintenance) => isMaintenanceActive(maintenance, now) && touches(maintenance));
    if (!wanted) {
      // The feed's own indicator is authoritative when nothing is filtered, but a maintenance under way shows even if it omits it.
      const indicator =
        feed.status.indicator === 'none' && maintenances.length ? 'maintenance' : feed.status.indicator;
      return { indicator, incidents, maintenances, unmatched };
    }
    const components = feed.components.filter((component) => wanted.has(component.id));
    return { indicator: deriveIndicator(incidents, maintenances, components), incidents, maintenances };
  }

  /**
   * Ids of the components named by the `components` attribute: by id, name, group (all of its
   * components) or "Group – Name" as the timeline shows it (with any dash), case-insensitive;
   * none (an empty set) if the feed has components and no name matches one. A name that matches
   * nothing is reported once, since a typo would otherwise hide every incident without a word.
   */
  #wantedComponents(components: readonly Component[]): Set<string> | undefined {
    const names = this.components
      ?.split(',')
      .map((name) => sameDashes(name.trim().toLowerCase()))
      .filter(Boolean);
    if (!names?.length) return undefined;
    const wanted = new Set<string>();
    const matched = new Set<string>();
    for (const component of components) {
      for (const name of [component.id, component.name, component.group ?? '', componentName(component)]) {
        const key = sameDashes(name.toLowerCase());
        if (names.includes(key)) {
          wanted.add(component.id);
          matched.add(key);
        }
      }
    }
    // with no components in the feed, the names are matched against incidents' component ids
    if (!components.length) for (const name of names) wanted.add(name);
    const unknown = names.filter((name) => !matched.has(name));
    const warning = `${this.localName}: components="${unknown.join(', ')}" matches no component of the feed`;
    if (components.length && unknown.length && warning !== this.#warned) console.warn((this.#warned = warning));
    return wanted;
  }
}
