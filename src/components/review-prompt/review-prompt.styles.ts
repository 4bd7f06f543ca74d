import { css } from 'lit';

export const reviewPromptStyles = css`
  .prompt {
    display: grid;
    gap: var(--_ac-space);
  }
  .prompt__title {
    font-size: 1.25em;
  }
  .incentive {
    font-weight: 600;
  }
  .items {
    display: grid;
    gap: var(--_ac-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: 0.75rem;
    padding: var(--_ac-space);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
  }
  .item__head {
    display: grid;
    grid-template-columns: 4rem 1fr;
    gap: 0.75rem;
    align-items: center;
  }
  .item__image {
    inline-size: 4rem;
    aspect-ratio: 1;
    border-radius: var(--_ac-radius-small);
    overflow: hidden;
    background: var(--_ac-color-surface);
  }
  .item__image img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
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
