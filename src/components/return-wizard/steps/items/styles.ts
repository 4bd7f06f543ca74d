import { css } from 'lit';

/** The items step: the list of the order's items and each chosen item's details. */
export const styles = css`
  .return-items {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .return-items:focus {
    outline: none;
  }
  .return-item {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
  }
  .return-item__head {
    display: grid;
    grid-template-columns: auto 3.5rem 1fr;
    gap: 0.75rem;
    align-items: center;
  }
  .return-item__head input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.625rem;
    accent-color: var(--_ac-color-accent);
  }
  .return-item__image {
    inline-size: 3.5rem;
    aspect-ratio: 1;
    border-radius: var(--_ac-radius-small);
    overflow: hidden;
    background: var(--_ac-color-surface);
  }
  .return-item__image img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .return-item__text {
    display: grid;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .return-item__title {
    font-weight: 600;
  }
  .return-item--disabled .return-item__image,
  .return-item--disabled .return-item__text {
    opacity: 0.7;
  }
  .return-item__ineligible {
    color: var(--_ac-color-text-muted);
    font-style: italic;
  }
  .choice-details {
    display: grid;
    gap: 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_ac-color-border);
  }
  .field--inline {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .label {
    font-weight: 600;
  }
  textarea {
    padding-block: 0.5rem;
    resize: vertical;
  }
`;
