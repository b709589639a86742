import { css } from 'lit';

export const styles = css`
  .banner {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_level);
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 0.5) var(--_spacing);
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }
  .link {
    margin-inline-start: auto;
  }
  .incidents {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .incident {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .kind {
    font-weight: 600;
  }
  .compact {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  /* On its own surface, so its colours keep their contrast on any page behind it */
  :host([variant='compact']) {
    display: inline-block;
    padding: 0.125em 0.5em;
    border-radius: var(--_radius);
  }
  [part~='stale'],
  .note {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .compact + .note {
    margin: 0;
  }
`;
