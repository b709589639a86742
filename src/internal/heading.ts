import { html, type TemplateResult } from 'lit';

/**
 * A heading of `level`, kept within 1–6 so any attribute value gives a real heading, with `name`
 * as its part and class. One template per level: six small templates weigh less than Lit's
 * static-html, which a tag name in a binding would need.
 */
export function heading(level: number, name: string, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 1))) {
    case 1:
      return html`<h1 part=${name} class=${name}>${content}</h1>`;
    case 2:
      return html`<h2 part=${name} class=${name}>${content}</h2>`;
    case 3:
      return html`<h3 part=${name} class=${name}>${content}</h3>`;
    case 4:
      return html`<h4 part=${name} class=${name}>${content}</h4>`;
    case 5:
      return html`<h5 part=${name} class=${name}>${content}</h5>`;
    default:
      return html`<h6 part=${name} class=${name}>${content}</h6>`;
  }
}

const warned = new WeakMap<Element, unknown>();

/**
 * An element's `heading-level`: a whole number from 1 to `max`, else `fallback`, with a console
 * warning once per element and value. A history allows 1–5, so that its incident titles, one level
 * below its months, are still headings of their own.
 */
export function headingLevel(element: Element, level: number, max: number, fallback: number): number {
  if (Number.isInteger(level) && level >= 1 && level <= max) return level;
  if (!Object.is(warned.get(element), level)) {
    warned.set(element, level);
    console.warn(`${element.localName}: heading-level="${String(level)}" is not a whole number from 1 to ${max}; using ${fallback}`);
  }
  return fallback;
}
