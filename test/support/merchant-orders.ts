// Orders as a shop's own system puts them in through the merchant API
// (PUT /admin/orders/{id}): the Order, plus the contact that proves a shopper.
// Browser-safe, for the Node tests of test/server and the browser tests alike.

/** The merchant API key of the test servers (test/support/reference-server.mjs passes only its hash). */
export const ADMIN_KEY = 'test-admin-key-3f9a';

const HOUR = 3_600_000;

/**
 * A Thai shop's order with one delivered parcel (returnable, reviewable) and one
 * on its way; `id` makes it unique per test. Dates relative to now.
 */
export function merchantOrder(id: string, email = `${id.toLowerCase()}@example.com`) {
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
  return {
    id,
    number: id,
    placedAt: at(72),
    status: 'open' as const,
    total: { amount: '1580.00', currency: 'THB' },
    paymentMethod: 'card' as const,
    customer: { name: 'Kanya' },
    items: [
      {
        id: `${id}-1`,
        productId: 'm-scarf',
        title: 'Silk scarf, teal',
        quantity: 1,
        unitPrice: { amount: '990.00', currency: 'THB' },
      },
      {
        id: `${id}-2`,
        productId: 'm-soap',
        title: 'Lemongrass soap',
        quantity: 2,
        unitPrice: { amount: '295.00', currency: 'THB' },
      },
    ],
    shipments: [
      {
        id: `${id}-a`,
        status: 'delivered' as const,
        carrier: { code: 'flash-express', name: 'Flash Express' },
        trackingNumber: `TH${id.replace(/\D/g, '')}01`,
        deliveredAt: at(24),
        items: [{ lineItemId: `${id}-1`, quantity: 1 }],
        events: [
          { at: at(48), status: 'in_transit' as const, description: 'Parcel picked up' },
          { at: at(24), status: 'delivered' as const, description: 'Delivered to the recipient' },
        ],
      },
      {
        id: `${id}-b`,
        status: 'in_transit' as const,
        carrier: { code: 'kerry-logistics', name: 'Kerry Express' },
        trackingNumber: `KEX${id.replace(/\D/g, '')}02`,
        items: [{ lineItemId: `${id}-2`, quantity: 2 }],
        events: [{ at: at(20), status: 'in_transit' as const, description: 'Arrived at sorting hub' }],
      },
    ],
    contact: { email, phone: '+66 81 555 0199' },
    locale: 'th',
  };
}
