/**
 * The theming knobs shared by all elements. Each public custom property is read once into a
 * private one (`--status-color-major` → `--_major`), so stylesheets use one name per knob.
 * Colours follow the page's `color-scheme` through `light-dark()`; set `color-scheme` on the
 * element (or any ancestor) to override.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_operational: var(--status-color-operational, light-dark(#1a7f37, #3fb950));
    --_minor: var(--status-color-minor, light-dark(#9a6700, #d29922));
    --_major: var(--status-color-major, light-dark(#bc4c00, #f0883e));
    --_critical: var(--status-color-critical, light-dark(#cf222e, #f85149));
    --_maintenance: var(--status-color-maintenance, light-dark(#0969da, #58a6ff));
    --_surface: var(--status-surface, light-dark(#ffffff, #0d1117));
    --_text: var(--status-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--status-muted, light-dark(#59636e, #9198a1));
    --_border: var(--status-border, light-dark(#d1d9e0, #3d444d));
    --_radius: var(--status-radius, 6px);
    --_font: var(--status-font, inherit);
    --_spacing: var(--status-spacing, 1rem);
    --_focus: var(--status-focus, light-dark(#0969da, #58a6ff));

    display: block;
    font: var(--_font);
    color: var(--_text);
    background: var(--_surface);
  }
  :host([hidden]) {
    display: none;
  }
  /* elements stacked one after the other do not touch */
  :host(:not(:last-child):not([variant='compact'])) {
    margin-block-end: var(--_spacing);
  }
  [part~='error'] {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_critical);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 0.5) var(--_spacing);
  }
  [part~='error'] p {
    margin: 0 0 0.5em;
  }
  [data-level='none'] {
    --_level: var(--_operational);
  }
  [data-level='minor'] {
    --_level: var(--_minor);
  }
  [data-level='major'] {
    --_level: var(--_major);
  }
  [data-level='critical'] {
    --_level: var(--_critical);
  }
  [data-level='maintenance'] {
    --_level: var(--_maintenance);
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    vertical-align: -0.15em;
    color: var(--_level, currentColor);
  }
  a {
    color: var(--_focus);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  .muted {
    color: var(--_muted);
  }
  .skeleton {
    display: block;
    block-size: 1em;
    margin-block: 0.5em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.6;
    animation: pulse 1.5s ease-in-out infinite;
  }
  /* Each line shorter than the one above. Here, not in a style attribute: a strict
     Content-Security-Policy refuses inline styles. */
  .skeleton:nth-child(1 of .skeleton) {
    inline-size: 90%;
  }
  .skeleton:nth-child(2 of .skeleton) {
    inline-size: 75%;
  }
  .skeleton:nth-child(3 of .skeleton) {
    inline-size: 60%;
  }
  .skeleton:nth-child(4 of .skeleton) {
    inline-size: 45%;
  }
  .skeleton:nth-child(5 of .skeleton) {
    inline-size: 30%;
  }
  .skeleton:nth-child(6 of .skeleton) {
    inline-size: 15%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    .skeleton {
      animation: none !important;
      transition: none !important;
    }
  }
  /* High-contrast modes paint every background alike: the skeleton keeps its own, and a disabled
     button is greyed as the system greys it. */
  @media (forced-colors: active) {
    .skeleton {
      forced-color-adjust: none;
      background: CanvasText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
