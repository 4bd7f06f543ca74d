import { html } from 'lit';
import { bone } from '../shared/skeleton.js';

/**
 * The order while it loads, in the content's own classes where they are loaded: the header (number and date
 * beside the headline, which wrap under each other on a narrow widget as the text does), the four steps, the
 * common case of one parcel in transit with two items and three events (the parcel's styles load with its view,
 * so its height is given) and the updates button. The recommendations strip below stays hidden until it has
 * products, so it is not reserved.
 */
export const TRACKER_SKELETON = html`<div class="tracker">
  <div class="order__header">
    <div>${bone('', { fontSize: '1.375em', inlineSize: '15rem' })} ${bone('', { inlineSize: '15rem' })}</div>
    ${bone('', { fontSize: '1.125em', inlineSize: '6.5rem' })}
  </div>
  ${bone('', { blockSize: ['5rem', '3.6875rem'] })} ${bone('', { blockSize: ['52.375rem', '43.75rem'] })}
  ${bone('', { blockSize: '2.75rem' })}
</div>`;
