import { css } from 'lit';

export const recommendationsStyles = css`
  .recommendations {
    display: grid;
    gap: 0.75rem;
  }
  /* As tall as the arrows where there are none, so the strip's height does not depend on the pointer. */
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    min-block-size: 44px;
  }
  h2 {
    margin: 0;
    font-size: 1.125em;
  }
  .arrows {
    display: none;
    gap: 0.5rem;
  }
  /* Arrows help a mouse; touch swipes and the keyboard tabs through the links. */
  @media (hover: hover) and (min-width: 48em) {
    .arrows {
      display: flex;
    }
  }
  .arrow {
    inline-size: 44px;
    block-size: 44px;
    border: 1px solid var(--_ac-color-border-strong);
    border-radius: 50%;
    background: var(--_ac-color-bg);
    color: var(--_ac-color-text);
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }
  .strip {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(9.5rem, 12rem);
    gap: 0.75rem;
    margin: 0;
    padding: 0 0 0.5rem;
    list-style: none;
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    scroll-padding-inline: 0.25rem;
  }
  .product {
    scroll-snap-align: start;
  }
  .product__link {
    display: grid;
    gap: 0.25rem;
    padding: 0.25rem;
    border-radius: var(--_ac-radius-small);
    color: inherit;
    text-decoration: none;
  }
  .product__link:hover .product__title {
    text-decoration: underline;
  }
  /* A fixed-ratio box: the image arrives without moving anything. */
  .product__image {
    display: block;
  }
  .product__title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .product__price {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    font-weight: 700;
  }
  .product__price s {
    color: var(--_ac-color-text-muted);
    font-weight: 400;
  }
  .product__reason {
    color: var(--_ac-color-text-muted);
    font-size: 0.875em;
  }
`;
