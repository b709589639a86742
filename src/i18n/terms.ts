/**
 * The words of the elements, as one typed pack per locale. A pack that misses a key fails the
 * typecheck, so a new locale is complete or it does not build.
 */
import type { Impact, Indicator, Phase } from '../feed/model.js';
import type { FeedErrorKind } from '../feed/result.js';

export interface Terms {
  /** Overall state, e.g. "All systems operational". */
  indicator: Record<Indicator, string>;
  /** Impact marker beside an incident title. */
  impact: Record<Impact, string>;
  /** Phase labels of updates and incidents. */
  phase: Record<Phase, string>;
  /** What went wrong, by error kind; the technical message goes to the console and the event. */
  error: Record<FeedErrorKind, string>;
  historyHeading: string;
  noIncidentsThisMonth: string;
  noIncidents: string;
  /** Accessible name of the month pagination. */
  pagination: string;
  previous: string;
  next: string;
  /** "Mar 2026 to May 2026". */
  monthRange: (from: string, to: string) => string;
  retry: string;
  loading: string;
  /** Shown while old data stays on screen after a failed refresh; `when` is relative ("5 minutes ago"). */
  lastUpdated: (when: string) => string;
  affectedComponents: string;
  started: string;
  ended: string;
  duration: string;
  ongoing: string;
  maintenance: string;
  scheduledFor: string;
  viewStatusPage: string;
  /** Live-region announcement when the overall state changes. */
  statusChanged: (label: string) => string;
  /** The banner's `components` filter matched nothing (`names` as written): it shows the whole page. */
  noSuchComponents: (names: string) => string;
  /** The timeline's `incident-id` is not in the feed. */
  noSuchIncident: (id: string) => string;
}

export interface LocalePack {
  /** BCP 47 tag the pack answers to: `en`, `es`, `pt-BR`. */
  code: string;
  dir: 'ltr' | 'rtl';
  terms: Terms;
}

/** Some of a pack's terms: groups (`indicator`, `phase`, …) in part, the rest whole. */
export type PartialTerms = {
  [K in keyof Terms]?: Terms[K] extends (...args: never[]) => string ? Terms[K] : Partial<Terms[K]>;
};

/**
 * A pack that changes some terms of another (`extends`, a language tag) and takes the rest from
 * it: a company's own wording, or a regional variant.
 */
export interface PartialLocalePack {
  code: string;
  extends: string;
  dir?: 'ltr' | 'rtl';
  terms: PartialTerms;
}

/** `pack` with `terms` over its own, group by group. */
export function withTerms(pack: LocalePack, terms: PartialTerms, code = pack.code, dir = pack.dir): LocalePack {
  const merged: Record<string, unknown> = { ...pack.terms };
  for (const [key, value] of Object.entries(terms)) {
    const own = merged[key];
    merged[key] = value && typeof value === 'object' && own && typeof own === 'object' ? { ...own, ...value } : value;
  }
  return { code, dir, terms: merged as unknown as Terms };
}
