import { literal, type StaticValue } from 'lit/static-html.js';

const tags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for a level, kept within 1–6 so any attribute value gives a real heading. */
export function headingTag(level: number): StaticValue {
  const index = Math.min(6, Math.max(1, Math.round(level) || 1)) - 1;
  return tags[index]!;
}
