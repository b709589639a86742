/**
 * Statuspage components. A group (`group: true`, or a `components` list of child ids) is a
 * heading, not a component: its name becomes the `group` of its children, which point to it with
 * `group_id` or are listed in its `components`. Groups can come after their children, so names
 * are resolved once everything has been read.
 */
import type { Component } from '../model.js';
import { COMPONENT_STATUSES } from '../model-values.js';
import type { JsonPath } from '../result.js';
import type { IssueLog } from '../lenient.js';
import { isNewId, put, readId, readObject, readOneOf, readOptionalText, readRequired } from '../lenient.js';

export class ComponentCollector {
  readonly #log: IssueLog;
  /** Incidents repeat the same component many times; only a page's own list has real duplicates. */
  readonly #reportDuplicates: boolean;
  /** Each leaf with the `group_id` it points to; '' for none, which no group has. */
  readonly #leaves: [Component, string][] = [];
  readonly #seen = new Set<string>();
  readonly #groupNames = new Map<string, string>();
  readonly #groupNameOfChild = new Map<string, string>();

  constructor(log: IssueLog, reportDuplicates: boolean) {
    this.#log = log;
    this.#reportDuplicates = reportDuplicates;
  }

  /** Reads one raw component; returns its id when it is a usable leaf. */
  add(value: unknown, path: JsonPath): string | undefined {
    const log = this.#log;
    const raw = readObject(value, path, log, 'component');
    const id = raw && readRequired(raw, 'id', path, log, 'component');
    if (!raw || id === undefined) return undefined;
    if (!isNewId(this.#seen, id, path, this.#reportDuplicates ? log : [], 'component')) {
      return this.#groupNames.has(id) ? undefined : id;
    }
    // Servers that send `components: []` on every leaf exist, so only a non-empty list marks a group.
    const children = Array.isArray(raw.components) ? raw.components : [];
    if (raw.group === true || children.length > 0) {
      const name = typeof raw.name === 'string' ? raw.name : '';
      this.#groupNames.set(id, name);
      for (const child of children) {
        const childId = readId(child);
        if (childId !== undefined && !this.#groupNameOfChild.has(childId)) this.#groupNameOfChild.set(childId, name);
      }
      return undefined;
    }
    const name = readRequired(raw, 'name', path, log, 'component');
    if (name === undefined) {
      this.#seen.delete(id);
      return undefined;
    }
    // An unknown status is shown as operational rather than as a guessed outage; the overall
    // indicator still comes from the feed's own status when it has one.
    const status =
      readOneOf(COMPONENT_STATUSES, raw, 'status', path, log, 'shown as operational', true) ?? 'operational';
    const component: Component = { id, name, status };
    put(component, 'description', readOptionalText(raw.description));
    this.#leaves.push([component, readId(raw.group_id) ?? '']);
    return id;
  }

  isGroup(id: string): boolean {
    return this.#groupNames.has(id);
  }

  /** The leaves in the order read, each labelled with its group's name when the group is known. */
  components(): Component[] {
    return this.#leaves.map(([component, groupId]) => {
      const group = this.#groupNames.get(groupId) ?? this.#groupNameOfChild.get(component.id);
      return group === undefined ? component : { ...component, group };
    });
  }
}
