import type { AdapterErrorCode } from './errors.js';
import type { NpsScale, Order, Recommendation, ReturnReceipt, ReviewReceipt, UpdateChannel } from './schemas/index.js';

/** Every event an Aftercare element dispatches, with its `detail`. All bubble and are composed. */
export interface AftercareEventMap {
  'ac-order-loaded': Order;
  'ac-return-created': ReturnReceipt;
  'ac-review-submitted': ReviewReceipt & { orderId: string; lineItemId: string; rating: number };
  'ac-nps-answered': { surveyId: string; scale: NpsScale; score: number; responseId: string };
  'ac-nps-commented': { surveyId: string; responseId: string };
  'ac-nps-dismissed': { surveyId: string };
  'ac-updates-subscribed': { orderId: string; channel: UpdateChannel };
  'ac-recommendation-clicked': Recommendation;
  'ac-error-shown': { code: AdapterErrorCode };
  /** Cancelable: the default follows `return-href`. */
  'ac-return-requested': { orderId: string; href?: string };
  /** Cancelable: the default follows `review-href`. */
  'ac-review-requested': { orderId: string; href?: string };
}

export type AftercareEventName = keyof AftercareEventMap;
export type AftercareEvent<K extends AftercareEventName> = CustomEvent<AftercareEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'ac-order-loaded': AftercareEvent<'ac-order-loaded'>;
    'ac-return-created': AftercareEvent<'ac-return-created'>;
    'ac-review-submitted': AftercareEvent<'ac-review-submitted'>;
    'ac-nps-answered': AftercareEvent<'ac-nps-answered'>;
    'ac-nps-commented': AftercareEvent<'ac-nps-commented'>;
    'ac-nps-dismissed': AftercareEvent<'ac-nps-dismissed'>;
    'ac-updates-subscribed': AftercareEvent<'ac-updates-subscribed'>;
    'ac-recommendation-clicked': AftercareEvent<'ac-recommendation-clicked'>;
    'ac-error-shown': AftercareEvent<'ac-error-shown'>;
    'ac-return-requested': AftercareEvent<'ac-return-requested'>;
    'ac-review-requested': AftercareEvent<'ac-review-requested'>;
  }
}
