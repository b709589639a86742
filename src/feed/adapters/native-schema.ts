/**
 * The native input format, the one source of it: the adapter reads feeds with the lenient reader
 * derived from these schemas (lenient.ts), the TypeScript input types come from them, and so do
 * the JSON Schema shipped in the package and the field table of docs/native-format.md. It is the
 * normalized model's shape with everything that can be derived left optional, so a feed is easy
 * to write by hand. What each field means, for people, is in native-schema-docs.ts, keyed by its
 * path here; the reader never ships that prose.
 */
import * as z from 'zod/mini';
import { ComponentStatus, Impact, Indicator, Phase } from '../model.js';
import { isoDateTime } from '../instant.js';
import { withFallback } from '../lenient.js';

/** An ISO 8601 date-time with seconds and a UTC offset: "2026-04-17T13:00:00Z", "2026-04-17T09:00:00-04:00". */
const Instant = isoDateTime();

export const NativeUpdateInput = z.object({
  id: z.optional(z.string()),
  status: z.optional(Phase),
  at: Instant,
  body: withFallback(z.string(), ''),
});
export type NativeUpdateInput = z.input<typeof NativeUpdateInput>;

type Kind = 'incident' | 'maintenance';

/** An incident or a maintenance: the list it is in says which, and what it may leave out. */
function incidentInput(kind: Kind) {
  const isMaintenance = kind === 'maintenance';
  return z
    .object({
      id: z.string(),
      title: z.string(),
      kind: z.optional(z.literal(kind)),
      impact: z.optional(Impact),
      status: z.optional(Phase),
      startedAt: z.optional(Instant),
      endedAt: z.optional(Instant),
      scheduledFor: z.optional(Instant),
      scheduledUntil: z.optional(Instant),
      url: z.optional(z.string()),
      componentIds: z.optional(z.array(z.string())),
      updates: z.optional(z.array(NativeUpdateInput)),
    })
    .check(
      z.check((context) => {
        const { startedAt, scheduledFor, updates } = context.value;
        if (
          startedAt === undefined &&
          !(isMaintenance && scheduledFor !== undefined) &&
          !updates?.some((update) => update.status !== 'postmortem')
        ) {
          const needed = isMaintenance ? 'startedAt, scheduledFor or an update' : 'startedAt or an update';
          context.issues.push({
            code: 'custom',
            message: `it has no start time (give ${needed})`,
            input: context.value,
          });
        }
      }),
    );
}

export const NativeIncidentInput = incidentInput('incident');
export type NativeIncidentInput = z.input<typeof NativeIncidentInput>;

export const NativeMaintenanceInput = incidentInput('maintenance');
export type NativeMaintenanceInput = z.input<typeof NativeMaintenanceInput>;

export const NativeComponentInput = z.object({
  id: z.string(),
  name: z.string(),
  status: z.optional(ComponentStatus),
  group: z.optional(z.string()),
  description: z.optional(z.string()),
});
export type NativeComponentInput = z.input<typeof NativeComponentInput>;

export const NativePageInput = z.object({
  name: withFallback(z.string(), ''),
  url: z.optional(z.string()),
  timeZone: z.optional(z.string()),
  updatedAt: z.optional(Instant),
});
export type NativePageInput = z.input<typeof NativePageInput>;

export const NativeStatusInput = z.object({
  indicator: Indicator,
  description: z.optional(z.string()),
});
export type NativeStatusInput = z.input<typeof NativeStatusInput>;

export const NativeFeedInput = z.object({
  $schema: z.optional(z.string()),
  page: withFallback(NativePageInput, {
    name: '',
  }),
  status: z.optional(NativeStatusInput),
  components: z.optional(z.array(NativeComponentInput)),
  incidents: z.optional(z.array(NativeIncidentInput)),
  maintenances: z.optional(z.array(NativeMaintenanceInput)),
});
export type NativeFeedInput = z.input<typeof NativeFeedInput>;
