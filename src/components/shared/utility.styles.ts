import { css } from 'lit';

/** The small utilities every widget uses: resets, muted text, a link-styled button, bare lists, cards, thumbnails, a callout. */
export const utilityStyles = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4,
  p,
  dl,
  dd {
    margin: 0;
  }
  /* A widget's sections, one under the other. */
  .stack {
    display: grid;
    gap: var(--_ac-space);
  }
  .muted {
    color: var(--_ac-color-text-muted);
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
  .plain-list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .inline-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_ac-space);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
  }
  /* A product picture in a fixed square, so nothing moves when it loads. */
  .thumb {
    aspect-ratio: 1;
    border-radius: var(--_ac-radius-small);
    overflow: hidden;
    background: var(--_ac-color-surface);
  }
  .thumb img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .callout {
    padding: 0.75rem var(--_ac-space);
    border-radius: var(--_ac-radius-small);
    border-inline-start: 4px solid var(--_ac-color-accent);
    background: var(--_ac-color-surface);
  }
`;
