import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Component, Incident, Update } from '../feed/model.js';
import { FeedElement } from '../internal/feed-element.js';
import { componentName } from '../internal/component-name.js';
import { statusIcon } from '../internal/icons.js';
import { renderRichText } from '../internal/rich-text.js';
import { listParts } from '../i18n/format.js';
import { uniqueKeys } from '../internal/keys.js';
import { themeStyles } from '../internal/theme.js';
import { heading, headingLevel } from '../internal/heading.js';
import { defineElement } from '../internal/define-element.js';
import { styles } from './incident-timeline.styles.js';

/**
 * The parts of a timeline's content, which `<incident-history>` exports from each of its timelines
 * (so the two lists cannot drift; a test checks it against what a timeline renders).
 */
export const TIMELINE_PARTS = [
  'incident', 'title', 'icon', 'impact', 'meta', 'updates', 'update', 'phase', 'summary', 'phase-label',
  'time', 'body', 'paragraph', 'list', 'code', 'link',
] as const;

/**
 * One incident or maintenance: its title marked by impact, affected components, start, end and
 * duration, and its updates newest first (a postmortem first), each a collapsible phase.
 *
 * @customElement incident-timeline
 * @summary One incident's timeline of updates, localized, with collapsible phases.
 *
 * @event feed-load - `FeedLoadEvent`: a feed given by `src` or `feed` loaded; `detail.feed`, `detail.format`.
 * @event feed-error - `FeedErrorEvent`: the feed could not be loaded; `detail.error` has `kind` and `message`.
 *
 * @csspart incident - The whole incident (`article`), with `data-level` set to its impact.
 * @csspart title - The heading with the incident's title.
 * @csspart icon - The impact icon.
 * @csspart impact - The impact label beside the title.
 * @csspart meta - The list of affected components, start, end and duration.
 * @csspart updates - The list of updates.
 * @csspart update - One update (`li`).
 * @csspart phase - An update's disclosure (`details`).
 * @csspart summary - The clickable line of a phase (`summary`).
 * @csspart phase-label - The localized phase name.
 * @csspart time - An update's `<time>`.
 * @csspart body - An update's text.
 * @csspart paragraph - A paragraph of an update's text.
 * @csspart list - A list in an update's text (`ul` or `ol`).
 * @csspart code - Code in an update's text.
 * @csspart link - A link in an update's text.
 * @csspart empty - The note shown when the feed has no incident to show.
 */
export class IncidentTimelineElement extends FeedElement {
  static override styles = [themeStyles, styles];

