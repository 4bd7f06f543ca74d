import type { TrackingStatus } from '../../core/schemas/index.js';
import { EVENT_TEXT, PLACES } from './demo-events.js';
import { type Localized, t } from './localized.js';

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

/** Demo dates move with the clock, so "2 hours ago" and "arrives Thursday" stay true. */
export function demoClock(now: Date) {
  const DAY = 86_400_000;
  return {
    /** An instant `days` (and `hours`) before now. */
    ago: (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000).toISOString(),
    /** A calendar day relative to today, as a date-only string. */
    day: (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10),
  };
}

const KERRY = { code: 'kerry-logistics', name: 'Kerry Express' };
const FLASH = { code: 'flash-express', name: 'Flash Express' };
const THPOST = { code: 'thailand-post', name: 'Thailand Post' };
const JNT = { code: 'jtexpress', name: 'J&T Express' };
const SICEPAT = { code: 'sicepat', name: 'SiCepat Ekspres' };
const NINJA = { code: 'ninjavan', name: 'Ninja Van' };

export function demoOrders(now: Date): DemoOrder[] {
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
