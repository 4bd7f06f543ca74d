// aftercare/adapters/woocommerce against WooCommerce's documented order shape
// (typed with woocommerce-rest-ts-api) and the tracking extensions' items.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeEntities, fromWooCommerceOrder, wooDecimal } from '../../src/adapters/woocommerce/index.js';
import { orderSchema, type Order } from '../../src/core/schemas/index.js';
import {
  documentedOrder,
  indonesianOrder,
  indonesianTrackings,
  thaiOrder,
  thaiTrackings,
} from './fixtures/woocommerce.js';

function valid(order: Order): Order {
  const parsed = orderSchema.safeParse(order);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  return parsed.data;
}

describe('fromWooCommerceOrder', () => {
  it('maps the documented order: GMT time as UTC, entities as text, float prices exact', () => {
    const order = valid(fromWooCommerceOrder(documentedOrder));
    assert.equal(order.id, '727');
    assert.equal(order.placedAt, '2017-03-22T19:28:02+00:00', 'date_created_gmt is UTC, not the site’s time');
    assert.equal(order.status, 'open');
    assert.deepEqual(order.total, { amount: '29.35', currency: 'USD' });
    assert.equal(order.paymentMethod, 'bank_transfer');
    assert.deepEqual(order.customer, { name: 'John Doe' });
    assert.deepEqual(
      order.items.map((i) => [i.id, i.title, i.quantity, i.unitPrice.amount, i.variantId]),
      [
        ['315', 'Woo Single #1', 2, '3.00', undefined],
        ['316', 'Ship Your Idea – Color: Black, Size: M Test', 1, '12.00', '23'],
      ],
    );
    assert.deepEqual(order.shipments, []);
  });

  it('maps a Thai COD order with Shipment Tracking, never reading names as HTML', () => {
    const order = valid(fromWooCommerceOrder(thaiOrder, thaiTrackings));
    assert.equal(order.placedAt, '2026-05-01T14:15:00+00:00');
    assert.equal(order.paymentMethod, 'cod');
    assert.deepEqual(order.amountDue, { amount: '1379.70', currency: 'THB' });
    assert.deepEqual(order.customer, { id: '42', name: 'Malee & Co' });
    const [shirt, wrap] = order.items;
    assert.deepEqual(
      [shirt!.title, shirt!.variantTitle, shirt!.unitPrice.amount],
      ['Batik shirt', 'Indigo, M', '459.90'],
    );
    assert.equal(shirt!.imageUrl, 'https://shop.example.co.th/wp-content/uploads/batik.jpg');
    assert.equal(
      wrap!.title,
      '<img src=x onerror=alert(1)> <b>Gift</b> wrap',
      'text as it reads; the widgets never parse it',
    );
    assert.equal(wrap!.unitPrice.amount, '0.10', '0.1 + 0.2 - 0.2 in floats is still ten satang');
    assert.equal(wrap!.imageUrl, undefined, 'no javascript: image');
    assert.deepEqual(order.shipments, [
      {
        id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        status: 'info_received',
        carrier: { code: 'kerry-express', name: 'Kerry Express' },
        trackingNumber: 'KEX123456789',
        trackingUrl: 'https://th.kerryexpress.com/en/track/?track=KEX123456789',
        items: [
          { lineItemId: '88', quantity: 3 },
          { lineItemId: '89', quantity: 1 },
        ],
        events: [],
      },
    ]);
  });

  it('maps an Indonesian order in whole rupiah with Advanced Shipment Tracking per item', () => {
    const order = valid(fromWooCommerceOrder(indonesianOrder, indonesianTrackings));
    assert.equal(order.status, 'completed');
    assert.equal(order.number, 'INV-9001');
    assert.deepEqual(order.total, { amount: '349000', currency: 'IDR' });
    assert.deepEqual(
      order.items.map((i) => i.unitPrice.amount),
      ['249000', '50000'],
    );
    assert.equal(order.items[1]!.title, 'Sarung "Tenun"');
    assert.equal(order.paymentMethod, 'wallet');
    assert.deepEqual(
      order.shipments.map((s) => [s.carrier.name, s.trackingNumber, s.trackingUrl, s.items]),
      [
        [
          'JNE',
          'CGK1234567890',
          'https://www.jne.co.id/tracking-package?awb=CGK1234567890',
          [{ lineItemId: '1', quantity: 1 }],
        ],
        ['SiCepat', '000123456789', 'http://sicepat.com/checkAwb?awb=000123456789', [{ lineItemId: '2', quantity: 2 }]],
      ],
    );
  });

  it('reads the tracking items from the order’s meta when the REST API exposes them', () => {
    const order = fromWooCommerceOrder({
      ...indonesianOrder,
      meta_data: [{ key: '_wc_shipment_tracking_items', value: indonesianTrackings }],
    });
    assert.equal(order.shipments.length, 2);
  });

  it('maps every status and any order built from the documented one', () => {
    const statuses = [
      'pending',
      'processing',
      'on-hold',
      'completed',
      'cancelled',
      'refunded',
      'failed',
      'checkout-draft',
      'trash',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.constantFrom('USD', 'THB', 'IDR', 'SGD'),
        fc.array(
          fc.record({
            name: fc.string(),
            price: fc.double({ min: 0, max: 1e9, noNaN: true }),
            quantity: fc.integer({ min: 1, max: 9 }),
          }),
        ),
        (status, currency, lines) => {
          const order = valid(
            fromWooCommerceOrder({
              ...documentedOrder,
              status,
              currency,
              line_items: lines.map((l, i) => ({
                ...l,
                id: i + 1,
                product_id: 100 + i,
                subtotal: '0',
                subtotal_tax: '0',
                total: '0',
                total_tax: '0',
              })),
            }),
          );
          for (const item of order.items)
            assert.match(item.unitPrice.amount, currency === 'IDR' ? /^\d+$/ : /^\d+\.\d\d$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('decodeEntities and wooDecimal', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    assert.equal(decodeEntities('Tom &amp; Jerry&#8217;s &#x1F600; &bogus; &#0;'), 'Tom & Jerry’s 😀 &bogus; &#0;');
  });
  it('rounds half up to the currency’s minor unit', () => {
    assert.equal(wooDecimal(1.005, 'THB'), '1.01');
    assert.equal(wooDecimal('-2.345', 'USD'), '-2.35');
    assert.equal(wooDecimal(1e-7, 'USD'), '0.00');
    assert.equal(wooDecimal('150000.50', 'IDR'), '150001');
  });
});
