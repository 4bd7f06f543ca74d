import { html, nothing } from 'lit';
import { bone } from '../shared/skeleton.js';

/**
 * The order while it loads, in the content's own classes where they are loaded: the header (number and date
 * beside the headline, which wrap under each other on a narrow widget as the text does), the four steps, the
 * common case of one parcel in transit with two items and three events (the parcel's styles load with its view,
 * so its height is given), with `strip` the place of the strip of recommendations, given too (its styles load
 * with it; the strip's own placeholder takes the place when the order arrives; its cards reach their full width
 * from a 50rem strip, so between 40 and 50rem the strip can differ from its place by up to about 3rem), and the
 * updates button.
 */
export const trackerSkeleton = (strip: boolean) =>
  html`<div class="tracker">
    <div class="order__header">
      <div>${bone('', { fontSize: '1.375em', inlineSize: '15rem' })} ${bone('', { inlineSize: '15rem' })}</div>
      ${bone('', { fontSize: '1.125em', inlineSize: '6.5rem' })}
    </div>
    ${bone('', { blockSize: ['5rem', '3.6875rem'] })} ${bone('', { blockSize: ['52.375rem', '43.75rem'] })}
    ${strip ? bone('', { blockSize: ['22.6875rem', '22.375rem'] }) : nothing} ${bone('', { blockSize: '2.75rem' })}
  </div>`;
