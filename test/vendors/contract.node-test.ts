// The adapter contract for any backend (contract-suite.ts), over the
// reference adapter on the demo shop and over ShopifyCustomerAccountAdapter
// against the mocked Customer Account API (real HTTP, Shopify's own schema),
// as far as that adapter implements the methods.
import { after, before } from 'node:test';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { ReturnOptions } from '../../src/core/schemas/index.js';
import { portableContract } from './contract-suite.js';
import {
  customerAccountAdapter,
  type ShopifyServer,
  startShopifyServer,
  UNKNOWN_ORDER,
} from './fixtures/shopify-server.js';

/** One returnable item, once, for the first reason and method the backend offers. */
function firstReturn(options: ReturnOptions, quantity = 1) {
  // A mocked backend's quantities are random: its first item, then.
  const item = options.items.find((candidate) => candidate.returnableQuantity > 0) ?? options.items[0]!;
  return {
    orderId: options.orderId,
    resolution: options.resolutions?.[0]?.type ?? ('refund' as const),
    methodCode: options.methods[0]!.code,
    items: [{ lineItemId: item.lineItemId, quantity, reasonCode: options.reasons[0]!.code }],
  };
}

portableContract('MemoryAdapter (the demo shop)', {
  make: () => new MemoryAdapter(),
  order: { orderId: 'BK-1004', email: 'somchai@example.com' },
  unknownOrder: { orderId: 'BK-9999', email: 'somchai@example.com' },
  refused: { make: () => new MemoryAdapter(), order: { orderId: 'BK-1004' } },
  takes: (options) => firstReturn(options),
  refuses: (options) => ({ ...firstReturn(options), methodCode: 'teleport' }),
  mocked: false,
});

let server: ShopifyServer;
before(async () => (server = await startShopifyServer()));
after(() => server?.close());

portableContract('ShopifyCustomerAccountAdapter (mocked Customer Account API)', {
  make: () => customerAccountAdapter(server),
  order: { orderId: '1001' },
  unknownOrder: { orderId: UNKNOWN_ORDER },
  refused: { make: () => customerAccountAdapter(server, 'expired'), order: { orderId: '1001' } },
  takes: (options) => firstReturn(options),
  // The mocked shop refuses more than five of an item, as Shopify refuses what the policy does not allow.
  refuses: (options) => firstReturn(options, 9),
  // Random ids in every answer, and the mocked customer's orders do not list the return it just created.
  mocked: true,
});
