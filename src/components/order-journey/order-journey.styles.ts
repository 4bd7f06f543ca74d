import { css } from 'lit';

export const orderJourneyStyles = css`
  :host {
    container-type: inline-size;
  }
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
  /* Each nested element keeps its place until its code has loaded and it draws its own skeleton of the same
     size (the figures of docs/theming.md, for a journey as wide as the page's column). */
  ac-loyalty-badge:not(:defined) {
    display: block;
    min-block-size: 2.75rem;
  }
  ac-order-tracker:not(:defined) {
    display: block;
    min-block-size: 69.625rem;
  }
  ac-review-prompt:not(:defined) {
    display: block;
    min-block-size: 27.125rem;
  }
  ac-nps-survey:not(:defined) {
    display: block;
    min-block-size: 15.1875rem;
  }
  @container (min-width: 40rem) {
    ac-order-tracker:not(:defined) {
      min-block-size: 57.5rem;
    }
    ac-nps-survey:not(:defined) {
      min-block-size: 9.1875rem;
    }
  }
  ac-return-wizard:focus,
  ac-review-prompt:focus {
    outline: none;
  }
`;
