import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Incident, StatusFeed } from '../feed/model.js';
import { byNewestStart } from '../feed/derive.js';
import { monthIndex, type MonthKey } from '../i18n/calendar.js';
import type { DateFormatter } from '../i18n/format.js';
import { defineElement } from '../internal/define-element.js';
import { FeedElement } from '../internal/feed-element.js';
import { heading, headingLevel } from '../internal/heading.js';
import { uniqueKeys } from '../internal/keys.js';
import { ClockController } from '../internal/clock.js';
import { themeStyles } from '../internal/theme.js';
import { IncidentTimelineElement, TIMELINE_PARTS } from '../incident-timeline/incident-timeline.js';
import { styles } from './incident-history.styles.js';

const EXPORTED_PARTS = TIMELINE_PARTS.join(', ');

interface Month extends MonthKey {
  incidents: Incident[];
}

/**
 * The history page of a status site as an element: months newest first, from the current month
 * back to the oldest incident, each with its incidents and maintenances (or a note that there
 * were none), a few months a page.
 *
 * @customElement incident-history
 * @summary Month-by-month incident history with paging, localized.
 *
 * @event feed-load - `FeedLoadEvent`: the feed loaded; `detail.feed`, `detail.format`.
 * @event feed-error - `FeedErrorEvent`: the feed could not be loaded; `detail.error` has `kind` and `message`.
 *
 * @csspart history - The whole history (`section`).
 * @csspart month - One month (`section`).
 * @csspart month-heading - A month's heading.
 * @csspart incidents - A month's list of incidents.
 * @csspart empty - The note of a month without incidents.
 * @csspart timeline - Each `<incident-timeline>`; style its inside through its own parts with `::part()` on it.
 * @csspart pagination - The paging controls (`nav`).
 * @csspart previous - The button to newer months.
 * @csspart next - The button to older months.
 * @csspart range - The months shown, e.g. "Mar 2026 to May 2026".
 */
export class IncidentHistoryElement extends FeedElement {
  static override styles = [themeStyles, styles];

  /** Registers the element under `tag` (default `incident-history`), and `<incident-timeline>` it uses. */
  static define(tag = 'incident-history', registry: CustomElementRegistry = customElements): void {
    IncidentTimelineElement.define('incident-timeline', registry);
    defineElement(tag, this, registry);
  }

  static override properties: PropertyDeclarations = {
    monthsPerPage: { type: Number, attribute: 'months-per-page' },
    start: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    page: { attribute: false },
  };

  /** How many months one page shows. */
  monthsPerPage = 3;

  /**
   * Where the history starts: `now`, the current month, or `latest`, the month of the newest
   * incident or maintenance, so a quiet service's page does not open on empty months.
   */
  start: 'now' | 'latest' = 'now';

  // the current month moves on at midnight of its last day
  protected readonly clockController = new ClockController(this);

  /** Level of the month headings (1–5); incident titles go one level below. Anything else is 2, with a warning. */
  headingLevel = 2;

  /** Which page is shown: 0 is the newest months (clamped to the pages there are). */
  page = 0;

  #months?: { feed: StatusFeed; dates: DateFormatter; now: number; latest: boolean; value: Month[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const last = Math.max(0, this.#pageCount() - 1);
    this.page = Math.min(Math.max(0, Math.floor(this.page) || 0), last);
  }

  /** Shows newer months. */
  previousPage(): void {
    if (this.page > 0) this.page -= 1;
  }

  /** Shows older months. */
  nextPage(): void {
    if (this.page < this.#pageCount() - 1) this.page += 1;
  }

  protected override render() {
    return this.renderFeed(() => this.#renderHistory(), 6);
  }

  #perPage(): number {
    return Math.max(1, Math.floor(this.monthsPerPage) || 3);
  }

  #pageCount(): number {
    return Math.ceil(this.#allMonths().length / this.#perPage());
  }

  /** Every month of the history with its incidents, newest first; computed once per feed, zone and month. */
  #allMonths(): Month[] {
    const feed = this.data;
    if (!feed) return [];
    const dates = this.dates;
    const now = this.clock.getTime();
    const current = monthIndex(dates.calendar.monthOf(now));
    const latest = this.start === 'latest';
    const cached = this.#months;
    if (cached && cached.feed === feed && cached.dates === dates && cached.now === current && cached.latest === latest)
      return cached.value;

    const items = [...feed.incidents, ...feed.maintenances].sort(byNewestStart);
    let value = dates.calendar
      .months(items, (incident) => incident.startedAt, now)
      .map(({ items: incidents, ...month }) => ({ ...month, incidents }));
    // from the newest month with something in it; with nothing at all, the current month
    if (latest) value = value.slice(Math.max(0, value.findIndex((month) => month.incidents.length > 0)));
    this.#months = { feed, dates, now: current, latest, value };
    return value;
  }

  #renderHistory(): TemplateResult {
    const { words: terms, dates } = this;
    const perPage = this.#perPage();
    const all = this.#allMonths();
    const months = all.slice(this.page * perPage, (this.page + 1) * perPage);
    const first = months[0];
    const last = months[months.length - 1];
    const atNewest = this.page === 0;
    const atOldest = this.page >= this.#pageCount() - 1;
    return html`<section part="history" aria-label=${terms.historyHeading} lang=${this.locale.pack.code} dir=${this.locale.value.dir ?? nothing}>
      ${this.renderStale()}
      ${months.map((month) => this.#renderMonth(month))}
      <nav part="pagination" class="pagination" aria-label=${terms.pagination}>
        <button part="previous" type="button" aria-disabled=${atNewest ? 'true' : 'false'} @click=${this.previousPage}>
          ${terms.previous}
        </button>
        <span part="range" class="range" aria-live="polite">
          ${first && last ? terms.monthRange(dates.month(last), dates.month(first)) : nothing}
        </span>
        <button part="next" type="button" aria-disabled=${atOldest ? 'true' : 'false'} @click=${this.nextPage}>
          ${terms.next}
        </button>
      </nav>
    </section>`;
  }

  #renderMonth(month: Month): TemplateResult {
    const level = headingLevel(this, this.headingLevel, 5, 2);
    return html`<section part="month" class="month">
      ${heading(level, 'month-heading', this.dates.month(month))}
      ${month.incidents.length
        ? html`<ul part="incidents" class="incidents">
            ${repeat(
              month.incidents,
              uniqueKeys((incident) => `${incident.kind} ${incident.id}`),
              (incident) => html`<li>
                <incident-timeline
                  part="timeline"
                  exportparts=${EXPORTED_PARTS}
                  .incident=${incident}
                  .components=${this.data?.components}
                  .localized=${this.locale.value}
                  .now=${this.now}
                  heading-level=${level + 1}
                ></incident-timeline>
              </li>`,
            )}
          </ul>`
        : html`<p part="empty" class="empty muted">${this.words.noIncidentsThisMonth}</p>`}
    </section>`;
  }
}
