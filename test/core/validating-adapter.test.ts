import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { AdapterError } from '../../src/core/errors.js';
import { validatingAdapter } from '../../src/core/validating-adapter.js';
import * as FULL_CONTRACT from '../../src/generated/contract-schemas.js';
import { proven } from '../support/demo-contacts.js';

const validated = (adapter: AftercareAdapter) => validatingAdapter(adapter, FULL_CONTRACT);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** An adapter written by hand against DESIGN.md, with no help from the library. */
function handWritten(overrides: Partial<Record<keyof AftercareAdapter, unknown>>): AftercareAdapter {
  const notUsed = () => Promise.reject(new Error('not used'));
  return {
    getOrder: notUsed,
    getReturnOptions: notUsed,
    createReturn: notUsed,
    getReturn: notUsed,
    getReviewRequest: notUsed,
    submitReview: notUsed,
    submitNps: notUsed,
    getLoyalty: notUsed,
    ...overrides,
  } as AftercareAdapter;
}

describe('validatingAdapter', () => {
  it('passes valid results through', async () => {
    const order = await validated(new MemoryAdapter()).getOrder(proven('BK-1002'));
    expect(order.number).to.equal('BK-1002');
  });

  it('turns a malformed payload into invalid_response with the failing paths', async () => {
    const adapter = validated(new MemoryAdapter({ fail: { getOrder: 'malformed' } }));
    const error = (await rejection(adapter.getOrder(proven('BK-1002')))) as AdapterError;
    expect(error).to.be.instanceOf(AdapterError);
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('getOrder').and.contain('id');
  });

  it('keeps the code of an AdapterError', async () => {
    const adapter = validated(new MemoryAdapter({ fail: 'rate_limited' }));
    expect(((await rejection(adapter.getLoyalty!({ customerId: 'cust-gold' }))) as AdapterError).code).to.equal(
      'rate_limited',
    );
  });

  it('counts anything else thrown as unavailable, synchronous throws included', async () => {
    const adapter = validated(
      handWritten({
        getOrder: () => Promise.reject(new TypeError('fetch exploded')),
        getReturn: () => {
          throw new Error('sync boom');
        },
        getLoyalty: () => Promise.reject('a string'),
      }),
    );
    for (const call of [
      () => adapter.getOrder({ orderId: 'x' }),
      () => adapter.getReturn('r'),
      () => adapter.getLoyalty!({}),
    ]) {
      const error = (await rejection(call())) as AdapterError;
      expect(error).to.be.instanceOf(AdapterError);
      expect(error.code).to.equal('unavailable');
    }
  });

  it('keeps the code of an AdapterError from another copy of the library', async () => {
    const foreign = Object.assign(new Error('gone'), { name: 'AdapterError', code: 'not_found' });
    const adapter = validated(handWritten({ getOrder: () => Promise.reject(foreign) }));
    expect(((await rejection(adapter.getOrder({ orderId: 'x' }))) as AdapterError).code).to.equal('not_found');
  });

  it('checks a write before it leaves, as invalid_request', async () => {
    const inner = new MemoryAdapter();
    const adapter = validated(inner);
    const bad = { orderId: 'BK-1004', resolution: 'refund', methodCode: 'x', items: [] } as never;
    const error = (await rejection(adapter.createReturn(bad))) as AdapterError;
    expect(error.code).to.equal('invalid_request');
    expect(inner.calls.filter((c) => c.method === 'createReturn')).to.have.length(0);
  });

  it('rejects on abort even when the adapter ignores the signal', async () => {
    const adapter = validated(handWritten({ getOrder: () => new Promise(() => {}) }));
    const controller = new AbortController();
    const pending = rejection(adapter.getOrder({ orderId: 'x' }, { signal: controller.signal }));
    controller.abort();
    const error = (await pending) as DOMException;
    expect(error.name).to.equal('AbortError');
  });

  it('keeps optional methods absent when the adapter lacks them, and reports missing required ones', async () => {
    const adapter = validated(new MemoryAdapter({ without: ['getRecommendations'] }));
    expect(adapter.getRecommendations).to.equal(undefined);
    expect(adapter.subscribeToUpdates).to.be.a('function');
    const partial = validated({} as AftercareAdapter);
    expect(((await rejection(partial.getOrder({ orderId: 'x' }))) as AdapterError).code).to.equal('unavailable');
  });

  it('wraps each adapter once', () => {
    const inner = new MemoryAdapter();
    expect(validated(inner)).to.equal(validated(inner));
  });
});

describe('shared reads', () => {
  it('lets identical concurrent reads share one request, each with its own copy', async () => {
    const inner = new MemoryAdapter({ latency: 50 });
    const one = validatingAdapter(inner, { getOrder: FULL_CONTRACT.getOrder });
    const other = validatingAdapter(inner, FULL_CONTRACT);
    const [a, b] = await Promise.all([one.getOrder(proven('BK-1002')), other.getOrder(proven('BK-1002'))]);
    expect(inner.calls.filter((c) => c.method === 'getOrder')).to.have.length(1);
    expect(a).to.deep.equal(b);
    expect(a).to.not.equal(b);
    await one.getOrder(proven('BK-1002')); // Still fresh: reused.
    expect(inner.calls.filter((c) => c.method === 'getOrder')).to.have.length(1);
    await one.getOrder({ orderId: 'BK-1002' }, { fresh: true } as never);
    await one.getOrder(proven('BK-1001'));
    expect(inner.calls.filter((c) => c.method === 'getOrder')).to.have.length(3);
  });

  it('keeps the request alive for the callers still waiting, and aborts it when none are', async () => {
    const inner = new MemoryAdapter({ latency: 100 });
    const adapter = validated(inner);
    const leaving = new AbortController();
    const first = rejection(adapter.getLoyalty!({ customerId: 'cust-gold' }, { signal: leaving.signal }));
    const second = adapter.getLoyalty!({ customerId: 'cust-gold' });
    leaving.abort();
    expect(((await first) as DOMException).name).to.equal('AbortError');
    expect((await second).tier.code).to.equal('gold');

    const all = new AbortController();
    const pending = rejection(adapter.getLoyalty!({ customerId: 'cust-silver' }, { signal: all.signal }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    all.abort();
    await pending;
    const underlying = inner.calls.filter((c) => c.method === 'getLoyalty').at(-1)!.options!.signal!;
    expect(underlying.aborted).to.equal(true);
  });

  it('never reuses an error, and forgets reads after a write', async () => {
    const inner = new MemoryAdapter({ fail: { getReturnOptions: 'network' }, failTimes: 1 });
    const adapter = validated(inner);
    await rejection(adapter.getReturnOptions(proven('BK-1004')));
    const before = await adapter.getReturnOptions(proven('BK-1004'));
    expect(before.items.find((i) => i.lineItemId === 'li-1004-2')!.returnableQuantity).to.equal(1);
    await adapter.createReturn({
      orderId: 'BK-1004',
      resolution: 'refund',
      methodCode: 'seven-eleven',
      items: [{ lineItemId: 'li-1004-2', quantity: 1, reasonCode: 'wrong_size' }],
    });
    const after = await adapter.getReturnOptions(proven('BK-1004'));
    expect(after.items.find((i) => i.lineItemId === 'li-1004-2')!.ineligibleReason).to.equal('already_returned');
    expect(inner.calls.filter((c) => c.method === 'getReturnOptions')).to.have.length(3);
  });
});
