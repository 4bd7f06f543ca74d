import type { TrackingStatus } from '../../core/schemas/index.js';
import { indonesianAndSingaporeOrders } from './demo-orders-id-sg.js';
import type { Localized } from './localized.js';

export { demoClock } from './demo-clock.js';
import { thaiShopOrders } from './demo-orders-th.js';

export type DemoCurrency = 'THB' | 'IDR' | 'SGD';

export interface DemoEvent {
  at: string;
  status: TrackingStatus;
  subStatus?: string;
  description: Localized;
  location?: Localized;
}

export interface DemoShipment {
  id: string;
  status: TrackingStatus;
  carrier: { code: string; name: string };
  trackingNumber?: string;
  trackingUrl?: string;
  estimatedDelivery?: { from: string; to?: string };
  deliveredAt?: string;
  pickupPoint?: { name: Localized; address: Localized; openingHours?: Localized };
  items: { lineItemId: string; quantity: number }[];
  events: DemoEvent[];
}

export interface DemoOrder {
  id: string;
  number: string;
  currency: DemoCurrency;
  placedAt: string;
  status: 'open' | 'cancelled' | 'completed';
  paymentMethod: 'card' | 'cod' | 'bank_transfer' | 'wallet' | 'other';
  email: string;
  phone: string;
  customerId?: string;
  customerName: string;
  lines: { id: string; productId: string; variantId?: string; quantity: number }[];
  shipments: DemoShipment[];
}

/** Every demo order, its dates relative to `now`. */
export function demoOrders(now: Date): DemoOrder[] {
  return [...thaiShopOrders(now), ...indonesianAndSingaporeOrders(now)];
}
