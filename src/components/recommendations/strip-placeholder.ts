import { html } from 'lit';
import { bone } from '../shared/skeleton.js';

/**
 * The strip while its products load, in the strip's own classes, so it is the strip's height at every width: the
 * heading row, and `count` cards of a square picture, the title, the price and the reason, each wrapping as a
 * common product's does (a title of two lines and a reason of three on a narrow strip, where the cards are
 * narrowest; one and two from 40rem). Decorative: the widget around it says what loads.
 */
export function renderStripPlaceholder(count: number) {
  const card = html`<li class="product">
    <div class="product__link">
      ${bone('product__image thumb', { blockSize: 'auto' })} ${bone('', { lines: [2, 1] })}
      ${bone('', { inlineSize: '5rem' })} ${bone('', { fontSize: '0.875em', lines: [3, 2] })}
    </div>
  </li>`;
  return html`<div class="recommendations skeleton skeleton--laid-out" part="skeleton" aria-hidden="true">
    <div class="head">${bone('', { fontSize: '1.125em', inlineSize: '10rem' })}</div>
    <ul class="strip">
      ${Array.from({ length: count }, () => card)}
    </ul>
  </div>`;
}
