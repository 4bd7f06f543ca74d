import { css } from 'lit';

export const trackerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .tracker {
    display: grid;
    gap: calc(var(--_ac-space) * 1.25);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  .muted {
    color: var(--_ac-color-text-muted);
  }
  a {
    color: var(--_ac-color-accent);
  }
  .link-button {
    justify-self: start;
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_ac-color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
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

  .shipments {
    display: grid;
    gap: var(--_ac-space);
  }
  @container (min-width: 44rem) {
    .shipments {
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      align-items: start;
    }
  }
  .shipment {
    display: grid;
    gap: 0.875rem;
    padding: var(--_ac-space);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
    background: var(--_ac-color-surface);
    min-inline-size: 0;
  }
  .shipment__header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .shipment__title {
    font-size: 1.0625em;
  }
  .badge {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    padding: 0.125rem 0.625rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_ac-color-accent);
  }
  .badge--delivered {
    color: var(--_ac-color-success);
  }
  .badge--problem {
    color: var(--_ac-color-warning);
  }
  .delivery {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .carrier {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
  }
  .carrier dt {
    font-size: 0.875em;
    color: var(--_ac-color-text-muted);
  }
  .carrier dd {
    margin: 0;
    font-weight: 600;
  }
  .tracking-number {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    align-items: center;
  }
  .tracking-number code {
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .carrier-link {
    justify-self: start;
    font-weight: 600;
    min-block-size: 44px;
    display: inline-flex;
    align-items: center;
  }
  .items,
  .plain-list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: 3.5rem 1fr auto;
    gap: 0.75rem;
    align-items: center;
  }
  .item__image {
    inline-size: 3.5rem;
    aspect-ratio: 1;
    border-radius: var(--_ac-radius-small);
    overflow: hidden;
    background: var(--_ac-color-border);
  }
  .item__image img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .item__text {
    display: grid;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .item__title {
    font-weight: 600;
  }
  .item__quantity {
    white-space: nowrap;
    color: var(--_ac-color-text-muted);
  }
  .timeline__heading {
    font-size: 0.9375em;
  }
  .timeline {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timeline__event {
    position: relative;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .timeline__event::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.45em;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_ac-color-border-strong);
  }
  .timeline__event--latest::before {
    background: var(--_ac-color-accent);
  }
  .timeline__event--latest .timeline__description {
    font-weight: 600;
  }
  .timeline__meta {
    font-size: 0.875em;
    color: var(--_ac-color-text-muted);
  }
`;
