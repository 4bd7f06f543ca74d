import { css } from 'lit';

export const reviewPromptStyles = css`
  .prompt__title {
    font-size: 1.25em;
  }
  .incentive {
    font-weight: 600;
  }
  .items {
    gap: var(--_ac-space);
  }
  .item {
    display: grid;
    gap: 0.75rem;
  }
  .item__head {
    display: grid;
    grid-template-columns: 4rem 1fr;
    gap: 0.75rem;
    align-items: center;
  }
  .item__image {
    inline-size: 4rem;
  }
  .item__title {
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .receipt {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border-radius: var(--_ac-radius-small);
    background: var(--_ac-color-surface);
  }
  .receipt strong {
    color: var(--_ac-color-success);
  }
`;
