/**
 * The model's enumerations as plain arrays: the Zod schemas in model.ts are built from them, and
 * code that only needs the values (status.ts, the elements) reads them without the schemas.
 */

/** Overall state of a page, worst first after `none`. Mirrors Statuspage's `status.indicator`. */
export const INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;

/** How bad an incident is; `maintenance` marks planned work. */
export const IMPACTS = INDICATORS;

/**
 * The phase of an incident or maintenance, and of each of its updates.
 * Incident phases first, then maintenance phases; `update` is the generic phase that any
 * unknown value becomes.
 */
export const PHASES = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
  'update',
  'scheduled',
  'in_progress',
  'verifying',
  'completed',
] as const;

/** Unplanned incidents and planned work. */
export const INCIDENT_KINDS = ['incident', 'maintenance'] as const;

/** Phases after which an incident or maintenance is over. */
export const CLOSED_PHASES: readonly (typeof PHASES)[number][] = ['resolved', 'postmortem', 'completed'];

export const COMPONENT_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
] as const;
