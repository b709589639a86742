/** What every adapter derives the same way: orderings, end times, impacts and the overall indicator. */
import type { Component, ComponentStatus, Impact, Incident, Indicator, Phase, Update } from './model.js';
import { CLOSED_PHASES, COMPONENT_STATUSES } from './model.js';
import { componentIndicator, deriveIndicator, worstIndicator } from './status.js';

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

/** When the first update was published; a postmortem is written afterwards and does not count. */
export function earliestUpdateAt(updates: readonly Update[]): string | undefined {
  let earliest: string | undefined;
  for (const update of updates) {
    if (update.status !== 'postmortem' && (earliest === undefined || update.at < earliest)) earliest = update.at;
  }
  return earliest;
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

export function isMaintenanceUnderway(maintenance: Incident): boolean {
  return maintenance.status === 'in_progress' || maintenance.status === 'verifying';
}

/**
 * The overall indicator of a feed that has no status of its own (Statuspage's incidents.json,
 * a native feed without `status`), by the same rule the banner applies (status.ts). A parse has
 * no clock, so only a maintenance that says it is under way counts, not one whose window is open.
 */
export function deriveFeedIndicator(
  components: readonly Component[],
  incidents: readonly Incident[],
  maintenances: readonly Incident[],
): Indicator {
  return deriveIndicator(incidents, maintenances.filter(isMaintenanceUnderway), components);
}

/** The impact the worst of some component statuses implies, for incidents that say none; unknown ones are skipped. */
export function impactOfComponentStatuses(statuses: Iterable<unknown>): Impact {
  const indicators: Indicator[] = [];
  for (const status of statuses) if (isComponentStatus(status)) indicators.push(componentIndicator(status));
  return worstIndicator(indicators);
}

export function isComponentStatus(value: unknown): value is ComponentStatus {
  return (COMPONENT_STATUSES as readonly unknown[]).includes(value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
