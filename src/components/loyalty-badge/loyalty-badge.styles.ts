import { css } from 'lit';

export const loyaltyBadgeStyles = css`
  :host([variant='compact']),
  :host(:not([variant])) {
    display: inline-block;
  }
  /* Columns may shrink below their content's width, so a long link or wide
     letter spacing wraps instead of pushing the card off a small screen. */
  .badge,
  .card,
  .referral {
    grid-template-columns: minmax(0, 1fr);
  }
  .badge {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .badge__title {
    font-size: 1.25em;
  }
  .tier {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 700;
  }
  .medal {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: var(--tier-colour, var(--_ac-color-accent));
    stroke: var(--_ac-color-text);
    stroke-width: 0.8;
  }
  .medal__star {
    fill: var(--_ac-color-bg);
    stroke: none;
  }
  /* Colour adds to the tier's name and icon, never replaces them. */
  .tier--silver {
    --tier-colour: #a7adb6;
  }
  .tier--gold {
    --tier-colour: #d6a631;
  }
  .tier--platinum {
    --tier-colour: #8fb5c9;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 44px;
    padding-block: 0.25rem;
    padding-inline: 0.75rem 1rem;
    border: 1px solid var(--_ac-color-border-strong);
    border-radius: 999px;
    background: var(--_ac-color-bg);
    color: var(--_ac-color-text);
    font: inherit;
    cursor: pointer;
  }
  .chip[aria-expanded='true'] {
    border-color: var(--_ac-color-accent);
  }
  .chip__points {
    color: var(--_ac-color-text-muted);
  }
  .card {
    display: grid;
    gap: var(--_ac-space);
    box-sizing: border-box;
    inline-size: min(100%, 26rem);
    padding: var(--_ac-space);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
    background: var(--_ac-color-surface);
  }
  .card__balance {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .card__points {
    font-size: 1.5em;
    font-weight: 700;
  }
  .card__progress {
    display: grid;
    gap: 0.375rem;
  }
  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_ac-color-accent);
  }
  .card__expiring {
    color: var(--_ac-color-warning);
    font-weight: 600;
  }
  .card__heading {
    font-size: 1em;
    margin-block-end: 0.375rem;
  }
  .perks {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .card__credit {
    font-weight: 600;
  }
  .reward {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75rem;
  }
  .reward__code {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .reward__code code {
    font-weight: 700;
    letter-spacing: 0.03em;
  }
  .tag {
    margin-inline-start: 0.5rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_ac-color-success);
    border-radius: 999px;
    color: var(--_ac-color-success);
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .referral {
    display: grid;
    gap: 0.5rem;
  }
  .referral input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid var(--_ac-color-border-strong);
    border-radius: var(--_ac-radius-small);
    background: var(--_ac-color-bg);
    color: var(--_ac-color-text);
    font: inherit;
  }
  .referral__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .sign-in {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .sign-in a {
    text-decoration: none;
  }
`;
