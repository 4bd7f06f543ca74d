import { html } from 'lit';
import { bone, type SkeletonContent } from '../shared/skeleton.js';
import type { StepName, WizardData } from './wizard-state.js';

const ITEM = { blockSize: '6.125rem' };
/** .policy's grid, without its class (which code and tests look for). */
const POLICY = 'display:grid;gap:0.125rem';

/**
 * The first step while loading, in the content's own classes: progress, title, the policy (its line, and a
 * member's perks, wrapping to two and three lines on a narrow widget), the intro and the common case of two
 * returnable items, one with a variant (cards of three and two lines: the items step's own styles load with its
 * chunk, so their heights are given), then "Next".
 */
export const WIZARD_SKELETON = html`<div class="stack">
  ${bone('', { fontSize: '0.875em' })} ${bone('', { fontSize: '1.25em' })}
  <div class="callout" .style=${POLICY}>${bone('', { lines: [2, 1] })} ${bone('', { lines: [3, 1] })}</div>
  ${bone('', { lines: [2, 1] })}
  <div class="plain-list">${bone('', ITEM)} ${bone('', { blockSize: '5.125rem' })}</div>
  ${bone('', { blockSize: '2.75rem' })}
</div>`;

/**
 * A step whose chunk is still loading. The items step is the first view, and its size is known: the intro and a
 * card per item of the order (three lines each); the others take a generic block.
 */
export function stepSkeleton(step: StepName, data: WizardData): SkeletonContent {
  if (step !== 'items') return [6];
  return html`<div class="stack">
    ${bone('', { lines: [2, 1] })}
    <div class="plain-list">${data.order.items.map(() => bone('', ITEM))}</div>
  </div>`;
}
