import { css } from 'lit';

/**
 * The utilities of every widget: resets, a widget's sections one under the
 * other, muted text, a card. The rest below are taken only by what uses them,
 * so a small widget does not carry a big one's CSS.
 */
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
  .stack {
    display: grid;
    gap: var(--_ac-space);
  }
  .muted {
    color: var(--_ac-color-text-muted);
  }
  .card {
    padding: var(--_ac-space);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
  }
`;

/** A button that reads as a link, with a full-size touch target. */
export const linkButtonStyles = css`
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

/** Lists without bullets: one entry per line, or wrapping in a row. */
export const listStyles = css`
  .plain-list,
  .inline-list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .inline-list {
    display: flex;
    flex-wrap: wrap;
  }
`;

/** A product picture in a fixed square, so nothing moves when it loads. */
export const thumbStyles = css`
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
`;

/** A note set apart by the accent colour. */
export const calloutStyles = css`
  .callout {
    padding: 0.75rem var(--_ac-space);
    border-radius: var(--_ac-radius-small);
    border-inline-start: 4px solid var(--_ac-color-accent);
    background: var(--_ac-color-surface);
  }
`;
