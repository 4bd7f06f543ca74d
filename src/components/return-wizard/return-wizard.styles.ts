import { css } from 'lit';

export const returnWizardStyles = css`
  :host {
    display: block;
  }
  .wizard {
    display: grid;
    gap: var(--_ac-space);
  }
  h2,
  p,
  dl,
  dd {
    margin: 0;
  }
  .muted {
    color: var(--_ac-color-text-muted);
  }
  .progress {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_ac-color-text-muted);
  }
  .step__title {
    font-size: 1.25em;
  }
  .step__title:focus {
    outline: none;
  }
  .policy {
    display: grid;
    gap: 0.125rem;
    padding: 0.75rem var(--_ac-space);
    border-radius: var(--_ac-radius-small);
    border-inline-start: 4px solid var(--_ac-color-accent);
    background: var(--_ac-color-surface);
  }
  .policy__line {
    font-weight: 700;
  }
  .plain-list {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .navigation {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    justify-content: space-between;
  }
  .navigation .button:only-child {
    margin-inline-start: auto;
  }
  .notice {
    padding: var(--_ac-space);
    border-radius: var(--_ac-radius);
    background: var(--_ac-color-surface);
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
`;
