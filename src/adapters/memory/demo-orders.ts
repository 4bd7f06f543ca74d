import type { TrackingStatus } from '../../core/schemas/index.js';
import { demoClock } from './demo-clock.js';
import { datedDetails, type DemoShipmentDetails } from './demo-details.js';
import { EVENT_TEXT, PLACES } from './demo-events.js';
import seed from './demo-orders.json';
import type { Localized } from './localized.js';

export { demoClock } from './demo-clock.js';

export type DemoCurrency = 'THB' | 'IDR' | 'SGD';

export interface DemoEvent {
  at: string;
  status: TrackingStatus;
  subStatus?: string;
  description: Localized;
  location?: Localized;
}

export interface DemoShipment extends Omit<DemoShipmentDetails, 'estimatedDelivery' | 'pickupPoint'> {
  id: string;
  status: TrackingStatus;
  carrier: { code: string; name: string };
  trackingNumber?: string;
  trackingUrl?: string;
  estimatedDelivery?: DemoShipmentDetails['estimatedDelivery'];
  deliveredAt?: string;
  pickupPoint?: DemoShipmentDetails['pickupPoint'];
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
  /** The shop's own page for the order (DESIGN §5.2). */
  statusPageUrl?: string;
  email: string;
  phone: string;
  customerId?: string;
  customerName: string;
  lines: { id: string; productId: string; variantId?: string; quantity: number }[];
  shipments: DemoShipment[];
}

/** An order as demo-orders.json writes it: relative dates, scan texts and places by name. */
type SeedOrder = Omit<DemoOrder, 'shipments'> & {
  about: string;
  shipments: (Omit<DemoShipment, 'events'> & {
    events: (Omit<DemoEvent, 'description' | 'location'> & {
      description: keyof typeof EVENT_TEXT;
      location?: keyof typeof PLACES;
    })[];
  })[];
};

/**
 * Every demo order, its dates relative to `now` so that "2 hours ago" and
 * "arrives Thursday" stay true: the Thai shop (BK-…), the Indonesian shop
 * (JK-…) and the Singapore shop's cross-border order (SG-…).
 */
export function demoOrders(now: Date): DemoOrder[] {
  const { ago, day } = demoClock(now);
  // "ago 3 5": three days and five hours ago; "day 1": tomorrow's date.
  const when = (value: string) => {
    const [kind, first = '0', second = '0'] = value.split(' ');
    return kind === 'day' ? day(Number(first)) : ago(Number(first), Number(second));
  };
  return (seed.orders as unknown as SeedOrder[]).map(({ about: _about, ...order }) => ({
    ...order,
    placedAt: when(order.placedAt),
    shipments: order.shipments.map((shipment) => {
      const { deliveredAt } = shipment;
      return {
        ...shipment,
        ...datedDetails(shipment, when),
        ...(deliveredAt && { deliveredAt: when(deliveredAt) }),
        events: shipment.events.map(({ description, location, ...event }) => ({
          ...event,
          at: when(event.at),
          description: EVENT_TEXT[description],
          ...(location && { location: PLACES[location] }),
        })),
      };
    }),
  }));
}
