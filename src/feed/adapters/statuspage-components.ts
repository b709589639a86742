/**
 * Statuspage components. A group (`group: true`, or a `components` list of child ids) is a
 * heading, not a component: its name becomes the `group` of its children, which point to it with
 * `group_id` or are listed in its `components`. Groups can come after their children, so names
 * are resolved once everything has been read.
 */
import type { Component, ComponentStatus } from '../model.js';
import { isComponentStatus } from '../derive.js';
import type { JsonPath } from '../result.js';
import type { IssueLog, JsonObject } from '../lenient.js';
import { describeValue, isObject, readId, readOptionalText } from '../lenient.js';

interface Leaf {
  component: Component;
  groupId: string | undefined;
}

export class ComponentCollector {
  readonly #log: IssueLog;
  /** Incidents repeat the same component many times; only a page's own list has real duplicates. */
  readonly #reportDuplicates: boolean;
  readonly #leaves: Leaf[] = [];
  readonly #seen = new Set<string>();
  readonly #groupNames = new Map<string, string>();
  readonly #groupNameOfChild = new Map<string, string>();

  constructor(log: IssueLog, reportDuplicates: boolean) {
    this.#log = log;
    this.#reportDuplicates = reportDuplicates;
  }

  /** Reads one raw component; returns its id when it is a usable leaf. */
  add(value: unknown, path: () => JsonPath): string | undefined {
    if (!isObject(value)) {
      this.#log.add(path(), `dropped this component: expected an object but got ${describeValue(value)}`);
      return undefined;
    }
    const id = readId(value.id);
    if (id === undefined) {
      this.#log.add(path(), `dropped this component: it has no id (id is ${describeValue(value.id)})`);
      return undefined;
    }
    if (this.#seen.has(id)) {
      if (this.#reportDuplicates) this.#log.add(path(), `dropped this component: its id "${id}" was already used`);
      return this.#groupNames.has(id) ? undefined : id;
    }
    if (isGroup(value)) {
      this.#seen.add(id);
      this.#addGroup(id, value);
      return undefined;
    }
    if (typeof value.name !== 'string') {
      this.#log.add(path(), `dropped this component: it has no name (name is ${describeValue(value.name)})`);
      return undefined;
    }
    this.#seen.add(id);
    const component: Component = { id, name: value.name, status: this.#readStatus(value.status, path) };
    const description = readOptionalText(value.description);
    if (description !== undefined) component.description = description;
    this.#leaves.push({ component, groupId: readId(value.group_id) });
    return id;
  }

  isGroup(id: string): boolean {
    return this.#groupNames.has(id);
  }

  get size(): number {
    return this.#leaves.length;
  }

  /** The leaves in the order read, each labelled with its group's name when the group is known. */
  components(): Component[] {
    return this.#leaves.map(({ component, groupId }) => {
      const byGroupId = groupId === undefined ? undefined : this.#groupNames.get(groupId);
      const group = byGroupId ?? this.#groupNameOfChild.get(component.id);
      return group === undefined ? component : { ...component, group };
    });
  }

  #addGroup(id: string, group: JsonObject): void {
    const name = typeof group.name === 'string' ? group.name : '';
    this.#groupNames.set(id, name);
    if (!Array.isArray(group.components)) return;
    for (const child of group.components) {
      const childId = readId(child);
      if (childId !== undefined && !this.#groupNameOfChild.has(childId)) this.#groupNameOfChild.set(childId, name);
    }
  }

  #readStatus(status: unknown, path: () => JsonPath): ComponentStatus {
    if (isComponentStatus(status)) return status;
    // An unknown status is shown as operational rather than as a guessed outage; the overall
    // indicator still comes from the feed's own status when it has one.
    this.#log.add([...path(), 'status'], `unknown component status ${describeValue(status)}, shown as operational`);
    return 'operational';
  }
}

function isGroup(component: JsonObject): boolean {
  // Servers that send `components: []` on every leaf exist, so only a non-empty list marks a group.
  return component.group === true || (Array.isArray(component.components) && component.components.length > 0);
}
