import { defineElement } from '../../core/define.js';
import { AcOrderJourney } from './order-journey.js';

defineElement('ac-order-journey', AcOrderJourney);

declare global {
  interface HTMLElementTagNameMap {
    'ac-order-journey': AcOrderJourney;
  }
}

export { AcOrderJourney };
