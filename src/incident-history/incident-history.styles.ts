import { css } from 'lit';

export const styles = css`
  .month {
    margin-block-end: calc(var(--_spacing) * 1.5);
  }
  .month-heading {
    font-size: 1.25em;
    margin: 0 0 0.5em;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .incidents {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_spacing);
  }
  .empty {
    margin: 0;
  }
  .pagination {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
  }
  .range {
    color: var(--_muted);
  }
`;
