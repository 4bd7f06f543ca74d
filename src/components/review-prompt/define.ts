import { defineElement } from '../../core/define.js';
import { AcReviewPrompt } from './review-prompt.js';

defineElement('ac-review-prompt', AcReviewPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'ac-review-prompt': AcReviewPrompt;
  }
}

export { AcReviewPrompt };
