import { defineElement } from '../../core/define.js';
import { AcRecommendations } from './recommendations.js';

defineElement('ac-recommendations', AcRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'ac-recommendations': AcRecommendations;
  }
}

export { AcRecommendations };
