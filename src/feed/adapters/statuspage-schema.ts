/**
 * The raw shape of a Statuspage API v2 response, as far as the adapter reads it: only the fields
 * it uses, and any other key allowed. The adapter reads feeds with the lenient reader derived
 * from it (lenient.ts); where a real server departs from the documented shape (numeric ids, null
 * for "none", lists sent as text) the schema says so.
 */
import * as z from 'zod/mini';
import { COMPONENT_STATUSES, IMPACTS, INDICATORS, PHASES } from '../model-values.js';
import { describeValue, note, withFallback } from '../lenient.js';
import { toInstant } from '../instant.js';

/** A non-empty identifier, as text; some servers send numbers. */
const Id = z.transform((value: unknown, context) => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '') return value;
  const message = `expected an id (a non-empty string or a number) but got ${describeValue(value)}`;
  context.issues.push({ code: 'custom', message, input: value });
  // Never read: the issue drops the field or the item.
  return '';
});

/** Any ISO 8601 date-time (Statuspage always sends an offset; some compatible servers do not), in UTC. */
const Time = z.transform((value: unknown, context) => {
  const instant = toInstant(value);
  if (instant === undefined) {
    const message = `expected an ISO 8601 date-time but got ${describeValue(value)}`;
    context.issues.push({ code: 'custom', message, input: value });
  }
  return instant;
});

const Text = z.string();

const Component = z.object({
  id: Id,
  name: Text,
  // Unknown is shown as operational rather than as a guessed outage; the overall indicator
  // still comes from the feed's own status when it has one.
  status: withFallback(z.enum(COMPONENT_STATUSES), 'operational'),
  description: z.optional(Text),
  /** The group a leaf belongs to. */
  group_id: z.optional(Id),
  /** A group is a heading, not a component: `group: true`, or a non-empty list of child ids. */
  group: z.optional(z.boolean()),
  components: z.optional(z.array(Id)),
});

const AffectedComponent = z.object({ code: z.optional(Id), new_status: z.optional(Text) });

const Update = z
  .object({
    id: z.optional(Id),
    status: z.optional(z.enum(PHASES)),
    body: z.optional(Text),
    /** When the update says it happened (it can be back-dated); created_at is when it was posted. */
    display_at: z.optional(Time),
    created_at: z.optional(Time),
    updated_at: z.optional(Time),
    affected_components: z.optional(z.array(AffectedComponent)),
  })
  .check(
    z.check((context) => {
      const { display_at, created_at, updated_at } = context.value;
      if ((display_at ?? created_at ?? updated_at) === undefined) {
        const message = 'it has no valid time (display_at, created_at or updated_at)';
        context.issues.push({ code: 'custom', message, input: context.value });
      }
    }),
  );

export const isPostmortem = (update: { status?: string }) => update.status === 'postmortem';

export const StatuspageIncident = z
  .object({
    id: Id,
    name: Text,
    status: z.optional(z.enum(PHASES)),
    impact: z.optional(z.enum(IMPACTS)),
    created_at: z.optional(Time),
    started_at: z.optional(Time),
    resolved_at: z.optional(Time),
    updated_at: z.optional(Time),
    scheduled_for: z.optional(Time),
    scheduled_until: z.optional(Time),
    shortlink: z.optional(Text),
    // Some exports carry the postmortem as fields of the incident rather than as an update.
    postmortem_body: z.optional(Text),
    postmortem_published_at: z.optional(Time),
    postmortem_body_last_updated_at: z.optional(Time),
    components: z.optional(z.array(Component)),
    incident_updates: z.optional(z.array(Update)),
  })
  .check(
    z.check((context) => {
      const { started_at, created_at, scheduled_for, incident_updates: updates } = context.value;
      const hasDatedUpdate = updates?.some((update) => !isPostmortem(update));
      if ((started_at ?? created_at ?? scheduled_for) === undefined && !hasDatedUpdate) {
        const message = 'it has no start time (no started_at, created_at, scheduled_for or dated update)';
        context.issues.push({ code: 'custom', message, input: context.value });
      }
      const { postmortem_body, postmortem_published_at, postmortem_body_last_updated_at, updated_at } = context.value;
      const postmortemAt = postmortem_published_at ?? postmortem_body_last_updated_at ?? updated_at;
      if (postmortem_body?.trim() && postmortemAt === undefined && !updates?.some(isPostmortem)) {
        context.issues.push(note('ignored the postmortem: it has no valid publication time', ['postmortem_body']));
      }
    }),
  );
export type StatuspageIncident = z.output<typeof StatuspageIncident>;
export type StatuspageComponent = z.output<typeof Component>;
export type StatuspageUpdate = z.output<typeof Update>;

export const StatuspageFeed = z.object({
  page: z.optional(
    z.object({
      name: withFallback(z.string(), ''),
      url: z.optional(Text),
      time_zone: z.optional(Text),
      updated_at: z.optional(Time),
    }),
  ),
  status: z.optional(
    z.object({
      // Unknown or missing: derived from the incidents and components instead.
      indicator: withFallback(z.enum(INDICATORS), undefined),
      description: z.optional(Text),
    }),
  ),
  components: z.optional(z.array(Component)),
  incidents: z.optional(z.array(StatuspageIncident)),
  incident: z.optional(StatuspageIncident),
  scheduled_maintenances: z.optional(z.array(StatuspageIncident)),
});
export type StatuspageFeed = z.output<typeof StatuspageFeed>;
