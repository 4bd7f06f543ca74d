import type { StoredReturn } from '../../shop/state.js';
import { demoClock } from './demo-clock.js';

/** The demo returns the shop has decided on, by what happened to them. */
export const DEMO_RETURNS = {
  /** JK-2002's backpack: it reached the shop after the return period, which declined it. */
  declined: { id: 'RMA-2002-900', orderId: 'JK-2002' },
  /** BK-1008's cold brew set: the shopper cancelled before dropping it off. */
  cancelled: { id: 'RMA-1008-900', orderId: 'BK-1008' },
  /** BK-1008 again, the other cold brew set: booked with a PDF label and on its way back to the shop. */
  onItsWay: { id: 'RMA-1008-901', orderId: 'BK-1008' },
} as const;

/**
 * Returns already in the demo shop when it starts (DESIGN §5.2): one declined
 * with its reason, one cancelled, one on its way back. A shopper who booked them sees the shop's
 * decision with "Check the status". Dates are relative to `now`.
 */
export function demoReturns(now: Date): StoredReturn[] {
  const { ago, day } = demoClock(now);
  const { declined, cancelled, onItsWay } = DEMO_RETURNS;
  return [
    {
      ...declined,
      createdAt: ago(12),
      status: 'rejected',
      // A code as Shopify sends it: the widget says it in the shopper's language.
      decline: { reason: 'RETURN_PERIOD_ENDED' },
      request: {
        orderId: declined.orderId,
        resolution: 'refund',
        methodCode: 'indomaret',
        items: [{ lineItemId: 'li-2002-1', quantity: 1, reasonCode: 'changed_mind' }],
      },
    },
    {
      ...cancelled,
      createdAt: ago(1, 3),
      status: 'cancelled',
      label: { qrCode: cancelled.id, dropOffCode: 'DK400900' },
      request: {
        orderId: cancelled.orderId,
        resolution: 'store_credit',
        methodCode: 'seven-eleven',
        items: [{ lineItemId: 'li-1008-1', quantity: 1, reasonCode: 'changed_mind' }],
      },
    },
    {
      ...onItsWay,
      createdAt: ago(1),
      status: 'in_transit',
      refundEstimate: { amount: '290.00', currency: 'THB' },
      label: {
        url: `https://returns.example.com/labels/${onItsWay.id}.pdf`,
        format: 'pdf',
        expiresAt: day(13),
      },
      returnShipment: {
        id: `${onItsWay.id}-parcel`,
        status: 'in_transit',
        carrier: { code: 'kerry-logistics', name: 'Kerry Express' },
        trackingNumber: 'KERDO2611028',
        trackingUrl: 'https://th.kerryexpress.com/en/track/?track=KERDO2611028',
        estimatedDelivery: { from: day(2) },
        items: [{ lineItemId: 'li-1008-1', quantity: 1 }],
        // Scans without text: the status view shows the status in the shopper's words.
        events: [
          { at: ago(0, 20), status: 'info_received', description: '' },
          { at: ago(0, 6), status: 'in_transit', description: '' },
        ],
      },
      request: {
        orderId: onItsWay.orderId,
        resolution: 'refund',
        methodCode: 'flash-pickup',
        items: [{ lineItemId: 'li-1008-1', quantity: 1, reasonCode: 'not_as_described' }],
      },
    },
  ];
}
