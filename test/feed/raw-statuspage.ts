/**
 * Counting straight from raw Statuspage JSON, without the adapter, so corpus tests compare the
 * adapter's output with an independent reading of the same file.
 */
type Raw = Record<string, unknown>;

export interface RawCounts {
  incidents: number;
  maintenances: number;
  updates: number;
  leafComponents: number;
}

const list = (value: unknown): Raw[] => (Array.isArray(value) ? (value as Raw[]) : []);

/** Statuspage groups are headings: `group: true` or a non-empty `components` list of child ids. */
const isGroup = (component: Raw) => component.group === true || list(component.components).length > 0;

export function countStatuspage(json: Raw): RawCounts {
  const bare = 'incident_updates' in json;
  const listedIncidents = bare ? [json] : [...(json.incident ? [json.incident as Raw] : []), ...list(json.incidents)];
  const listedMaintenances = bare ? [] : list(json.scheduled_maintenances);
  // In incidents.json planned work sits among the incidents; it counts as a maintenance.
  const plannedWork = (incident: Raw) => incident.scheduled_for != null || incident.impact === 'maintenance';
  const all = [...listedIncidents, ...listedMaintenances];

  let leafComponents: number;
  if (!bare && 'components' in json) {
    leafComponents = list(json.components).filter((component) => !isGroup(component)).length;
  } else {
    // No component list: the feed's components are those its incidents name.
    const ids = new Set<unknown>();
    for (const incident of all) for (const component of list(incident.components)) if (!isGroup(component)) ids.add(component.id);
    leafComponents = ids.size;
  }
  return {
    incidents: listedIncidents.filter((incident) => !plannedWork(incident)).length,
    maintenances: listedMaintenances.length + listedIncidents.filter(plannedWork).length,
    updates: all.reduce((sum, incident) => sum + list(incident.incident_updates).length + (hasSeparatePostmortem(incident) ? 1 : 0), 0),
    leafComponents,
  };
}

/** A postmortem carried as incident fields rather than as an update becomes an update of its own. */
function hasSeparatePostmortem(incident: Raw): boolean {
  const body = incident.postmortem_body;
  return typeof body === 'string' && body.trim() !== '' && !list(incident.incident_updates).some((update) => update.status === 'postmortem');
}
