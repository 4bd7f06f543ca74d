import { css } from 'lit';

export const npsSurveyStyles = css`
  p {
    margin: 0;
  }
  .card {
    position: relative;
    display: grid;
    gap: 0.75rem;
    padding: var(--_ac-space);
    padding-inline-end: calc(var(--_ac-space) + 2rem);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
    background: var(--_ac-color-bg);
    container-type: inline-size;
  }
  .question,
  .follow-up__question {
    font-weight: 700;
  }
  .follow-up__question:focus {
    outline: none;
  }
  .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    inline-size: 44px;
    block-size: 44px;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_ac-color-text-muted);
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  .scale--nps {
    display: grid;
    grid-template-columns: repeat(11, minmax(24px, 1fr));
    gap: 0.25rem;
  }
  /* Eleven targets do not fit a small phone: two rows, 0–5 and 6–10, with bigger targets. */
  @container (inline-size < 20rem) {
    .scale--nps {
      grid-template-columns: repeat(6, 1fr);
    }
  }
  .scale--nps .scale__option {
    min-inline-size: 24px;
    border-color: var(--_ac-color-border-strong);
    font-weight: 600;
  }
  .scale--csat {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
  }
  .scale--csat .scale__option {
    display: grid;
    gap: 0.25rem;
    padding-block: 0.375rem;
    font-size: 0.8125em;
  }
  .face {
    inline-size: 2.25rem;
    block-size: 2.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .face__eye {
    fill: currentColor;
    stroke: none;
  }
  /* The chosen answer: a filled accent with a thicker border, not colour alone. */
  .scale__option[aria-checked='true'] {
    border: 3px solid var(--_ac-color-accent);
    background: var(--_ac-color-accent);
    color: var(--_ac-color-accent-text);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    font-size: 0.875em;
    color: var(--_ac-color-text-muted);
  }
  .follow-up {
    display: grid;
    gap: 0.75rem;
  }
  textarea {
    padding-block: 0.5rem;
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .field__error {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .thanks {
    font-weight: 700;
    color: var(--_ac-color-success);
  }
  .thanks:focus {
    outline: none;
  }

  /* A floating card in the inline-end corner, out of the way of the page's own controls. */
  :host([placement='corner']) {
    position: fixed;
    z-index: 2147483000;
    inset-block-end: 1rem;
    inset-inline-end: 1rem;
    /* A set width, not shrink-to-fit: the card is a size container. */
    inline-size: min(26rem, calc(100vw - 2rem));
  }
  :host([placement='corner']) .card {
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
  }
  .launcher {
    border-radius: 999px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.2);
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([placement='corner']) .card {
      animation: ac-rise 0.2s ease-out;
    }
  }
  @keyframes ac-rise {
    from {
      transform: translateY(0.5rem);
      opacity: 0;
    }
  }
`;
