// Shopify's webhook payloads (the Admin REST order and fulfillment) as
// Aftercare orders, checked against the contract's order schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fromShopifyFulfillment,
  fromShopifyWebhookOrder,
  shopifyOrderPrivate,
} from '../../src/adapters/shopify/webhook-order.js';
import { orderSchema, type Order } from '../../src/core/schemas/index.js';
import { deliveredFulfillment, documentedWebhookOrder, thaiWebhookOrder } from './fixtures/shopify-webhook.js';

function valid(order: Order): Order {
  const parsed = orderSchema.safeParse(order);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  return parsed.data;
}

describe('fromShopifyWebhookOrder', () => {
  it('maps the documented test order: every digit of its ids, cancelled, the status page kept', () => {
    const order = valid(fromShopifyWebhookOrder(documentedWebhookOrder));
    assert.equal(order.id, '820982911946154508', 'from admin_graphql_api_id, not the rounded float');
    assert.equal(order.number, '#9999');
    assert.equal(order.status, 'cancelled');
    assert.equal(order.placedAt, '2021-12-31T19:00:00-05:00');
    assert.deepEqual(order.total, { amount: '398.00', currency: 'USD' }, 'the current total, after edits');
    assert.equal(order.paymentMethod, 'card', 'visa');
    assert.deepEqual(order.customer, { id: '115310627314723950', name: 'John Smith' });
    assert.deepEqual(
      order.items.map((i) => [i.id, i.productId, i.variantId, i.title, i.variantTitle, i.quantity, i.unitPrice.amount]),
      [
        ['866550311766439020', '632910392', '808950810', 'IPod Nano - 8GB', undefined, 1, '199.00'],
        ['141249953214522974', '632910392', '808950810', 'IPod Nano - 8GB', undefined, 1, '199.00'],
      ],
    );
    assert.deepEqual(order.shipments, []);
    assert.match(order.statusPageUrl ?? '', /^https:\/\/jsmith\.myshopify\.com\//);
  });

  it('maps a Thai COD order: amount due, removed lines left out, a cancelled fulfillment dropped', () => {
    const order = valid(fromShopifyWebhookOrder(thaiWebhookOrder));
    assert.equal(order.status, 'open');
    assert.equal(order.paymentMethod, 'cod');
    assert.deepEqual(order.amountDue, { amount: '1379.70', currency: 'THB' });
    assert.deepEqual(order.customer, { id: '7012345678901', name: 'มาลี ใจดี' });
    assert.deepEqual(
      order.items.map((i) => [i.id, i.title, i.variantTitle, i.quantity]),
      [['14001', 'เสื้อบาติก', 'Indigo / M', 2]],
      'the gift wrap was removed (current_quantity 0)',
    );
    assert.deepEqual(order.shipments, [
      {
        id: '4451001',
        status: 'in_transit',
        carrier: { code: 'flash-express', name: 'Flash Express' },
        trackingNumber: 'TH0123456789A',
        trackingUrl: 'https://www.flashexpress.co.th/tracking/?se=TH0123456789A',
        items: [{ lineItemId: '14001', quantity: 2 }],
        events: [{ at: '2026-05-02T18:30:00+07:00', status: 'in_transit', description: '' }],
      },
    ]);
  });

  it('keeps the checkout contact, the customer and the language apart from the order', () => {
    assert.deepEqual(shopifyOrderPrivate(thaiWebhookOrder), {
      contact: { email: 'Malee@Example.com', phone: '+66812345678' },
      customerId: '7012345678901',
      locale: 'th',
    });
    assert.deepEqual(shopifyOrderPrivate({}), { contact: {} });
  });

  it('reads a payload without the optional parts (no customer, gateway, line items) as a still valid order', () => {
    const order = valid(fromShopifyWebhookOrder({ id: 1, name: '#1', created_at: '2026-01-01T00:00:00Z' }));
    assert.deepEqual(
      [order.items, order.shipments, order.customer, order.paymentMethod],
      [[], [], undefined, undefined],
    );
    assert.equal(orderSchema.safeParse(fromShopifyWebhookOrder({ name: '#2' })).success, false, 'no id, no time');
  });
});

describe('fromShopifyFulfillment', () => {
  it('follows shipment_status: delivered with its time', () => {
    const shipment = fromShopifyFulfillment(deliveredFulfillment)!;
    assert.equal(shipment.status, 'delivered');
    assert.equal(shipment.deliveredAt, '2026-05-03T11:05:00+07:00');
    assert.deepEqual(shipment.events, [{ at: '2026-05-03T11:05:00+07:00', status: 'delivered', description: '' }]);
  });

  it('reads the carrier’s words (attempted delivery, ready for pickup, delayed) and several parcels', () => {
    const status = (shipment_status: string) =>
      fromShopifyFulfillment({ id: 1, shipment_status, tracking_number: 'X1' })!.status;
    assert.deepEqual(
      ['label_printed', 'attempted_delivery', 'ready_for_pickup', 'delayed', 'out_for_delivery'].map(status),
      ['info_received', 'attempt_fail', 'available_for_pickup', 'exception', 'out_for_delivery'],
    );
    const pieces = fromShopifyFulfillment({
      id: 2,
      tracking_numbers: ['A1', 'A2'],
      tracking_urls: ['https://t.example/A1', 'javascript:alert(1)'],
    })!;
    assert.equal(pieces.status, 'info_received', 'a tracking number without a status: the label is made');
    assert.deepEqual(pieces.trackingNumbers, [{ number: 'A1', url: 'https://t.example/A1' }, { number: 'A2' }]);
    assert.equal(fromShopifyFulfillment({ id: 3 })!.status, 'pending');
    assert.equal(fromShopifyFulfillment({ id: 4, status: 'cancelled' }), undefined);
  });
});
