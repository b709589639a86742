/** How a component is named to readers, and matched by the banner's `components` filter. */
import type { Component } from '../feed/model.js';

const SEPARATOR = ' – ';

/** "Group – Name" for a component in a group, else its name. */
export function componentName(component: Component): string {
  return component.group ? `${component.group}${SEPARATOR}${component.name}` : component.name;
}

/** One spelling for "Group - Name", "Group – Name" and "Group — Name", since people type any of them. */
export function sameDashes(name: string): string {
  return name.replace(/\s+[-–—]\s+/g, SEPARATOR);
}
