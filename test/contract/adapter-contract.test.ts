import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import type { AdapterError } from '../../src/core/errors.js';
import { setLocale } from '../../src/core/localization.js';
import { validatingAdapter } from '../../src/core/validating-adapter.js';
import * as CONTRACT from '../../src/generated/contract-schemas.js';
import { composedDemoAdapter } from '../support/composed-adapter.js';
import { customerToken, proven } from '../support/demo-contacts.js';

export const SERVER = 'http://127.0.0.1:8788';

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

/**
 * The same expectations for every adapter: the demo data in memory, and the
 * reference server over real HTTP. Everything is read through the validating
 * layer, as a widget reads it.
 */
function contractSuite(name: string, make: () => AftercareAdapter) {
  describe(`adapter contract: ${name}`, () => {
    // One adapter per test, as one page would have; the keys of its writes are unique per suite.
    let current: AftercareAdapter;
    beforeEach(() => {
      sessionStorage.clear();
      current = validatingAdapter(make(), CONTRACT);
    });
    const adapter = () => current;
    const slug = name.replace(/\W+/g, '-');
    afterEach(() => setLocale('en'));

    it('finds an order with its email, and answers alike for a wrong email and an unknown order', async () => {
      const wrong = await rejection(adapter().getOrder({ orderId: 'BK-1002', email: 'x@example.com' }));
      const unknown = await rejection(adapter().getOrder({ orderId: 'BK-9999', email: 'nok@example.com' }));
      expect([wrong.code, unknown.code]).to.deep.equal(['not_found', 'not_found']);
      const order = await adapter().getOrder({ orderId: 'BK-1002', email: 'nok@example.com' });
      expect(order).to.include({ id: 'BK-1002', status: 'open' });
      expect(order.total).to.deep.equal({ amount: '700.00', currency: 'THB' });
    });

    it('asks for proof: without it unauthorized, with a wrong contact not_found, for reads and writes', async () => {
      const codes = async (...calls: (() => Promise<unknown>)[]) =>
        Promise.all(calls.map(async (call) => (await rejection(call())).code));
      expect(
        await codes(
          () => adapter().getOrder({ orderId: 'BK-1003' }),
          () => adapter().getReturnOptions({ orderId: 'BK-1003' }),
          () => adapter().getReviewRequest!({ orderId: 'BK-1003' }),
          () => adapter().subscribeToUpdates!({ orderId: 'BK-1003', channel: 'line', address: '@malee' }),
          () =>
            adapter().createReturn({
              orderId: 'BK-1003',
              resolution: 'refund',
              methodCode: 'seven-eleven',
              items: [{ lineItemId: 'li-1003-1', quantity: 1, reasonCode: 'wrong_size' }],
            }),
          () => adapter().submitNps!({ surveyId: 's', scale: 'nps', score: 3, locale: 'en', orderId: 'BK-1003' }),
        ),
      ).to.deep.equal(Array(6).fill('unauthorized'));
      expect(
        await codes(
          () => adapter().getOrder({ orderId: 'BK-1003', email: 'nok@example.com' }),
          () => adapter().getOrder({ orderId: 'BK-1003', phone: '+66 80 000 0000' }),
          () => adapter().getReturnOptions({ orderId: 'BK-1003', email: 'x@example.com' }),
        ),
      ).to.deep.equal(['not_found', 'not_found', 'not_found']);
      // Another order's proof opens that order only.
      await adapter().getOrder(proven('SG-3001'));
      expect((await rejection(adapter().getOrder({ orderId: 'BK-1003' }))).code).to.equal('unauthorized');
    });

    it('answers in the shopper’s language', async () => {
      await setLocale('th');
      const order = await adapter().getOrder(proven('BK-1001'));
      expect(order.items[0]!.title).to.equal('เสื้อเชิ้ตผ้าบาติก สีคราม');
    });

    it('gives Gold members their return perks', async () => {
      const options = await adapter().getReturnOptions(proven('BK-1004'));
      expect(options.policy).to.include({ tier: 'Gold', windowDays: 60 });
      expect(options.methods.every((method) => Number(method.fee.amount) === 0)).to.equal(true);
    });

    it('creates a return once per key, refuses the key for another body, and remembers it', async () => {
      const request = {
        orderId: 'BK-1004',
        resolution: 'store_credit' as const,
        methodCode: 'seven-eleven',
        items: [{ lineItemId: 'li-1004-2', quantity: 1, reasonCode: 'wrong_size' }],
      };
      const key = `contract-${slug}-${Date.now()}`;
      await adapter().getReturnOptions(proven('BK-1004'));
      const first = await adapter().createReturn(request, { idempotencyKey: key });
      const replay = await adapter().createReturn(request, { idempotencyKey: key });
      expect(replay).to.deep.equal(first);
      expect(first.refundEstimate).to.deep.equal({ amount: '1690.00', currency: 'THB' });
      const reused = await rejection(
        adapter().createReturn({ ...request, resolution: 'refund' }, { idempotencyKey: key }),
      );
      expect(reused.code).to.equal('conflict');
      expect(await adapter().getReturn(first.id)).to.deep.equal(first);
      const options = await adapter().getReturnOptions(proven('BK-1004'));
      expect(options.items.find((item) => item.lineItemId === 'li-1004-2')!.ineligibleReason).to.equal(
        'already_returned',
      );
    });

    it('refuses a return the policy does not allow, and tells nothing of a return it does not know', async () => {
      await adapter().getOrder(proven('BK-1004'));
      const error = await rejection(
        adapter().createReturn({
          orderId: 'BK-1004',
          resolution: 'refund',
          methodCode: 'teleport',
          items: [{ lineItemId: 'li-1004-1', quantity: 1, reasonCode: 'wrong_size' }],
        }),
      );
      expect(error.code).to.equal('invalid_request');
      // Without that return's order proven, a backend may not even say whether it exists.
      expect(['not_found', 'unauthorized']).to.include((await rejection(adapter().getReturn('RMA-0000-000'))).code);
    });

    it('takes one review per item', async () => {
      const review = {
        orderId: 'JK-2002',
        lineItemId: 'li-2002-1',
        productId: 'p-backpack',
        rating: 5 as const,
        body: 'Sturdy',
      };
      await adapter().getReviewRequest!(proven('JK-2002'));
      const receipt = await adapter().submitReview!(review, { idempotencyKey: `review-${slug}` });
      expect(receipt).to.include({ status: 'published', pointsAwarded: 50 });
      expect((await rejection(adapter().submitReview!(review, { idempotencyKey: `again-${slug}` }))).code).to.equal(
        'conflict',
      );
      expect((await adapter().getReviewRequest!(proven('JK-2002'))).items).to.deep.equal([]);
    });

    it('records a score, then its comment on the same response', async () => {
      const { responseId } = await adapter().submitNps!({ surveyId: 's', scale: 'nps', score: 10, locale: 'id' });
      const again = await adapter().submitNps!({
        surveyId: 's',
        scale: 'nps',
        score: 10,
        locale: 'id',
        responseId,
        comment: 'Cepat',
      });
      expect(again.responseId).to.equal(responseId);
      const invalid = await rejection(adapter().submitNps!({ surveyId: 's', scale: 'csat', score: 9, locale: 'id' }));
      expect(invalid.code).to.equal('invalid_request');
    });

    it('tells a stranger to sign in for points', async () => {
      expect((await rejection(adapter().getLoyalty!({}))).code).to.equal('unauthorized');
    });

    it('subscribes to updates and recommends products in the order’s currency', async () => {
      await adapter().getOrder(proven('BK-1001'));
      await adapter().subscribeToUpdates!({ orderId: 'BK-1001', channel: 'line', address: '@somchai' });
      const products = await adapter().getRecommendations!({ orderId: 'JK-2001', placement: 'tracking' });
      expect(products.length).to.be.greaterThan(0);
      expect(products.every((product) => product.price?.currency === 'IDR')).to.equal(true);
    });
  });
}

contractSuite('MemoryAdapter', () => new MemoryAdapter());
contractSuite('RestAdapter → reference server', () => new RestAdapter({ baseUrl: SERVER, retries: 0 }));
contractSuite('composeAdapters + withTracking', composedDemoAdapter);

describe('RestAdapter → reference server, signed in', () => {
  it('resolves "me" from the store’s customer token in the headers option', async () => {
    const token = await customerToken('cust-gold');
    const adapter = new RestAdapter({ baseUrl: SERVER, headers: { Authorization: `Bearer ${token}` } });
    expect((await validatingAdapter(adapter, CONTRACT).getLoyalty!({})).customerId).to.equal('cust-gold');
    const platinum = await validatingAdapter(adapter, CONTRACT).getLoyalty!({ customerId: 'cust-platinum' }).catch(
      (e) => e,
    );
    expect((platinum as AdapterError).code, 'another customer’s points').to.equal('unauthorized');
  });
});
