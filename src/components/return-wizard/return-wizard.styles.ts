import { css } from 'lit';

export const returnWizardStyles = css`
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
  }
  .policy__line {
    font-weight: 700;
  }
  .plain-list {
    gap: 0.75rem;
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
`;
