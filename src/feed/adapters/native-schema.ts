/**
 * The native input format: the normalized model's shape, with everything that can be derived
 * left optional so a feed is easy to write by hand. The JSON Schema shipped in the package is
 * generated from these definitions (see `nativeFeedJsonSchema`), so the two cannot drift apart.
 * The adapter does not run them (native.ts reads by hand, without Zod); the tests
 * (test/feed/native-reader.test.ts) hold it to their verdicts.
 */
import * as z from 'zod/mini';
import { ComponentStatus, Impact, Indicator, Phase } from '../model.js';

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
  body: Text('The update text: plain text, light markdown or simple HTML (rendered safely, never as HTML).'),
});
export type NativeUpdateInput = z.input<typeof NativeUpdateInput>;

/** An incident or a maintenance; the reader takes its updates one by one, so that one bad update drops alone. */
export const NativeIncidentInput = z.object({
  id: Text('Identifier of the incident, unique within the feed.'),
  title: Text('What happened, in a few words.'),
  impact: z.optional(
    Impact.check(z.describe('How bad it is. Default: "none" for incidents, "maintenance" for maintenances.')),
  ),
  status: z.optional(Phase.check(z.describe('Current phase. Default: the status of the newest update.'))),
  startedAt: z.optional(
    Instant.check(z.describe('When it began. Default: the planned start of a maintenance, else the earliest update.')),
  ),
  endedAt: z.optional(Instant.check(z.describe('When it ended. Default, once closed: the update that closed it.'))),
  scheduledFor: z.optional(Instant.check(z.describe('Planned start of a maintenance.'))),
  scheduledUntil: z.optional(Instant.check(z.describe('Planned end of a maintenance.'))),
  url: z.optional(Text('A page about this incident.')),
  componentIds: z.optional(z.array(z.string()).check(z.describe('Ids of the affected components. Default: none.'))),
  updates: z.optional(
    z.array(NativeUpdateInput).check(z.describe('Updates in any order; they are shown newest first. Default: none.')),
  ),
});
export type NativeIncidentInput = z.input<typeof NativeIncidentInput>;

export const NativeComponentInput = z.object({
  id: Text("Identifier of the component, referred to by incidents' componentIds."),
  name: Text('Name shown to people.'),
  status: z.optional(ComponentStatus.check(z.describe('Current status. Default: "operational".'))),
  group: z.optional(Text('Name of the group the component is shown under.')),
  description: z.optional(Text('A longer explanation of the component.')),
});
export type NativeComponentInput = z.input<typeof NativeComponentInput>;

export const NativePageInput = z.object({
  name: Text('Name of the service or status page.'),
  url: z.optional(Text('Address of the full status page.')),
  timeZone: z.optional(Text('IANA time zone the page publishes in, e.g. "Europe/Madrid".')),
  updatedAt: z.optional(Instant.check(z.describe('When the feed last changed.'))),
});

export const NativeStatusInput = z.object({
  indicator: Indicator.check(z.describe('Overall state.')),
  description: z.optional(Text("The page's own wording of the state.")),
});

export const NativeFeedInput = z
  .object({
    $schema: z.optional(Text('Address of this JSON Schema, so editors can check the file.')),
    page: NativePageInput,
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
    maintenances: z.optional(z.array(NativeIncidentInput).check(z.describe('Scheduled maintenances in any order.'))),
  })
  .check(z.describe('A status feed in the native format of status-elements.'));
export type NativeFeedInput = z.input<typeof NativeFeedInput>;
