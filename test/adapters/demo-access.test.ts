// The demo asks for the proof a real shop asks for (src/adapters/memory/demo-access.ts):
// the order's email or phone, or its demo access token; guessing is cut off.
import { expect } from '@open-wc/testing';
import { demoAccessToken, MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AdapterError } from '../../src/core/errors.js';
import { DEMO_EMAIL, proven } from '../support/demo-contacts.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as AdapterError).code;
  }
  return 'resolved';
}

const returnRequest = (orderId: string) => ({
  orderId,
  resolution: 'store_credit' as const,
  methodCode: 'seven-eleven',
  items: [{ lineItemId: 'li-1004-2', quantity: 1, reasonCode: 'wrong_size' }],
});

describe('MemoryAdapter: shopper access', () => {
  it('reads an order by number alone as unauthorized, and any order-scoped read too', async () => {
    const adapter = new MemoryAdapter();
    expect(await codeOf(adapter.getOrder({ orderId: 'BK-1001' }))).to.equal('unauthorized');
    expect(await codeOf(adapter.getReturnOptions({ orderId: 'BK-1004' }))).to.equal('unauthorized');
    expect(await codeOf(adapter.getReviewRequest({ orderId: 'BK-1004' }))).to.equal('unauthorized');
    // Blank contacts are no proof.
    expect(await codeOf(adapter.getOrder({ orderId: 'BK-1001', email: ' ', phone: '' }))).to.equal('unauthorized');
  });

  it('answers a wrong contact and an unknown order alike', async () => {
    const adapter = new MemoryAdapter();
    const wrongEmail = await adapter.getOrder({ orderId: 'BK-1001', email: 'nok@example.com' }).catch((e) => e);
    const wrongPhone = await adapter.getOrder({ orderId: 'BK-1001', phone: '0899999999' }).catch((e) => e);
    const unknown = await adapter.getOrder({ orderId: 'BK-9999', email: 'nok@example.com' }).catch((e) => e);
    for (const error of [wrongEmail, wrongPhone, unknown]) {
      expect((error as AdapterError).code).to.equal('not_found');
      expect((error as AdapterError).message).to.equal((unknown as AdapterError).message);
    }
  });

  it('takes the email in any case and spacing, the phone in any format, and the order number as typed', async () => {
    const email = await new MemoryAdapter().getOrder({ orderId: '#bk 1001', email: '  SOMCHAI@Example.com ' });
    const phone = await new MemoryAdapter().getOrder({ orderId: 'BK-1001', phone: '081-234-5678' });
    expect([email.id, phone.id]).to.deep.equal(['BK-1001', 'BK-1001']);
  });

  it('opens an order with its demo token, the same after a reload, and refuses another order’s', async () => {
    expect(demoAccessToken('BK-1004')).to.equal(demoAccessToken('bk-1004'));
    expect(demoAccessToken('BK-1004')).to.not.equal(demoAccessToken('BK-1001'));
    // Opaque: neither the order number nor a contact can be read from it.
    expect(demoAccessToken('BK-1004')).to.not.match(/1004|somchai|@/i);
    const order = await new MemoryAdapter().getOrder({ orderId: 'BK-1004', token: demoAccessToken('BK-1004') });
    expect(order.id).to.equal('BK-1004');
    const adapter = new MemoryAdapter();
    expect(await codeOf(adapter.getOrder({ orderId: 'BK-1004', token: demoAccessToken('BK-1001') }))).to.equal(
      'unauthorized',
    );
    expect(await codeOf(adapter.getOrder({ orderId: 'BK-1004', token: 'demo.forged' }))).to.equal('unauthorized');
    // A token names its order: with one, an unknown order is simply not found.
    expect(await codeOf(adapter.getOrder({ orderId: 'BK-9999', token: demoAccessToken('BK-9999') }))).to.equal(
      'not_found',
    );
  });

  it('writes only about an order proven through the same adapter', async () => {
    const stranger = new MemoryAdapter();
    expect(await codeOf(stranger.createReturn(returnRequest('BK-1004')))).to.equal('unauthorized');
    expect(
      await codeOf(stranger.subscribeToUpdates({ orderId: 'BK-1004', channel: 'line', address: '@somchai' })),
    ).to.equal('unauthorized');
    expect(
      await codeOf(stranger.submitReview({ orderId: 'BK-1004', lineItemId: 'li-1004-1', productId: 'p-x', rating: 5 })),
    ).to.equal('unauthorized');
    expect(
      await codeOf(stranger.submitNps({ surveyId: 's', scale: 'nps', score: 9, orderId: 'BK-1004', locale: 'en' })),
    ).to.equal('unauthorized');
    // Proving another order opens that order only.
    await stranger.getOrder(proven('BK-1001'));
    expect(await codeOf(stranger.createReturn(returnRequest('BK-1004')))).to.equal('unauthorized');

    const shopper = new MemoryAdapter();
    await shopper.getReturnOptions(proven('BK-1004'));
    const receipt = await shopper.createReturn(returnRequest('BK-1004'));
    expect((await shopper.getReturn(receipt.id)).id).to.equal(receipt.id);
    // The receipt is the order's: another adapter (another shopper) cannot read it by its id.
    const store = await shopper.demoStore();
    const other = new MemoryAdapter();
    Object.assign(other, { store: Promise.resolve(store) });
    expect(await codeOf(other.getReturn(receipt.id))).to.equal('unauthorized');
    await other.getOrder(proven('BK-1001'));
    expect(await codeOf(other.getReturn(receipt.id))).to.equal('unauthorized');
  });

  it('takes a survey answer about an order with the order’s token, and never keeps the token', async () => {
    const adapter = new MemoryAdapter();
    const token = demoAccessToken('BK-1004');
    const { responseId } = await adapter.submitNps({
      surveyId: 's',
      scale: 'nps',
      score: 9,
      orderId: 'BK-1004',
      token,
      locale: 'en',
    });
    const stored = await (await adapter.demoStore()).npsResponse(responseId);
    expect(stored).to.include({ orderId: 'BK-1004', score: 9 });
    expect(JSON.stringify(stored)).to.not.contain(token);
    // An answer about no order needs no proof.
    expect(
      await codeOf(new MemoryAdapter().submitNps({ surveyId: 's', scale: 'nps', score: 9, locale: 'en' })),
    ).to.equal('resolved');
  });

  it('refuses look-ups of an order after 10 wrong contacts, the right one included', async () => {
    const adapter = new MemoryAdapter();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++)
      codes.push(await codeOf(adapter.getOrder({ orderId: 'BK-1003', email: `guess-${attempt}@example.com` })));
    expect(codes).to.deep.equal(Array(10).fill('not_found'));
    expect(await codeOf(adapter.getOrder(proven('BK-1003')))).to.equal('rate_limited');
    // Other orders, and the order's own token, are not held up by it.
    expect((await adapter.getOrder(proven('BK-1002'))).id).to.equal('BK-1002');
    expect((await adapter.getOrder({ orderId: 'BK-1003', token: demoAccessToken('BK-1003') })).id).to.equal('BK-1003');
  });

  it('keeps no contact: not in storage, not in what it remembers', async () => {
    sessionStorage.clear();
    localStorage.clear();
    const adapter = new MemoryAdapter();
    await adapter.getOrder(proven('JK-2001'));
    const kept = JSON.stringify({ ...sessionStorage, ...localStorage });
    expect(kept).to.not.contain(DEMO_EMAIL['JK-2001']);
    expect(
      JSON.stringify((adapter as unknown as { access: unknown }).access, (_k, v) =>
        v instanceof Set || v instanceof Map ? [...v] : v,
      ),
    ).to.not.contain('@');
  });
});