  /** Registers the element under `tag` (default `incident-timeline`) in `registry`. */
  static define(tag = 'incident-timeline', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties: PropertyDeclarations = {
    incident: { attribute: false },
    incidentId: { attribute: 'incident-id' },
    open: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    components: { attribute: false },
  };

  /** The incident to show, normalized; takes precedence over `src`, `feed` and `incident-id`. */
  incident?: Incident;

  /** Which incident of the feed to show; default the feed's first (a single-incident endpoint). */
  incidentId?: string;

  /** Expands every phase; otherwise only the newest is open. */
  open = false;

  /** Level of the title heading (1–6), so it fits the page's outline. Anything else is 3, with a warning. */
  headingLevel = 3;

  /** Components of the feed, to name affected ones; set by `<incident-history>`. */
  components?: readonly Component[];

  /** The incident on screen: given directly, or picked from the feed. */
  get shownIncident(): Incident | undefined {
    if (this.incident) return this.incident;
    const feed = this.data;
    if (!feed) return undefined;
    const all = [...feed.incidents, ...feed.maintenances];
    return this.incidentId ? all.find((candidate) => candidate.id === this.incidentId) : all[0];
  }

  protected override render() {
    const incident = this.shownIncident;
    if (incident) return this.#renderIncident(incident);
    return this.renderFeed(() => {
      const { incidentId, words: terms } = this;
      // an incident-id the feed does not have is said so, on screen and once in the console
      if (incidentId) this.#warn(`${this.localName}: incident-id="${incidentId}" is not in the feed`);
      return html`${this.renderStale()}<p part="empty" class="muted">
        ${incidentId ? terms.noSuchIncident(`“${incidentId}”`) : terms.noIncidents}
      </p>`;
    });
  }

  #warned?: string;
  #warn(warning: string): void {
    if (warning !== this.#warned) console.warn((this.#warned = warning));
  }

  #renderIncident(incident: Incident): TemplateResult {
    const terms = this.words;
    const isMaintenance = incident.kind === 'maintenance';
    const level = isMaintenance ? 'maintenance' : incident.impact;
    return html`<article part="incident" aria-labelledby="title" data-level=${level} lang=${this.locale.pack.code} dir=${this.locale.value.dir ?? nothing}>
      ${this.renderStale()}
      ${heading(
        headingLevel(this, this.headingLevel, 6, 3),
        'title',
        html`${statusIcon(level)}<span id="title" class="title-text" lang="" dir="auto">${incident.title}</span>
          <span part="impact" class="impact">${isMaintenance ? terms.maintenance : terms.impact[incident.impact]}</span>`,
      )}
      ${this.#renderMeta(incident)}
      <ol part="updates" class="updates">
        ${repeat(
          incident.updates,
          uniqueKeys((update) => update.id ?? `${update.at} ${update.status}`),
          (update, index) => this.#renderUpdate(update, this.open || index === 0),
        )}
      </ol>
    </article>`;
  }

  #renderMeta(incident: Incident): TemplateResult {
    const { words: terms, dates } = this;
    const names = this.#componentNames(incident.componentIds);
    const end = incident.endedAt;
    return html`<dl part="meta" class="meta">
      ${names.length
        ? html`<div><dt>${terms.affectedComponents}</dt><dd>${this.#list(names)}</dd></div>`
        : nothing}
      <div>
        <dt>${incident.scheduledFor && !end ? terms.scheduledFor : terms.started}</dt>
        <dd><time datetime=${incident.startedAt}>${dates.dateTime(incident.startedAt)}</time></dd>
      </div>
      <div>
        <dt>${terms.ended}</dt>
        <dd>${end ? html`<time datetime=${end}>${dates.dateTime(end)}</time>` : terms.ongoing}</dd>
      </div>
      ${end
        ? html`<div><dt>${terms.duration}</dt><dd>${dates.duration(incident.startedAt, end)}</dd></div>`
        : nothing}
    </dl>`;
  }

  /** Names joined as the reader's language joins a list ("A, B y C"), each isolated as feed text. */
  #list(names: string[]): unknown[] {
    return listParts(this.locale.value.lang, names).map((part) =>
      part.type === 'element' ? html`<bdi lang="">${part.value}</bdi>` : part.value,
    );
  }

  #componentNames(ids: readonly string[]): string[] {
    const components = this.components ?? this.data?.components ?? [];
    const byId = new Map(components.map((component) => [component.id, component]));
    return ids.map((id) => {
      const component = byId.get(id);
      return component ? componentName(component) : id;
    });
  }

  /**
   * Each update keeps its node (`repeat`, keyed by its id), so a phase the reader opened or closed
   * stays so when a new update arrives; `open` is bound, so the page's `open` and the newest phase
   * being open by default still apply when they change.
   */
  #renderUpdate(update: Update, byDefault: boolean): TemplateResult {
    return html`<li part="update" class="update">
      <details part="phase" ?open=${byDefault}>
        <summary part="summary">
          <span part="phase-label" class="phase-label">${this.words.phase[update.status]}</span>
          <time part="time" datetime=${update.at}>${this.dates.dateTime(update.at)}</time>
        </summary>
        <div part="body" class="body" lang="" dir="auto">${renderRichText(update.body)}</div>
      </details>
    </li>`;
  }
}
