/**
 * The normalized status feed: the one shape every element renders, whatever the source format.
 * Adapters turn raw JSON into this; components never see raw JSON.
 *
 * Times are UTC ISO 8601 strings (`2026-04-17T13:00:00.000Z`), so they sort as text and survive
 * JSON round trips (server rendering, caching). Lists are already ordered the way they are shown.
 */
import * as z from 'zod/mini';
import { isoDateTime } from './instant.js';
import { CLOSED_PHASES, COMPONENT_STATUSES, IMPACTS, INCIDENT_KINDS, INDICATORS, PHASES } from './model-values.js';

export { CLOSED_PHASES, COMPONENT_STATUSES, IMPACTS, INCIDENT_KINDS, INDICATORS, PHASES };

/** Overall state of a page, worst first after `none`. Mirrors Statuspage's `status.indicator`. */
export const Indicator = z.enum(INDICATORS);
export type Indicator = z.infer<typeof Indicator>;

/** How bad an incident is; `maintenance` marks planned work. */
export const Impact = z.enum(IMPACTS);
export type Impact = z.infer<typeof Impact>;

/**
 * The phase of an incident or maintenance, and of each of its updates; `update` is the generic
 * phase that any unknown value becomes.
 */
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const ComponentStatus = z.enum(COMPONENT_STATUSES);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

/** A UTC ISO 8601 instant. */
const Instant = isoDateTime();

export const Component = z.object({
  id: z.string(),
  name: z.string(),
  status: ComponentStatus,
  /** Name of the group this component belongs to (groups themselves are not components). */
  group: z.optional(z.string()),
  description: z.optional(z.string()),
});
export type Component = z.infer<typeof Component>;

export const Update = z.object({
  id: z.optional(z.string()),
  status: Phase,
  /** When the update was published (Statuspage's `display_at`). */
  at: Instant,
  /** Untrusted text: plain, light markdown or small HTML. Rendered by the elements, never as HTML. */
  body: z.string(),
});
export type Update = z.infer<typeof Update>;

/** Whether an incident is unplanned or planned work; each adapter decides it once. */
export const IncidentKind = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof IncidentKind>;

export const Incident = z.object({
  id: z.string(),
  title: z.string(),
  /** `maintenance` for planned work, wherever the feed listed it. */
  kind: IncidentKind,
  impact: Impact,
  /** Current phase: that of the newest update, unless the feed says otherwise. */
  status: Phase,
  /** When it began (first update or the feed's start time); for maintenances, the planned start. */
  startedAt: Instant,
  /** When it ended (resolved or completed); absent while open. For maintenances, the actual or planned end. */
  endedAt: z.optional(Instant),
  /** Planned window of a maintenance. */
  scheduledFor: z.optional(Instant),
  scheduledUntil: z.optional(Instant),
  /** A page about this incident (Statuspage's shortlink or incident page). */
  url: z.optional(z.string()),
  /** Ids of the leaf components it affects. */
  componentIds: z.array(z.string()),
  /** Newest first; a postmortem, when there is one, comes first. */
  updates: z.array(Update),
});
export type Incident = z.infer<typeof Incident>;

export const Page = z.object({
  name: z.string(),
  url: z.optional(z.string()),
  /** IANA zone the page publishes in (informative; elements show the viewer's or `time-zone`). */
  timeZone: z.optional(z.string()),
  /** When the source last changed, if it says. */
  updatedAt: z.optional(Instant),
});
export type Page = z.infer<typeof Page>;

export const OverallStatus = z.object({
  indicator: Indicator,
  /** The feed's own wording (usually English); elements show a localized label instead. */
  description: z.optional(z.string()),
});
export type OverallStatus = z.infer<typeof OverallStatus>;

export const StatusFeed = z.object({
  page: Page,
  status: OverallStatus,
  /** Leaf components in the feed's order. */
  components: z.array(Component),
  /** Unplanned incidents (`kind: 'incident'`), newest first (by start). */
  incidents: z.array(Incident),
  /** Scheduled maintenances (`kind: 'maintenance'`), newest first (by planned start). */
  maintenances: z.array(Incident),
});
export type StatusFeed = z.infer<typeof StatusFeed>;
