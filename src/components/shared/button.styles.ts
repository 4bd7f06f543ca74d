import { css } from 'lit';

/** Buttons sized for thumbs (44 px) and visible in forced-colors mode. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 1px solid transparent;
    border-radius: var(--_ac-radius-small);
    background: var(--_ac-color-accent);
    color: var(--_ac-color-accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button--secondary {
    background: transparent;
    border-color: var(--_ac-color-border-strong);
    color: var(--_ac-color-text);
  }
`;
