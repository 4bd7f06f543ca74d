import { defineElement } from '../../core/define.js';
import { AcOrderTracker } from './order-tracker.js';

defineElement('ac-order-tracker', AcOrderTracker);

declare global {
  interface HTMLElementTagNameMap {
    'ac-order-tracker': AcOrderTracker;
  }
}

export { AcOrderTracker };
