/** What every adapter derives the same way: orderings, end times and the overall indicator. */
import type { Component, Impact, Incident, Indicator, Phase, Update } from './model.js';
import { CLOSED_PHASES } from './model.js';

export function isClosed(phase: Phase): boolean {
  return CLOSED_PHASES.includes(phase);
}

/**
 * Newest first by publication time, a postmortem ahead of all. `sort` is stable, so updates
 * published at the same instant keep the feed's order.
 */
export function sortUpdates(updates: Update[]): Update[] {
  return updates.sort(
    (a, b) => Number(b.status === 'postmortem') - Number(a.status === 'postmortem') || compareText(b.at, a.at),
  );
}

/** Newest first by start; ties keep the feed's order. */
export function sortByNewestStart(incidents: Incident[]): Incident[] {
  return incidents.sort((a, b) => compareText(b.startedAt, a.startedAt));
}

/**
 * When a closed incident closed for the last time. An incident can be resolved, re-opened and
 * resolved again, and the feed's own `resolved_at` may still hold the first resolution, so it is
 * trusted only if no open-phase update came after it; otherwise the first update of the final
 * closing run counts. A postmortem is written later and says nothing about the end.
 * `updates` must be sorted newest first.
 */
export function lastClosedAt(updates: readonly Update[], resolvedAt: string | undefined): string | undefined {
  let lastOpenAt: string | undefined;
  let closedAt: string | undefined;
  for (const update of updates) {
    if (update.status === 'postmortem') continue;
    if (!isClosed(update.status)) {
      lastOpenAt = update.at;
      break;
    }
    closedAt = update.at;
  }
  if (resolvedAt !== undefined && (lastOpenAt === undefined || resolvedAt >= lastOpenAt)) return resolvedAt;
  return closedAt;
}

const SEVERITY: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

export function worseOf<T extends Indicator>(a: T, b: T): T {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** The impact a component's status implies, for feeds that do not say; unknown statuses imply none. */
export function impactOfComponentStatus(status: unknown): Impact {
  switch (status) {
    case 'major_outage':
      return 'major';
    case 'partial_outage':
    case 'degraded_performance':
      return 'minor';
    case 'under_maintenance':
      return 'maintenance';
    default:
      return 'none';
  }
}

export function isMaintenanceUnderway(maintenance: Incident): boolean {
  return maintenance.status === 'in_progress' || maintenance.status === 'verifying';
}

/**
 * The overall indicator of a feed that has no status of its own (Statuspage's incidents.json,
 * a native feed without `status`): the worst of its open incidents' impacts, a maintenance
 * underway, and its components' statuses. Maintenance ranks below every real impact.
 */
export function deriveIndicator(
  components: readonly Component[],
  incidents: readonly Incident[],
  maintenances: readonly Incident[],
): Indicator {
  let worst: Indicator = 'none';
  for (const incident of incidents) if (!isClosed(incident.status)) worst = worseOf(worst, incident.impact);
  for (const maintenance of maintenances) if (isMaintenanceUnderway(maintenance)) worst = worseOf(worst, 'maintenance');
  for (const component of components) worst = worseOf(worst, impactOfComponentStatus(component.status));
  return worst;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
