import { css } from 'lit';

/** Fields, labels, errors and choice groups shared by every form of the widgets. */
export const formStyles = css`
  .lookup {
    display: grid;
    gap: var(--_ac-space);
    max-inline-size: 28rem;
  }
  .lookup__heading {
    margin: 0;
    font-size: 1.25em;
  }
  .field {
    display: grid;
    gap: 0.375rem;
  }
  label {
    font-weight: 600;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid var(--_ac-color-border-strong);
    border-radius: var(--_ac-radius-small);
    background: var(--_ac-color-bg);
    color: var(--_ac-color-text);
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_ac-color-danger);
    border-width: 2px;
  }
  .field__error {
    margin: 0;
    color: var(--_ac-color-danger);
    font-size: 0.9375em;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.375rem;
    font-weight: 600;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    font-weight: 400;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_ac-color-accent);
  }
  .lookup__status:empty {
    display: none;
  }
`;
