/** What every adapter derives the same way: orderings, phases, end times, impacts and the overall state. */
import type { Component, ComponentStatus, Impact, Incident, OverallStatus, Page, Phase, Update } from './model.js';
import type { FeedIssue, FeedResult } from './result.js';
import { COMPONENT_STATUSES } from './model-values.js';
import { componentIndicator, deriveIndicator, isClosed, isUnderway, worstIndicator } from './status.js';
import { invalidFeed } from './lenient.js';

/** The phase of an incident whose feed says none and that has no updates to tell. */
export function defaultPhase(isMaintenance: boolean, hasEnded: boolean): Phase {
  if (isMaintenance) return hasEnded ? 'completed' : 'scheduled';
  return hasEnded ? 'resolved' : 'update';
}

const MAINTENANCE_PHASES: readonly Phase[] = ['scheduled', 'in_progress', 'verifying', 'completed'];

/**
 * The current phase: that of the newest update, so a re-opened incident reads as open again.
 * Where the feed's own status and the newest update disagree on whether it is over (equal times,
 * an edited update, a maintenance closed without an update), the open one wins: an open incident
 * shown as over would hide it. Otherwise the feed's status wins where updates cannot tell: a
 * published postmortem, and a maintenance moved on automatically (scheduled → in progress).
 * `updates` must be sorted newest first.
 */
export function currentPhase(
  stated: Phase | undefined,
  updates: readonly Update[],
  isMaintenance: boolean,
  hasEnded: boolean,
): Phase {
  const newest = updates[0]?.status;
  if (newest === undefined) return stated ?? defaultPhase(isMaintenance, hasEnded);
  if (stated === undefined) return newest;
  if (isClosed(stated) !== isClosed(newest)) return isClosed(stated) ? newest : stated;
  if (stated === 'postmortem') return stated;
  const newestStep = MAINTENANCE_PHASES.indexOf(newest);
  return newestStep >= 0 && MAINTENANCE_PHASES.indexOf(stated) > newestStep ? stated : newest;
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

/**
 * When a closed incident closed for the last time. An incident can be resolved, re-opened and
 * resolved again, and the feed's own `resolved_at` may still hold the first resolution, so it is
 * trusted only if no open-phase update came after it; otherwise the first update of the final
 * closing run counts. A postmortem is written later and says nothing about the end.
 * `updates` must be sorted newest first.
 */
export function lastClosedAt(updates: readonly Update[], resolvedAt?: string): string | undefined {
  let closedAt: string | undefined;
  for (const update of updates) {
    if (update.status === 'postmortem') continue;
    if (!isClosed(update.status)) return resolvedAt !== undefined && resolvedAt >= update.at ? resolvedAt : closedAt;
    closedAt = update.at;
  }
  return resolvedAt ?? closedAt;
}

/** The impact the worst of some component statuses implies, for incidents that say none; unknown ones are skipped. */
export function impactOfComponentStatuses(statuses: Iterable<unknown>): Impact {
  const known = [...statuses].filter((status) => COMPONENT_STATUSES.includes(status as ComponentStatus));
  return worstIndicator((known as ComponentStatus[]).map(componentIndicator));
}

/**
 * The last step of every adapter: a feed, or an error when nothing in it was usable. An empty
 * list counts as content ("no incidents" is news), and so do a page or a status of its own.
 * Without a status of its own, the indicator is derived by the banner's rule (status.ts); a
 * parse has no clock, so only a maintenance that says it is under way counts.
 */
export function completeFeed(
  hasPage: boolean,
  lists: readonly unknown[],
  page: Page,
  components: Component[],
  incidents: Incident[],
  maintenances: Incident[],
  stated: Partial<OverallStatus> | undefined,
  issues: FeedIssue[],
): FeedResult {
  const hasContent =
    hasPage ||
    stated !== undefined ||
    components.length + incidents.length + maintenances.length > 0 ||
    lists.some(isEmptyList);
  if (!hasContent) {
    return invalidFeed('Found nothing usable in the feed at $: every incident and component was dropped', issues);
  }
  const status: OverallStatus = {
    indicator: stated?.indicator ?? deriveIndicator(incidents, maintenances.filter(isUnderway), components),
  };
  if (stated?.description !== undefined) status.description = stated.description;
  incidents.sort(byNewestStart);
  maintenances.sort(byNewestStart);
  return { ok: true, feed: { page, status, components, incidents, maintenances }, issues };
}

function isEmptyList(list: unknown): boolean {
  return Array.isArray(list) ? list.length === 0 : typeof list === 'string' && list.trim() === '[]';
}

/** Newest first by start; ties keep the feed's order (`sort` is stable). */
export function byNewestStart(a: Incident, b: Incident): number {
  return compareText(b.startedAt, a.startedAt);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
