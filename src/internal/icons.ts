/** Status icons: shape tells the state as well as colour does. Decorative: a text label always goes beside them. */
import { svg, type SVGTemplateResult } from 'lit';
import type { Impact, Indicator } from '../feed/model.js';

const paths: Record<Indicator, SVGTemplateResult> = {
  // check in a circle
  none: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke="Canvas" stroke-width="1.8"/>`,
  // exclamation in a triangle
  minor: svg`<path d="M8 1l7 13H1z" fill="currentColor"/><path d="M8 5.5v4M8 11.2v1.3" stroke="Canvas" stroke-width="1.6"/>`,
  // exclamation in a circle
  major: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M8 4v5M8 10.8v1.4" stroke="Canvas" stroke-width="1.8"/>`,
  // cross in an octagon
  critical: svg`<path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor"/><path d="M5.5 5.5l5 5m0-5l-5 5" stroke="Canvas" stroke-width="1.8"/>`,
  // wrench-like: a gear-free spanner in a circle
  maintenance: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M5 11l4-4m0 0a2 2 0 1 0 1.5-3.3M9 7a2 2 0 0 0 3.3-1.5" fill="none" stroke="Canvas" stroke-width="1.6"/>`,
};

export function statusIcon(level: Indicator | Impact): SVGTemplateResult {
  return svg`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${paths[level]}</svg>`;
}
