import { css } from 'lit';
import { thumbStyles } from '../../shared/utility.styles.js';

/** A parcel: status, carrier, items and its timeline. */
export const styles = [
  thumbStyles,
  css`
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
    .item {
      display: grid;
      grid-template-columns: 3.5rem 1fr auto;
      gap: 0.75rem;
      align-items: center;
    }
    .item__image {
      inline-size: 3.5rem;
      background: var(--_ac-color-border);
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
    .delivery__reason {
      flex-basis: 100%;
    }
    .proof,
    .courier {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .proof p {
      flex-basis: 100%;
    }
    .proof__photo summary {
      list-style: none;
      cursor: zoom-in;
      inline-size: max-content;
    }
    .proof__photo summary::-webkit-details-marker {
      display: none;
    }
    .proof__photo[open] {
      flex-basis: 100%;
    }
    .proof__large {
      display: block;
      margin-block-start: 0.5rem;
      inline-size: min(100%, 20rem);
      block-size: auto;
    }
    .proof__photo summary img {
      display: block;
      inline-size: 6rem;
      block-size: 6rem;
      object-fit: cover;
      border-radius: var(--_ac-radius-small, 0.375rem);
      background: var(--_ac-color-border);
    }
    .pickup {
      display: grid;
      gap: 0.25rem;
    }
    .pickup__code {
      display: grid;
      justify-items: start;
      margin-block: 0.5rem;
    }
    .pickup__code strong {
      font-size: 2em;
      letter-spacing: 0.1em;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
  `,
];
