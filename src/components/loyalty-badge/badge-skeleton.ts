import { html } from 'lit';
import { bone } from '../shared/skeleton.js';

const BUTTON = { blockSize: '2.75rem' };

/**
 * The full card while loading, in the content's own classes. The common case: a member with a tier to reach,
 * three perks (one wrapping on a narrow widget) and a referral link. The balance's two bones have about the
 * width of their text, so they wrap onto two lines where the content does.
 */
export const FULL_BADGE_SKELETON = html`<div class="badge">
  ${bone('', { fontSize: '1.25em', inlineSize: '9.5rem' })} ${bone('', { inlineSize: '4.5rem' })}
  <div class="card">
    <div class="card__balance">
      ${bone('', { fontSize: '1.5em', inlineSize: '10.5rem' })} ${bone('', { inlineSize: '10.5rem' })}
    </div>
    ${bone('', { lines: 2 })}
    <div class="card__progress">${bone('', { blockSize: '0.75rem' })} ${bone()}</div>
    <div>
      ${bone('card__heading')}
      <div class="perks">${bone('', { lines: [2, 1] })} ${bone()} ${bone()}</div>
    </div>
    <div class="referral">${bone('card__heading')} ${bone()} ${bone('', BUTTON)} ${bone('', BUTTON)}</div>
  </div>
</div>`;
