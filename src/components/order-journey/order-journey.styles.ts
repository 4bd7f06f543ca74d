import { css } from 'lit';

export const orderJourneyStyles = css`
  .journey {
    display: grid;
    gap: calc(var(--_ac-space) * 2);
  }
  .journey__header {
    display: flex;
    justify-content: flex-end;
  }
  .journey__section {
    display: grid;
    gap: calc(var(--_ac-space) * 2);
    padding-block-start: calc(var(--_ac-space) * 1.5);
    border-block-start: 1px solid var(--_ac-color-border);
  }
  .return-status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.75rem var(--_ac-space);
    border-radius: var(--_ac-radius-small);
    border-inline-start: 4px solid var(--_ac-color-accent);
    background: var(--_ac-color-surface);
  }
  ac-return-wizard:focus,
  ac-review-prompt:focus {
    outline: none;
  }
`;
