import { FLASH, KERRY, THPOST } from './demo-carriers.js';
import { demoClock } from './demo-clock.js';
import type { DemoOrder } from './demo-orders.js';
import { EVENT_TEXT, PLACES } from './demo-events.js';

/** The Thai shop's orders, in baht: BK-1001 to BK-1005. */
export function thaiShopOrders(now: Date): DemoOrder[] {
  const { ago, day } = demoClock(now);
  return [
    // Split shipment, cash on delivery, still travelling: the richest tracking page.
    {
      id: 'BK-1001',
      number: 'BK-1001',
      currency: 'THB',
      placedAt: ago(3, 5),
      status: 'open',
      paymentMethod: 'cod',
      email: 'somchai@example.com',
      phone: '+66812345678',
      customerId: 'cust-gold',
      customerName: 'Somchai',
      lines: [
        { id: 'li-1001-1', productId: 'p-batik-shirt', variantId: 'v-batik-m', quantity: 1 },
        { id: 'li-1001-2', productId: 'p-tote', quantity: 1 },
      ],
      shipments: [
        {
          id: 'sh-1001-a',
          status: 'in_transit',
          carrier: KERRY,
          trackingNumber: 'KEX1001884213',
          trackingUrl: 'https://th.kerryexpress.com/en/track/?track=KEX1001884213',
          estimatedDelivery: { from: day(1), to: day(3) },
          items: [{ lineItemId: 'li-1001-1', quantity: 1 }],
          events: [
            { at: ago(2, 20), status: 'info_received', description: EVENT_TEXT.created, location: PLACES.bangkokShop },
            { at: ago(2, 6), status: 'in_transit', description: EVENT_TEXT.pickedUp, location: PLACES.bangkokShop },
            { at: ago(1, 14), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.bangkokHub },
            { at: ago(0, 2), status: 'in_transit', description: EVENT_TEXT.leftHub, location: PLACES.bangkokHub },
          ],
        },
        {
          id: 'sh-1001-b',
          status: 'info_received',
          carrier: FLASH,
          trackingNumber: 'TH0142K9QX1B',
          trackingUrl: 'https://www.flashexpress.co.th/fle/tracking?se=TH0142K9QX1B',
          estimatedDelivery: { from: day(3), to: day(5) },
          items: [{ lineItemId: 'li-1001-2', quantity: 1 }],
          events: [
            { at: ago(0, 9), status: 'info_received', description: EVENT_TEXT.created, location: PLACES.bangkokShop },
          ],
        },
      ],
    },
    {
      id: 'BK-1002',
      number: 'BK-1002',
      currency: 'THB',
      placedAt: ago(2, 3),
      status: 'open',
      paymentMethod: 'card',
      email: 'nok@example.com',
      phone: '+66898765432',
      customerId: 'cust-silver',
      customerName: 'Nok',
      lines: [{ id: 'li-1002-1', productId: 'p-cold-brew', quantity: 2 }],
      shipments: [
        {
          id: 'sh-1002',
          status: 'out_for_delivery',
          carrier: THPOST,
          trackingNumber: 'EF582716934TH',
          trackingUrl: 'https://track.thailandpost.co.th/?trackNumber=EF582716934TH',
          estimatedDelivery: { from: day(0) },
          items: [{ lineItemId: 'li-1002-1', quantity: 2 }],
          events: [
            { at: ago(1, 22), status: 'info_received', description: EVENT_TEXT.created },
            { at: ago(1, 12), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.bangkokHub },
            { at: ago(0, 9), status: 'in_transit', description: EVENT_TEXT.atBranch, location: PLACES.nonthaburi },
            {
              at: ago(0, 1),
              status: 'out_for_delivery',
              description: EVENT_TEXT.outForDelivery,
              location: PLACES.nonthaburi,
            },
          ],
        },
      ],
    },
    // A failed attempt on a cash-on-delivery order.
    {
      id: 'BK-1003',
      number: 'BK-1003',
      currency: 'THB',
      placedAt: ago(5),
      status: 'open',
      paymentMethod: 'cod',
      email: 'malee@example.com',
      phone: '+66823456789',
      customerName: 'Malee',
      lines: [{ id: 'li-1003-1', productId: 'p-celadon-cup', quantity: 2 }],
      shipments: [
        {
          id: 'sh-1003',
          status: 'attempt_fail',
          carrier: FLASH,
          trackingNumber: 'TH0177R2MM4C',
          trackingUrl: 'https://www.flashexpress.co.th/fle/tracking?se=TH0177R2MM4C',
          estimatedDelivery: { from: day(1) },
          items: [{ lineItemId: 'li-1003-1', quantity: 2 }],
          events: [
            { at: ago(4, 3), status: 'info_received', description: EVENT_TEXT.created },
            { at: ago(3, 8), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.bangkokHub },
            { at: ago(1, 10), status: 'in_transit', description: EVENT_TEXT.atBranch, location: PLACES.chiangMai },
            {
              at: ago(0, 26),
              status: 'out_for_delivery',
              description: EVENT_TEXT.outForDelivery,
              location: PLACES.chiangMai,
            },
            {
              at: ago(0, 20),
              status: 'attempt_fail',
              subStatus: 'AttemptFail_002',
              description: EVENT_TEXT.notHome,
              location: PLACES.chiangMai,
            },
          ],
        },
      ],
    },
    // Delivered recently, inside the return window, with a final-sale item and exchange sizes.
    {
      id: 'BK-1004',
      number: 'BK-1004',
      currency: 'THB',
      placedAt: ago(9),
      status: 'completed',
      paymentMethod: 'card',
      email: 'somchai@example.com',
      phone: '+66812345678',
      customerId: 'cust-gold',
      customerName: 'Somchai',
      lines: [
        { id: 'li-1004-1', productId: 'p-linen-shirt', variantId: 'v-linen-m', quantity: 2 },
        { id: 'li-1004-2', productId: 'p-sneakers', variantId: 'v-sneaker-41', quantity: 1 },
        { id: 'li-1004-3', productId: 'p-sarong', quantity: 1 },
      ],
      shipments: [
        {
          id: 'sh-1004',
          status: 'delivered',
          carrier: KERRY,
          trackingNumber: 'KEX1004552019',
          trackingUrl: 'https://th.kerryexpress.com/en/track/?track=KEX1004552019',
          deliveredAt: ago(3, 4),
          items: [
            { lineItemId: 'li-1004-1', quantity: 2 },
            { lineItemId: 'li-1004-2', quantity: 1 },
            { lineItemId: 'li-1004-3', quantity: 1 },
          ],
          events: [
            { at: ago(8, 2), status: 'info_received', description: EVENT_TEXT.created },
            { at: ago(7, 5), status: 'in_transit', description: EVENT_TEXT.pickedUp, location: PLACES.bangkokShop },
            { at: ago(6, 1), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.bangkokHub },
            { at: ago(4, 9), status: 'in_transit', description: EVENT_TEXT.atBranch, location: PLACES.phuket },
            {
              at: ago(3, 8),
              status: 'out_for_delivery',
              description: EVENT_TEXT.outForDelivery,
              location: PLACES.phuket,
            },
            {
              at: ago(3, 4),
              status: 'delivered',
              subStatus: 'Delivered_001',
              description: EVENT_TEXT.delivered,
              location: PLACES.phuket,
            },
          ],
        },
      ],
    },
    // An expired tracking number: the carrier stopped reporting.
    {
      id: 'BK-1005',
      number: 'BK-1005',
      currency: 'THB',
      placedAt: ago(41),
      status: 'open',
      paymentMethod: 'bank_transfer',
      email: 'arthit@example.com',
      phone: '+66834567890',
      customerName: 'Arthit',
      lines: [{ id: 'li-1005-1', productId: 'p-gift-box', quantity: 3 }],
      shipments: [
        {
          id: 'sh-1005',
          status: 'expired',
          carrier: THPOST,
          trackingNumber: 'RB118204563TH',
          trackingUrl: 'https://track.thailandpost.co.th/?trackNumber=RB118204563TH',
          items: [{ lineItemId: 'li-1005-1', quantity: 3 }],
          events: [
            { at: ago(40, 4), status: 'info_received', description: EVENT_TEXT.created },
            { at: ago(39, 2), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.bangkokHub },
            { at: ago(9), status: 'expired', description: EVENT_TEXT.noUpdates },
          ],
        },
      ],
    },
  ];
}
