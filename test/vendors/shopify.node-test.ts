// aftercare/adapters/shopify against Shopify's own schemas, as
// @shopify/hydrogen-react ships them: every document validates against the
// Customer Account or Storefront schema, then runs against that schema with
// mocked resolvers behind a local HTTP server that the adapter reaches with
// real fetch.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, validate } from 'graphql';
import { composeAdapters } from '../../src/adapters/compose.js';
import { SHOPIFY_DOCUMENTS, shopifyRecommendations } from '../../src/adapters/shopify/index.js';
import {
  orderSchema,
  recommendationSchema,
  returnOptionsSchema,
  returnReceiptSchema,
} from '../../src/core/schemas/index.js';
import {
  customerAccount,
  customerAccountAdapter,
  type ShopifyServer,
  STOREFRONT_TOKEN,
  startShopifyServer,
  storefront,
  TOKEN,
} from './fixtures/shopify-server.js';

const { RECOMMENDATIONS_QUERY, ...CUSTOMER_ACCOUNT_DOCUMENTS } = SHOPIFY_DOCUMENTS;

describe('Shopify documents', () => {
  for (const [name, document] of Object.entries(CUSTOMER_ACCOUNT_DOCUMENTS)) {
    it(`${name} is valid against the Customer Account API schema`, () => {
      assert.deepEqual(
        validate(customerAccount, parse(document)).map((e) => e.message),
        [],
      );
    });
  }
  it('RECOMMENDATIONS_QUERY is valid against the Storefront API schema', () => {
    assert.deepEqual(
      validate(storefront, parse(RECOMMENDATIONS_QUERY)).map((e) => e.message),
      [],
    );
  });
  it('a document with a field Shopify does not have fails validation', () => {
    assert.ok(validate(customerAccount, parse('query { order(id: "1") { trackingColour } }')).length > 0);
  });
});

let server: ShopifyServer;
let base: string;
let seen: ShopifyServer['seen'];
before(async () => {
  server = await startShopifyServer();
  ({ base, seen } = server);
});
after(() => server?.close());

const account = (token = TOKEN) => customerAccountAdapter(server, token);

function valid<T>(schemaOf: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: T): T {
  const parsed = schemaOf.safeParse(value);
  assert.ok(parsed.success, JSON.stringify((parsed.error as { issues?: unknown })?.issues));
  return value;
}

describe('ShopifyCustomerAccountAdapter over HTTP, against the mocked Customer Account schema', () => {
  it('reads an order with its fulfilments as a valid Aftercare order', async () => {
    const order = valid(orderSchema, await account().getOrder({ orderId: '1001' }));
    assert.equal(order.status, 'open');
    assert.deepEqual(order.total, { amount: '459.90', currency: 'THB' });
    assert.ok(order.items.length > 0 && order.shipments.length > 0);
    assert.ok(
      order.shipments.every((s) => s.events.every((e) => e.description === '')),
      'Shopify sends no event texts',
    );
    assert.deepEqual(seen.at(-1), { path: '/customer', operation: 'AftercareOrder' });
  });

  it('reads the return options, requests a return once per key, and reads it back', async () => {
    const adapter = account();
    const options = valid(returnOptionsSchema, await adapter.getReturnOptions({ orderId: '1001' }));
    assert.ok(options.methods.length > 0 && options.reasons.length > 0);
    const request = {
      orderId: '1001',
      resolution: 'refund' as const,
      methodCode: options.methods[0]!.code,
      items: [{ lineItemId: options.items[0]!.lineItemId, quantity: 1, reasonCode: options.reasons[0]!.code }],
    };
    const before = seen.length;
    const [first, again] = await Promise.all([
      adapter.createReturn(request, { idempotencyKey: 'k-1' }),
      adapter.createReturn(request, { idempotencyKey: 'k-1' }),
    ]);
    assert.equal(first, again);
    assert.equal(seen.length - before, 1, 'one mutation for one key');
    valid(returnReceiptSchema, first);
    const refused = await adapter
      .createReturn({ ...request, items: [{ ...request.items[0]!, quantity: 9 }] })
      .catch((e: { code: string; message: string }) => e);
    assert.deepEqual(
      [(refused as { code: string }).code, (refused as { message: string }).message],
      ['invalid_request', 'Too many'],
    );
    // The mocked customer's orders do not list this return: unknown to this shopper.
    const unknown = await adapter.getReturn(first.id).catch((e: { code: string }) => e);
    assert.equal((unknown as { code: string }).code, 'not_found');
  });

  it('answers unauthorized for a token Shopify refuses', async () => {
    const error = await account('expired')
      .getOrder({ orderId: '1001' })
      .catch((e: { code: string }) => e);
    assert.equal((error as { code: string }).code, 'unauthorized');
  });
});

describe('shopifyRecommendations over HTTP, against the mocked Storefront schema', () => {
  it('recommends products for the order’s first product, in the shop’s currency', async () => {
    const part = shopifyRecommendations({
      storeDomain: 'batik-house.myshopify.com',
      publicAccessToken: STOREFRONT_TOKEN,
      endpoint: `${base}/storefront`,
      productsOf: (ref) => account().productIds(ref.orderId),
    });
    const adapter = composeAdapters(account(), part);
    const products = await adapter.getRecommendations!({ orderId: '1001', placement: 'tracking' });
    assert.ok(products.length > 0);
    for (const p of products) valid(recommendationSchema, p);
    assert.ok(products.every((p) => p.price?.currency === 'THB'));
    assert.deepEqual(seen.at(-1), { path: '/storefront', operation: 'AftercareRecommendations' });
  });
});
