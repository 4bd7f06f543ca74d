import { JNT, NINJA, SICEPAT } from './demo-carriers.js';
import { demoClock } from './demo-clock.js';
import type { DemoOrder } from './demo-orders.js';
import { EVENT_TEXT, PLACES } from './demo-events.js';
import { t } from './localized.js';

/** The Indonesian shop's orders in rupiah (JK-2001 to JK-2003) and the Singapore shop's cross-border order (SG-3001). */
export function indonesianAndSingaporeOrders(now: Date): DemoOrder[] {
  const { ago, day } = demoClock(now);
  return [
    // Indonesian shop, Rupiah: waiting at a pickup point.
    {
      id: 'JK-2001',
      number: 'JK-2001',
      currency: 'IDR',
      placedAt: ago(4),
      status: 'open',
      paymentMethod: 'wallet',
      email: 'dewi@example.com',
      phone: '+6281234567890',
      customerId: 'cust-platinum',
      customerName: 'Dewi',
      lines: [
        { id: 'li-2001-1', productId: 'p-kebaya', variantId: 'v-kebaya-m', quantity: 1 },
        { id: 'li-2001-2', productId: 'p-gift-box', quantity: 2 },
      ],
      shipments: [
        {
          id: 'sh-2001',
          status: 'available_for_pickup',
          carrier: JNT,
          trackingNumber: 'JP7784120953',
          trackingUrl: 'https://jet.co.id/track?awb=JP7784120953',
          items: [
            { lineItemId: 'li-2001-1', quantity: 1 },
            { lineItemId: 'li-2001-2', quantity: 2 },
          ],
          pickupPoint: {
            name: t('Indomaret Dago Asri', 'อินโดมาเร็ต ดาโก อัสรี', 'Indomaret Dago Asri'),
            address: t(
              'Jl. Ir. H. Juanda No. 120, Bandung 40132',
              'Jl. Ir. H. Juanda No. 120, บันดุง 40132',
              'Jl. Ir. H. Juanda No. 120, Bandung 40132',
            ),
            openingHours: t('Open 24 hours', 'เปิด 24 ชั่วโมง', 'Buka 24 jam'),
          },
          events: [
            { at: ago(3, 7), status: 'info_received', description: EVENT_TEXT.created },
            { at: ago(2, 15), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.jakartaHub },
            { at: ago(1, 3), status: 'in_transit', description: EVENT_TEXT.atBranch, location: PLACES.bandung },
            {
              at: ago(0, 5),
              status: 'available_for_pickup',
              description: EVENT_TEXT.atPickup,
              location: PLACES.bandung,
            },
          ],
        },
      ],
    },
    // Delivered long ago: the return window has closed, a review is still welcome.
    {
      id: 'JK-2002',
      number: 'JK-2002',
      currency: 'IDR',
      placedAt: ago(55),
      status: 'completed',
      paymentMethod: 'bank_transfer',
      email: 'budi@example.com',
      phone: '+6285712345678',
      customerId: 'cust-silver',
      customerName: 'Budi',
      lines: [{ id: 'li-2002-1', productId: 'p-backpack', quantity: 1 }],
      shipments: [
        {
          id: 'sh-2002',
          status: 'delivered',
          carrier: SICEPAT,
          trackingNumber: '004417782210',
          trackingUrl: 'https://www.sicepat.com/checkAwb/004417782210',
          deliveredAt: ago(50, 6),
          items: [{ lineItemId: 'li-2002-1', quantity: 1 }],
          events: [
            { at: ago(54), status: 'info_received', description: EVENT_TEXT.created },
            { at: ago(52, 8), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.jakartaHub },
            {
              at: ago(50, 10),
              status: 'out_for_delivery',
              description: EVENT_TEXT.outForDelivery,
              location: PLACES.surabaya,
            },
            {
              at: ago(50, 6),
              status: 'delivered',
              subStatus: 'Delivered_003',
              description: EVENT_TEXT.delivered,
              location: PLACES.surabaya,
            },
          ],
        },
      ],
    },
    // Delivered cash-on-delivery order in Rupiah: a refund needs an account.
    {
      id: 'JK-2003',
      number: 'JK-2003',
      currency: 'IDR',
      placedAt: ago(8),
      status: 'completed',
      paymentMethod: 'cod',
      email: 'dewi@example.com',
      phone: '+6281234567890',
      customerId: 'cust-platinum',
      customerName: 'Dewi',
      lines: [
        { id: 'li-2003-1', productId: 'p-batik-shirt', variantId: 'v-batik-l', quantity: 1 },
        { id: 'li-2003-2', productId: 'p-cold-brew', quantity: 1 },
      ],
      shipments: [
        {
          id: 'sh-2003',
          status: 'delivered',
          carrier: JNT,
          trackingNumber: 'JP7790031844',
          trackingUrl: 'https://jet.co.id/track?awb=JP7790031844',
          deliveredAt: ago(5, 2),
          items: [
            { lineItemId: 'li-2003-1', quantity: 1 },
            { lineItemId: 'li-2003-2', quantity: 1 },
          ],
          events: [
            { at: ago(7, 6), status: 'info_received', description: EVENT_TEXT.created },
            { at: ago(6, 9), status: 'in_transit', description: EVENT_TEXT.atHub, location: PLACES.jakartaHub },
            {
              at: ago(5, 7),
              status: 'out_for_delivery',
              description: EVENT_TEXT.outForDelivery,
              location: PLACES.bandung,
            },
            {
              at: ago(5, 2),
              status: 'delivered',
              subStatus: 'Delivered_004',
              description: EVENT_TEXT.delivered,
              location: PLACES.bandung,
            },
          ],
        },
      ],
    },
    // Cross-border order held at customs; a second parcel not yet handed over.
    {
      id: 'SG-3001',
      number: 'SG-3001',
      currency: 'SGD',
      placedAt: ago(6),
      status: 'open',
      paymentMethod: 'card',
      email: 'alex@example.com',
      phone: '+6591234567',
      customerId: 'cust-silver',
      customerName: 'Alex',
      lines: [
        { id: 'li-3001-1', productId: 'p-backpack', quantity: 1 },
        { id: 'li-3001-2', productId: 'p-celadon-cup', quantity: 1 },
      ],
      shipments: [
        {
          id: 'sh-3001-a',
          status: 'exception',
          carrier: NINJA,
          trackingNumber: 'NVSG3001CUSTOMS',
          trackingUrl: 'https://www.ninjavan.co/en-sg/tracking?id=NVSG3001CUSTOMS',
          estimatedDelivery: { from: day(2), to: day(6) },
          items: [{ lineItemId: 'li-3001-1', quantity: 1 }],
          events: [
            { at: ago(5, 4), status: 'info_received', description: EVENT_TEXT.created, location: PLACES.bangkokShop },
            { at: ago(4, 2), status: 'in_transit', description: EVENT_TEXT.exportScan, location: PLACES.bangkokHub },
            {
              at: ago(2, 11),
              status: 'exception',
              subStatus: 'Exception_004',
              description: EVENT_TEXT.customs,
              location: PLACES.singapore,
            },
          ],
        },
        {
          id: 'sh-3001-b',
          status: 'pending',
          carrier: NINJA,
          items: [{ lineItemId: 'li-3001-2', quantity: 1 }],
          events: [],
        },
      ],
    },
  ];
}
