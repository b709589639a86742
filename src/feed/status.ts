/** Deriving the overall state from incidents and components: shared by adapters and the banner. */
import type { Component, ComponentStatus, Incident, Indicator, Phase } from './model.js';
import { CLOSED_PHASES } from './model-values.js';

/** Worst first, so the lower index wins. */
const SEVERITY: readonly Indicator[] = ['critical', 'major', 'minor', 'maintenance', 'none'];

export function worstIndicator(indicators: Iterable<Indicator>): Indicator {
  let worst: Indicator = 'none';
  for (const indicator of indicators) if (SEVERITY.indexOf(indicator) < SEVERITY.indexOf(worst)) worst = indicator;
  return worst;
}

const COMPONENT_INDICATOR: Record<ComponentStatus, Indicator> = {
  operational: 'none',
  degraded_performance: 'minor',
  partial_outage: 'minor',
  major_outage: 'major',
  under_maintenance: 'maintenance',
};

export function componentIndicator(status: ComponentStatus): Indicator {
  return COMPONENT_INDICATOR[status];
}

/** Phases after which an incident or maintenance is over. */
export function isClosed(phase: Phase): boolean {
  return CLOSED_PHASES.includes(phase);
}

export function isOpen(incident: Incident): boolean {
  return !isClosed(incident.status);
}

/** A maintenance whose phase says it is under way, whatever the clock. */
export function isUnderway(maintenance: Incident): boolean {
  return maintenance.status === 'in_progress' || maintenance.status === 'verifying';
}

/** A maintenance under way at `now`: said so by its phase, or inside its window and not yet closed. */
export function isMaintenanceActive(maintenance: Incident, now: Date): boolean {
  if (!isOpen(maintenance)) return false;
  if (isUnderway(maintenance)) return true;
  if (maintenance.status !== 'scheduled' || !maintenance.scheduledFor) return false;
  const time = now.toISOString();
  return maintenance.scheduledFor <= time && (!maintenance.scheduledUntil || time < maintenance.scheduledUntil);
}

/** The overall state that open incidents, maintenances under way and component states add up to. */
export function deriveIndicator(
  incidents: readonly Incident[],
  activeMaintenances: readonly Incident[],
  components: readonly Component[],
): Indicator {
  const levels: Indicator[] = [];
  for (const incident of incidents) if (isOpen(incident)) levels.push(incident.impact);
  if (activeMaintenances.length) levels.push('maintenance');
  for (const component of components) levels.push(componentIndicator(component.status));
  return worstIndicator(levels);
}
