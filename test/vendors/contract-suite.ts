// The adapter contract (DESIGN §3, §5.2) in the form any backend can be held
// to, whatever its data: the expectations of test/contract/adapter-contract.test.ts
// that do not depend on the demo shop's orders, for Node. Each adapter brings
// the store it runs against (an order it may read, one it may not, a return
// its rules take and one they refuse); the suite runs every method the adapter
// has, through the validating layer a widget reads through, and leaves out
// those it lacks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { type AdapterError, isAdapterError } from '../../src/core/errors.js';
import type { OrderRef, ReturnOptions, ReturnRequest } from '../../src/core/schemas/index.js';
import { validatingAdapter } from '../../src/core/validating-adapter.js';
import * as CONTRACT from '../../src/generated/contract-schemas.js';

export interface ContractStore {
  /** A fresh adapter, as one page would have. */
  make(): AftercareAdapter;
  /** An order this shopper may read, with whatever proves it. */
  order: OrderRef;
  /** An order this backend does not have. */
  unknownOrder: OrderRef;
  /** The same order without the proof the backend wants, and the adapter to ask with. */
  refused: { make(): AftercareAdapter; order: OrderRef };
  /** A return the backend's rules take, and one they refuse, for the order's return options. */
  takes(options: ReturnOptions): ReturnRequest;
  refuses(options: ReturnOptions): ReturnRequest;
  /**
   * A mocked backend: each answer valid by the schema, but unrelated to the
   * others (random ids; a created return is not kept), so the checks that tie
   * answers together are left out.
   */
  mocked: boolean;
}

const OPTIONAL = [
  'getReviewRequest',
  'submitReview',
  'submitNps',
  'getLoyalty',
  'subscribeToUpdates',
  'getRecommendations',
] as const;
const CODES = [
  'not_found',
  'unauthorized',
  'invalid_request',
  'conflict',
  'rate_limited',
  'unavailable',
  'network',
  'timeout',
  'invalid_response',
];

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isAdapterError(error), `an AdapterError, not ${String(error)}`);
    assert.ok(CODES.includes(error.code), error.code);
    return error;
  }
  throw new Error('expected a rejection');
}

export function portableContract(name: string, store: ContractStore): void {
  const adapter = () => validatingAdapter(store.make(), CONTRACT);

  describe(`adapter contract, for any backend: ${name}`, () => {
    it('reads the order as the contract shapes it, and answers not_found for an order it does not have', async () => {
      const order = await adapter().getOrder(store.order);
      assert.ok(order.id && order.number && order.items.length > 0);
      assert.equal((await rejection(adapter().getOrder(store.unknownOrder))).code, 'not_found');
    });

    it('answers unauthorized without the proof it wants, for reads and writes', async () => {
      const options = await adapter().getReturnOptions(store.order);
      const refused = validatingAdapter(store.refused.make(), CONTRACT);
      const request = { ...store.takes(options), orderId: store.refused.order.orderId };
      const codes = await Promise.all(
        [
          () => refused.getOrder(store.refused.order),
          () => refused.getReturnOptions(store.refused.order),
          () => refused.createReturn(request, { idempotencyKey: `refused-${name}` }),
        ].map(async (call) => (await rejection(call())).code),
      );
      assert.deepEqual(codes, ['unauthorized', 'unauthorized', 'unauthorized']);
    });

    it('offers return options for the order’s own items', async () => {
      const order = await adapter().getOrder(store.order);
      const options = await adapter().getReturnOptions(store.order);
      const lines = new Set(order.items.map((item) => item.id));
      if (!store.mocked)
        assert.ok(
          options.items.every((item) => lines.has(item.lineItemId)),
          'the order’s items',
        );
      assert.ok(options.reasons.length > 0, 'a reason to give');
    });

    it('creates a return once per key, refuses the key for another body, and refuses what its rules do not take', async () => {
      const current = adapter();
      const options = await current.getReturnOptions(store.order);
      const request = store.takes(options);
      const key = `contract-${name}-${Date.now()}`;
      const [first, together] = await Promise.all([
        current.createReturn(request, { idempotencyKey: key }),
        current.createReturn(request, { idempotencyKey: key }),
      ]);
      assert.deepEqual(together, first);
      assert.deepEqual(await current.createReturn(request, { idempotencyKey: key }), first);
      const other = { ...request, items: request.items.map((item) => ({ ...item, comment: 'Another body' })) };
      assert.equal((await rejection(current.createReturn(other, { idempotencyKey: key }))).code, 'conflict');
      if (!store.mocked) assert.deepEqual(await current.getReturn(first.id), first);
      const refused = await rejection(current.createReturn(store.refuses(options), { idempotencyKey: `${key}-no` }));
      assert.equal(refused.code, 'invalid_request');
    });

    it('tells nothing of a return it does not know', async () => {
      const current = adapter();
      await current.getOrder(store.order);
      assert.ok(['not_found', 'unauthorized'].includes((await rejection(current.getReturn('RMA-0000-000'))).code));
    });

    it('keeps the optional methods it lacks absent, so widgets without them render nothing', () => {
      const raw = store.make();
      const validated = adapter();
      for (const method of OPTIONAL) {
        assert.equal(typeof validated[method], typeof raw[method], method);
        assert.ok(['function', 'undefined'].includes(typeof raw[method]), method);
      }
    });
  });
}
