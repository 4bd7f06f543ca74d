import { expect } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import type { AdapterError } from '../../src/core/errors.js';
import { validatingAdapter } from '../../src/core/validating-adapter.js';
import * as CONTRACT from '../../src/generated/contract-schemas.js';
import { proven } from '../support/demo-contacts.js';

const SERVER = 'http://127.0.0.1:8788';
let run = 0;
/** A fresh fault id per test, so server-side counters never carry over. */
const id = (name: string) => `${name}-${Date.now()}-${++run}`;

function faulty(fault: string, options: Partial<ConstructorParameters<typeof RestAdapter>[0]> = {}) {
  const rest = new RestAdapter({ baseUrl: SERVER, headers: { 'X-Test-Fault': fault }, ...options });
  return validatingAdapter(rest, CONTRACT);
}

async function requestsSeen(faultId: string): Promise<number> {
  return ((await (await fetch(`${SERVER}/__faults/${faultId}`)).json()) as { requests: number }).requests;
}

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

describe('RestAdapter against real faults of the reference server', () => {
  // The orders are proven once, without faults: the adapters below reuse the kept tokens, so every fault hits the read.
  before(async () => {
    const plain = new RestAdapter({ baseUrl: SERVER });
    for (const orderId of ['BK-1002', 'JK-2003']) await plain.getOrder(proven(orderId));
  });

  it('gives up on an answer slower than its timeout', async () => {
    const started = performance.now();
    const error = await rejection(faulty('slow:2000', { timeoutMs: 300, retries: 0 }).getOrder({ orderId: 'BK-1002' }));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(1500);
  });

  it('retries a read through two 503s and succeeds', async () => {
    const fault = id('503');
    const order = await faulty(`status:503:2:${fault}`, { retries: 2 }).getOrder({ orderId: 'BK-1002' });
    expect(order.id).to.equal('BK-1002');
    expect(await requestsSeen(fault)).to.equal(3);
  });

  it('waits as long as Retry-After says on a 429', async () => {
    const fault = id('429');
    const started = performance.now();
    const order = await faulty(`status:429:1:${fault}`, { retries: 1 }).getOrder({ orderId: 'BK-1002' });
    expect(order.id).to.equal('BK-1002');
    expect(performance.now() - started).to.be.greaterThan(950);
    expect(await requestsSeen(fault)).to.equal(2);
  });

  it('retries a write whose response was lost, and the server keeps one record', async () => {
    const adapter = faulty(`drop-after-commit:${id('drop')}`, { retries: 2 });
    const plain = validatingAdapter(new RestAdapter({ baseUrl: SERVER }), CONTRACT);
    const before = await plain.getReturnOptions({ orderId: 'JK-2003' });
    expect(before.items.find((i) => i.lineItemId === 'li-2003-1')!.returnableQuantity).to.equal(1);
    const receipt = await adapter.createReturn(
      {
        orderId: 'JK-2003',
        resolution: 'store_credit',
        methodCode: 'indomaret',
        items: [{ lineItemId: 'li-2003-1', quantity: 1, reasonCode: 'changed_mind' }],
      },
      { idempotencyKey: id('lost-response') },
    );
    expect(receipt.orderId).to.equal('JK-2003');
    // Replayed, not created again: a second record would have failed as "cannot be returned".
    const after = await plain.getReturnOptions({ orderId: 'JK-2003' }, { fresh: true } as never);
    expect(after.items.find((i) => i.lineItemId === 'li-2003-1')!.ineligibleReason).to.equal('already_returned');
    expect(await plain.getReturn(receipt.id)).to.deep.equal(receipt);
  });

  it('does not retry a write without an idempotency key', async () => {
    const fault = id('no-key');
    const error = await rejection(
      faulty(`status:503:1:${fault}`, { retries: 2 }).submitNps!({
        surveyId: 's',
        scale: 'nps',
        score: 5,
        locale: 'en',
      }),
    );
    expect(error.code).to.equal('unavailable');
    expect(await requestsSeen(fault)).to.equal(1);
  });

  it('reports malformed JSON and a wrong content type as invalid_response', async () => {
    const malformed = await rejection(faulty('malformed-json', { retries: 0 }).getOrder({ orderId: 'BK-1002' }));
    const html = await rejection(faulty('wrong-content-type', { retries: 0 }).getOrder({ orderId: 'BK-1002' }));
    expect([malformed.code, html.code]).to.deep.equal(['invalid_response', 'invalid_response']);
  });

  it('stops retrying when the caller aborts', async () => {
    const fault = id('abort');
    const controller = new AbortController();
    const pending = rejection(
      faulty(`status:503:10:${fault}`, { retries: 5 }).getOrder({ orderId: 'BK-1002' }, { signal: controller.signal }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    expect(((await pending) as unknown as DOMException).name).to.equal('AbortError');
    const seen = await requestsSeen(fault);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await requestsSeen(fault)).to.equal(seen);
  });
});
