import { defineElement } from '../../core/define.js';
import { AcLoyaltyBadge } from './loyalty-badge.js';

defineElement('ac-loyalty-badge', AcLoyaltyBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ac-loyalty-badge': AcLoyaltyBadge;
  }
}

export { AcLoyaltyBadge };
