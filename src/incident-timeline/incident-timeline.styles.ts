import { css } from 'lit';

export const styles = css`
  article {
    border-inline-start: 4px solid var(--_level);
    padding-inline-start: calc(var(--_spacing) * 0.75);
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  .title .icon {
    margin-inline-end: 0.4em;
  }
  .impact {
    display: inline-block;
    margin-inline-start: 0.4em;
    font-size: 0.8em;
    font-weight: normal;
    border: 1px solid var(--_level);
    border-radius: 999px;
    padding: 0 0.5em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta div {
    display: flex;
    gap: 0.35em;
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    margin: 0;
  }
  .updates {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .update {
    border-block-start: 1px solid var(--_border);
  }
  summary {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    padding-block: 0.4em;
    cursor: pointer;
  }
  summary::before {
    content: '▸' / '';
    color: var(--_muted);
  }
  /* a closed phase points the way the text runs */
  summary:dir(rtl)::before {
    content: '◂' / '';
  }
  details[open] > summary::before {
    content: '▾' / '';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .phase-label {
    font-weight: 600;
  }
  summary time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .body {
    padding-block-end: 0.5em;
    overflow-wrap: anywhere;
  }
  .body p {
    margin: 0 0 0.6em;
  }
  .body code {
    font-size: 0.9em;
  }
`;
