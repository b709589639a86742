/**
 * What each field of the native format means, for people: the descriptions of the shipped JSON
 * Schema and of the field table in docs/native-format.md. The schema (native-schema.ts) says what
 * the fields are; this says what they mean, keyed by each field's path in it. It is kept out of
 * the schema so that code which only reads feeds (every page with an element) never ships the
 * prose. The two cannot drift: the generator fails on a field with no description here, and on a
 * description whose field is gone (native-json-schema.ts).
 */

type Kind = 'incident' | 'maintenance';

function updateDocs(at: string): Record<string, string> {
  return {
    [`${at}.id`]: 'Identifier of the update, unique within its incident.',
    [`${at}.status`]: 'Phase the update announces. Default: "update".',
    [`${at}.at`]: 'When the update was published.',
    [`${at}.body`]:
      'The update text: plain text, light markdown or simple HTML (rendered safely, never as HTML). Read as empty when missing.',
  };
}

function incidentDocs(kind: Kind, at: string): Record<string, string> {
  const isMaintenance = kind === 'maintenance';
  return {
    [`${at}.id`]: `Identifier of the ${kind}, unique within its list.`,
    [`${at}.title`]: 'What happened, in a few words.',
    [`${at}.kind`]: `"${kind}", if given: the list an item is in says what it is.`,
    [`${at}.impact`]: `How bad it is. Default: "${isMaintenance ? 'maintenance' : 'none'}".`,
    [`${at}.status`]: 'Current phase. Default: the status of the newest update.',
    [`${at}.startedAt`]: `When it began. Default: ${isMaintenance ? 'scheduledFor, else ' : ''}the earliest update. One of them is required.`,
    [`${at}.endedAt`]: 'When it ended. Default, once closed: the update that closed it.',
    [`${at}.scheduledFor`]: 'Planned start of a maintenance.',
    [`${at}.scheduledUntil`]: 'Planned end of a maintenance.',
    [`${at}.url`]: 'A page about this incident.',
    [`${at}.componentIds`]: 'Ids of the affected components. Default: none.',
    [`${at}.updates`]: 'Updates in any order; they are shown newest first. Default: none.',
    ...updateDocs(`${at}.updates[]`),
  };
}

/** Descriptions by path: `""` is the feed itself, `incidents[].title` a field of every incident. */
export const NATIVE_FIELD_DOCS: Readonly<Record<string, string>> = {
  '': 'A status feed in the native format of status-elements.',
  $schema: 'Address of this JSON Schema, so editors can check the file.',
  page: 'The page. Read as one with an empty name when missing.',
  'page.name': 'Name of the service or status page. Read as empty when missing.',
  'page.url': 'Address of the full status page.',
  'page.timeZone': 'IANA time zone the page publishes in, e.g. "Europe/Madrid".',
  'page.updatedAt': 'When the feed last changed.',
  status: 'Overall state. Default: derived from the open incidents, maintenances under way and components.',
  'status.indicator': 'Overall state.',
  'status.description': "The page's own wording of the state.",
  components: 'Components in display order. Default: none.',
  'components[].id': "Identifier of the component, referred to by incidents' componentIds.",
  'components[].name': 'Name shown to people.',
  'components[].status': 'Current status. Default: "operational".',
  'components[].group': 'Name of the group the component is shown under.',
  'components[].description': 'A longer explanation of the component.',
  incidents: 'Incidents in any order; they are shown newest first.',
  ...incidentDocs('incident', 'incidents[]'),
  maintenances: 'Scheduled maintenances in any order.',
  ...incidentDocs('maintenance', 'maintenances[]'),
};
