/**
 * The native input format, the one source of it: the adapter reads feeds with the lenient reader
 * derived from these schemas (lenient.ts), the TypeScript input types come from them, and so do
 * the JSON Schema shipped in the package and the field table of docs/native-format.md. It is the
 * normalized model's shape with everything that can be derived left optional, so a feed is easy
 * to write by hand.
 */
import * as z from 'zod/mini';
import { ComponentStatus, Impact, Indicator, Phase } from '../model.js';
import { withFallback } from '../lenient.js';

const Instant = z.iso
  .datetime({ offset: true })
  .check(
    z.describe(
      'An ISO 8601 date-time with seconds and a UTC offset, e.g. "2026-04-17T13:00:00Z" or "2026-04-17T09:00:00-04:00".',
    ),
  );

const Text = (description: string) => z.string().check(z.describe(description));

export const NativeUpdateInput = z.object({
  id: z.optional(Text('Identifier of the update, unique within its incident.')),
  status: z.optional(Phase.check(z.describe('Phase the update announces. Default: "update".'))),
  at: Instant.check(z.describe('When the update was published.')),
  body: withFallback(
    Text('The update text: plain text, light markdown or simple HTML (rendered safely, never as HTML). Read as empty when missing.'),
    '',
  ),
});
export type NativeUpdateInput = z.input<typeof NativeUpdateInput>;

type Kind = 'incident' | 'maintenance';

/** An incident or a maintenance: the list it is in says which, and what it may leave out. */
function incidentInput(kind: Kind) {
  const isMaintenance = kind === 'maintenance';
  return z
    .object({
      id: Text(`Identifier of the ${kind}, unique within its list.`),
      title: Text('What happened, in a few words.'),
      kind: z.optional(
        z.literal(kind).check(z.describe(`"${kind}", if given: the list an item is in says what it is.`)),
      ),
      impact: z.optional(Impact.check(z.describe(`How bad it is. Default: "${isMaintenance ? 'maintenance' : 'none'}".`))),
      status: z.optional(Phase.check(z.describe('Current phase. Default: the status of the newest update.'))),
      startedAt: z.optional(
        Instant.check(
          z.describe(
            `When it began. Default: ${isMaintenance ? 'scheduledFor, else ' : ''}the earliest update. One of them is required.`,
          ),
        ),
      ),
      endedAt: z.optional(Instant.check(z.describe('When it ended. Default, once closed: the update that closed it.'))),
      scheduledFor: z.optional(Instant.check(z.describe('Planned start of a maintenance.'))),
      scheduledUntil: z.optional(Instant.check(z.describe('Planned end of a maintenance.'))),
      url: z.optional(Text('A page about this incident.')),
      componentIds: z.optional(z.array(z.string()).check(z.describe('Ids of the affected components. Default: none.'))),
      updates: z.optional(
        z.array(NativeUpdateInput).check(z.describe('Updates in any order; they are shown newest first. Default: none.')),
      ),
    })
    .check(
      z.check((context) => {
        const { startedAt, scheduledFor, updates } = context.value;
        if (startedAt === undefined && !(isMaintenance && scheduledFor !== undefined) && !updates?.some((update) => update.status !== 'postmortem')) {
          const needed = isMaintenance ? 'startedAt, scheduledFor or an update' : 'startedAt or an update';
          context.issues.push({ code: 'custom', message: `it has no start time (give ${needed})`, input: context.value });
        }
      }),
    );
}

export const NativeIncidentInput = incidentInput('incident');
export type NativeIncidentInput = z.input<typeof NativeIncidentInput>;

export const NativeMaintenanceInput = incidentInput('maintenance');
export type NativeMaintenanceInput = z.input<typeof NativeMaintenanceInput>;

export const NativeComponentInput = z.object({
  id: Text("Identifier of the component, referred to by incidents' componentIds."),
  name: Text('Name shown to people.'),
  status: z.optional(ComponentStatus.check(z.describe('Current status. Default: "operational".'))),
  group: z.optional(Text('Name of the group the component is shown under.')),
  description: z.optional(Text('A longer explanation of the component.')),
});
export type NativeComponentInput = z.input<typeof NativeComponentInput>;

export const NativePageInput = z.object({
  name: withFallback(Text('Name of the service or status page. Read as empty when missing.'), ''),
  url: z.optional(Text('Address of the full status page.')),
  timeZone: z.optional(Text('IANA time zone the page publishes in, e.g. "Europe/Madrid".')),
  updatedAt: z.optional(Instant.check(z.describe('When the feed last changed.'))),
});
export type NativePageInput = z.input<typeof NativePageInput>;

export const NativeStatusInput = z.object({
  indicator: Indicator.check(z.describe('Overall state.')),
  description: z.optional(Text("The page's own wording of the state.")),
});
export type NativeStatusInput = z.input<typeof NativeStatusInput>;

export const NativeFeedInput = z
  .object({
    $schema: z.optional(Text('Address of this JSON Schema, so editors can check the file.')),
    page: withFallback(NativePageInput.check(z.describe('The page. Read as one with an empty name when missing.')), {
      name: '',
    }),
    status: z.optional(
      NativeStatusInput.check(
        z.describe('Overall state. Default: derived from the open incidents, maintenances under way and components.'),
      ),
    ),
    components: z.optional(
      z.array(NativeComponentInput).check(z.describe('Components in display order. Default: none.')),
    ),
    incidents: z.optional(
      z.array(NativeIncidentInput).check(z.describe('Incidents in any order; they are shown newest first.')),
    ),
    maintenances: z.optional(
      z.array(NativeMaintenanceInput).check(z.describe('Scheduled maintenances in any order.')),
    ),
  })
  .check(z.describe('A status feed in the native format of status-elements.'));
export type NativeFeedInput = z.input<typeof NativeFeedInput>;
