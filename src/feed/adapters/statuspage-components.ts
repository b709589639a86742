/**
 * Statuspage components. A group (`group: true`, or a `components` list of child ids) is a
 * heading, not a component: its name becomes the `group` of its children, which point to it with
 * `group_id` or are listed in its `components`. Groups can come after their children, so names
 * are resolved once everything has been read.
 */
import type { Component } from '../model.js';
import { put } from '../lenient.js';
import type { StatuspageComponent } from './statuspage-schema.js';

export class ComponentCollector {
  /** Each leaf with the `group_id` it points to; '' for none, which no group has. */
  readonly #leaves: [Component, string][] = [];
  /** Incidents name the same component many times: the first one counts. */
  readonly #seen = new Set<string>();
  readonly #groupNames = new Map<string, string>();
  readonly #groupNameOfChild = new Map<string, string>();

  /** Takes one component; returns its id when it is a leaf. */
  add(raw: StatuspageComponent): string | undefined {
    const { id } = raw;
    if (this.#seen.has(id)) return this.#groupNames.has(id) ? undefined : id;
    this.#seen.add(id);
    // Servers that send `components: []` on every leaf exist, so only a non-empty list marks a group.
    const children = raw.components ?? [];
    if (raw.group === true || children.length > 0) {
      this.#groupNames.set(id, raw.name);
      for (const child of children) if (!this.#groupNameOfChild.has(child)) this.#groupNameOfChild.set(child, raw.name);
      return undefined;
    }
    const component: Component = { id, name: raw.name, status: raw.status };
    put(component, 'description', raw.description || undefined);
    this.#leaves.push([component, raw.group_id ?? '']);
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
