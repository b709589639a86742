/**
 * Templates the stories render: one per element, taking args named as in the custom elements
 * manifest (attributes by attribute name, other properties by property name, CSS custom
 * properties by their `--name`), so Storybook's controls drive them. They are plain lit
 * templates: the stories test renders them with `fixture()` and nothing from Storybook.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Component, Incident } from '../src/feed/model.js';

/** Args every element takes. */
export interface FeedElementArgs {
  src?: string;
  /** A raw feed object (or anything, to show the error state). */
  feed?: unknown;
  format?: 'auto' | 'native' | 'statuspage';
  'poll-interval'?: number;
  timeout?: number;
  'time-zone'?: string;
  /** The element's own `lang`; empty follows the page (Storybook's language toolbar). */
  lang?: string;
  /** The clock; Storybook's date control gives a timestamp. */
  now?: Date | number;
  [customProperty: `--${string}`]: string | undefined;
}

export interface BannerArgs extends FeedElementArgs {
  'hide-when-operational'?: boolean;
  components?: string;
  variant?: 'full' | 'compact';
  href?: string;
}

export interface HistoryArgs extends FeedElementArgs {
  'months-per-page'?: number;
  'heading-level'?: number;
  /** Which page is shown first, 0 the newest; Previous and Next change it afterwards. */
  page?: number;
}

export interface TimelineArgs extends FeedElementArgs {
  incident?: Incident;
  /** The feed's components, to name the affected ones of an `incident` given directly. */
  components?: readonly Component[];
  'incident-id'?: string;
  open?: boolean;
  'heading-level'?: number;
}

function clock(now: Date | number | undefined): Date | undefined {
  return now === undefined ? undefined : new Date(now);
}

/** The args that are CSS custom properties, as a style map. */
function customProperties(args: FeedElementArgs): Record<string, string> {
  const entries = Object.entries(args).filter(
    (entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
  );
  return Object.fromEntries(entries);
}

/** An optional attribute: left off when the arg is unset or empty, as an unset control is. */
const optional = <T>(value: T | undefined | ''): T | typeof nothing => (value === undefined || value === '' ? nothing : value);

export function renderBanner(args: BannerArgs): TemplateResult {
  return html`<status-banner
    src=${optional(args.src)}
    format=${optional(args.format)}
    poll-interval=${optional(args['poll-interval'])}
    timeout=${optional(args.timeout)}
    time-zone=${optional(args['time-zone'])}
    lang=${optional(args.lang)}
    components=${optional(args.components)}
    variant=${optional(args.variant)}
    href=${optional(args.href)}
    ?hide-when-operational=${args['hide-when-operational']}
    style=${styleMap(customProperties(args))}
    .feed=${args.feed}
    .now=${clock(args.now)}
  ></status-banner>`;
}

export function renderHistory(args: HistoryArgs): TemplateResult {
  return html`<incident-history
    src=${optional(args.src)}
    format=${optional(args.format)}
    poll-interval=${optional(args['poll-interval'])}
    timeout=${optional(args.timeout)}
    time-zone=${optional(args['time-zone'])}
    lang=${optional(args.lang)}
    months-per-page=${optional(args['months-per-page'])}
    heading-level=${optional(args['heading-level'])}
    style=${styleMap(customProperties(args))}
    .feed=${args.feed}
    .now=${clock(args.now)}
    .page=${args.page ?? 0}
  ></incident-history>`;
}

export function renderTimeline(args: TimelineArgs): TemplateResult {
  return html`<incident-timeline
    src=${optional(args.src)}
    format=${optional(args.format)}
    poll-interval=${optional(args['poll-interval'])}
    timeout=${optional(args.timeout)}
    time-zone=${optional(args['time-zone'])}
    lang=${optional(args.lang)}
    incident-id=${optional(args['incident-id'])}
    heading-level=${optional(args['heading-level'])}
    ?open=${args.open}
    style=${styleMap(customProperties(args))}
    .feed=${args.feed}
    .incident=${args.incident}
    .components=${args.components}
    .now=${clock(args.now)}
  ></incident-timeline>`;
}

/** A story on a dark page: the elements follow `color-scheme`, no attribute needed. */
export function onDarkPage(story: TemplateResult): TemplateResult {
  return html`<div class="dark-page" style="color-scheme: dark; background: #010409; color: #e6edf3; padding: 1rem">
    ${story}
  </div>`;
}
