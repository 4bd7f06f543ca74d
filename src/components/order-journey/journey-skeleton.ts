import { html } from 'lit';
import { bone } from '../shared/skeleton.js';

/**
 * The journey while its order loads, section by section at the size each nested element's first view takes, so
 * the page below stays put as they load one after the other. The common case: a delivered order of one parcel
 * and two items, a member's points chip above it, the review prompt and the survey below; the recommendations
 * stay hidden until they have products, so they are not reserved.
 */
export const JOURNEY_SKELETON = html`<div class="journey">
  <div class="journey__header">${bone('', { blockSize: '2.75rem', inlineSize: '13rem' })}</div>
  ${bone('', { blockSize: ['63.59375rem', '53.5625rem'] })}
  <div class="journey__section">
    ${bone('', { blockSize: '27.125rem' })} ${bone('', { blockSize: ['15.1875rem', '9.1875rem'] })}
  </div>
</div>`;
