import { css } from 'lit';

/** Choice cards, the refund account, the summary: the steps after the first. */
export const styles = css`
  .cards {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .cards:focus {
    outline: none;
  }
  .card-choice {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.75rem;
    align-items: center;
    padding: 0.75rem var(--_ac-space);
    border: 1px solid var(--_ac-color-border-strong);
    border-radius: var(--_ac-radius);
    font-weight: 400;
    cursor: pointer;
  }
  .card-choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_ac-color-accent);
  }
  .card-choice--checked {
    border-width: 2px;
    border-color: var(--_ac-color-accent);
    background: var(--_ac-color-surface);
  }
  .card-choice__text {
    display: grid;
  }
  .card-choice__price {
    font-weight: 700;
    white-space: nowrap;
  }
  .bonus {
    justify-self: start;
    margin-block-start: 0.25rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_ac-color-success);
    color: var(--_ac-color-bg);
    font-size: 0.875em;
    font-weight: 700;
  }
  .exchange,
  .account {
    display: grid;
    gap: 0.75rem;
  }
  .account {
    padding: var(--_ac-space);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
  }
  .account:focus {
    outline: none;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .summary {
    display: grid;
    gap: 0.75rem;
  }
  .summary dt {
    font-size: 0.875em;
    color: var(--_ac-color-text-muted);
  }
  .summary__total {
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_ac-color-border);
  }
  .summary__total dd {
    font-size: 1.375em;
    font-weight: 700;
  }
`;
