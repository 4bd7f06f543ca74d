import { css } from 'lit';

/** The placeholder while the order loads, laid out with these styles. */
export { trackerSkeleton } from './tracker-skeleton.js';

export const trackerStyles = css`
  :host {
    container-type: inline-size;
  }
  .tracker {
    display: grid;
    gap: calc(var(--_ac-space) * 1.25);
  }
  a {
    color: var(--_ac-color-accent);
  }

  .order__header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: end;
    justify-content: space-between;
  }
  .order__title {
    font-size: 1.375em;
  }
  .order__title:focus {
    outline: none;
  }
  .order__headline {
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_ac-color-success);
  }
  .order__headline--problem {
    color: var(--_ac-color-warning);
  }

  .progress {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .progress__step {
    position: relative;
    display: grid;
    justify-items: center;
    gap: 0.375rem;
    text-align: center;
    font-size: 0.875em;
    color: var(--_ac-color-text-muted);
  }
  /* The connecting line runs toward the inline end, so it mirrors in right-to-left pages. */
  .progress__step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block-start: 0.875rem;
    inset-inline-start: calc(50% + 1rem);
    inline-size: calc(100% - 2rem);
    block-size: 3px;
    background: var(--_ac-color-border);
  }
  .progress__step--done:not(:last-child)::after {
    background: var(--_ac-color-accent);
  }
  .progress__marker {
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid var(--_ac-color-border-strong);
    border-radius: 50%;
    background: var(--_ac-color-bg);
    font-weight: 700;
    line-height: 1;
  }
  .progress__step--done .progress__marker,
  .progress__step--current .progress__marker {
    border-color: var(--_ac-color-accent);
    background: var(--_ac-color-accent);
    color: var(--_ac-color-accent-text);
  }
  .progress__step--current {
    color: var(--_ac-color-text);
    font-weight: 700;
  }
  .progress__step--problem .progress__marker {
    border-color: var(--_ac-color-warning);
    background: var(--_ac-color-warning);
    color: var(--_ac-color-bg);
  }

  .cod {
    padding: 0.75rem var(--_ac-space);
    border-radius: var(--_ac-radius-small);
    border-inline-start: 4px solid var(--_ac-color-warning);
    background: var(--_ac-color-surface);
  }
  .cod strong {
    display: block;
  }
`;
