import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AdapterError } from '../../src/core/errors.js';
import type { ReturnRequest } from '../../src/core/schemas/index.js';
import { proven } from '../support/demo-contacts.js';

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

const refundTwoShirts: ReturnRequest = {
  orderId: 'BK-1004',
  resolution: 'refund',
  methodCode: 'seven-eleven',
  items: [{ lineItemId: 'li-1004-1', quantity: 2, reasonCode: 'wrong_size' }],
};

describe('MemoryAdapter', () => {
  it('tells a member their points and tier', async () => {
    expect((await new MemoryAdapter().getLoyalty({ customerId: 'cust-platinum' })).tier.code).to.equal('platinum');
  });

  it('hands out copies, so a caller cannot change the demo data', async () => {
    const adapter = new MemoryAdapter();
    const first = await adapter.getOrder(proven('BK-1001'));
    first.items[0]!.title = 'changed';
    first.shipments.length = 0;
    const second = await adapter.getOrder(proven('BK-1001'));
    expect(second.items[0]!.title).to.not.equal('changed');
    expect(second.shipments).to.have.length(2);
  });

  it('finds an order by number with a matching email or phone, and answers alike for a wrong one', async () => {
    const adapter = new MemoryAdapter();
    expect((await adapter.getOrder({ orderId: '#bk-1001', email: 'Somchai@example.com' })).id).to.equal('BK-1001');
    expect((await new MemoryAdapter().getOrder({ orderId: 'BK-1001', phone: '081 234 5678' })).id).to.equal('BK-1001');
    // A fresh adapter: one that proved the order keeps that proof, as a RestAdapter keeps its token.
    const stranger = new MemoryAdapter();
    const wrongEmail = await rejection(stranger.getOrder({ orderId: 'BK-1001', email: 'someone@example.com' }));
    const unknown = await rejection(stranger.getOrder({ orderId: 'BK-9999', email: 'somchai@example.com' }));
    expect([wrongEmail.code, unknown.code]).to.deep.equal(['not_found', 'not_found']);
    expect(wrongEmail.message).to.equal(unknown.message);
  });

  it('speaks the shop content in the requested language', async () => {
    const th = await new MemoryAdapter({ locale: 'th' }).getOrder(proven('BK-1001'));
    const id = await new MemoryAdapter({ locale: 'id' }).getOrder(proven('BK-1001'));
    expect(th.items[0]!.title).to.equal('เสื้อเชิ้ตผ้าบาติก สีคราม');
    expect(id.items[0]!.title).to.equal('Kemeja batik, biru nila');
  });

  it('marks cash on delivery with the amount to have ready', async () => {
    const order = await new MemoryAdapter().getOrder(proven('BK-1001'));
    expect(order.paymentMethod).to.equal('cod');
    expect(order.amountDue).to.deep.equal({ amount: '1290.00', currency: 'THB' });
  });

  it('waits for its latency and stops waiting on abort', async () => {
    const adapter = new MemoryAdapter({ latency: 150 });
    const started = performance.now();
    await adapter.getLoyalty({ customerId: 'cust-gold' });
    expect(performance.now() - started).to.be.greaterThanOrEqual(140);

    const controller = new AbortController();
    const pending = adapter.getLoyalty({ customerId: 'cust-gold' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await rejection(pending);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
  });

  it('injects a failure for the first N calls, then recovers', async () => {
    const adapter = new MemoryAdapter({ fail: { getOrder: 'timeout' }, failTimes: 1 });
    expect((await rejection(adapter.getOrder(proven('BK-1002')))).code).to.equal('timeout');
    expect((await adapter.getOrder(proven('BK-1002'))).id).to.equal('BK-1002');
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['getOrder', 'getOrder']);
  });

  it('applies the loyalty tier to the return policy', async () => {
    const adapter = new MemoryAdapter({ locale: 'en' });
    const gold = await adapter.getReturnOptions(proven('BK-1004'));
    expect(gold.policy.tier).to.equal('Gold');
    expect(gold.policy.windowDays).to.equal(60);
    expect(gold.policy.perks).to.include('free_return_shipping');
    expect(gold.methods.every((m) => Number(m.fee.amount) === 0)).to.equal(true);

    const silver = await adapter.getReturnOptions(proven('JK-2002'));
    expect(silver.policy.windowDays).to.equal(30);
    expect(silver.methods[0]!.fee).to.deep.equal({ amount: '15000', currency: 'IDR' });
  });

  it('explains why items cannot be returned', async () => {
    const adapter = new MemoryAdapter();
    const reasonOf = async (orderId: string, lineItemId: string) =>
      (await adapter.getReturnOptions(proven(orderId))).items.find((i) => i.lineItemId === lineItemId)
        ?.ineligibleReason;
    expect(await reasonOf('BK-1004', 'li-1004-3')).to.equal('final_sale');
    expect(await reasonOf('BK-1001', 'li-1001-1')).to.equal('not_delivered');
    expect(await reasonOf('JK-2002', 'li-2002-1')).to.equal('window_expired');
    expect(await reasonOf('BK-1004', 'li-1004-1')).to.equal(undefined);
  });

  it('asks cash-on-delivery refunds for an account', async () => {
    const options = await new MemoryAdapter().getReturnOptions(proven('JK-2003'));
    expect(options.resolutions?.find((r) => r.type === 'refund')?.refundAccountRequired).to.equal(true);
  });

  it('creates a return once per idempotency key and remembers it', async () => {
    const adapter = new MemoryAdapter();
    await adapter.getOrder(proven('BK-1004'));
    const first = await adapter.createReturn(refundTwoShirts, { idempotencyKey: 'k1' });
    const replay = await adapter.createReturn(refundTwoShirts, { idempotencyKey: 'k1' });
    expect(replay.id).to.equal(first.id);
    // Gold members return for free: 2 × ฿1,190 − ฿0.
    expect(first.refundEstimate).to.deep.equal({ amount: '2380.00', currency: 'THB' });
    expect((await adapter.getReturn(first.id)).status).to.equal('requested');

    const options = await adapter.getReturnOptions(proven('BK-1004'));
    expect(options.items.find((i) => i.lineItemId === 'li-1004-1')?.ineligibleReason).to.equal('already_returned');

    const reused = await rejection(
      adapter.createReturn({ ...refundTwoShirts, methodCode: 'flash-pickup' }, { idempotencyKey: 'k1' }),
    );
    expect(reused.code).to.equal('conflict');
  });

  it('adds the store-credit bonus and refuses what the policy does not allow', async () => {
    const adapter = new MemoryAdapter();
    await adapter.getOrder(proven('BK-1004'));
    const credit = await adapter.createReturn({
      ...refundTwoShirts,
      resolution: 'store_credit',
      items: [{ lineItemId: 'li-1004-2', quantity: 1, reasonCode: 'changed_mind' }],
    });
    expect(credit.refundEstimate).to.deep.equal({ amount: '1690.00', currency: 'THB' });

    const noPhoto = await rejection(
      adapter.createReturn({
        ...refundTwoShirts,
        items: [{ lineItemId: 'li-1004-1', quantity: 1, reasonCode: 'damaged' }],
      }),
    );
    expect(noPhoto.code).to.equal('invalid_request');
    const finalSale = await rejection(
      adapter.createReturn({
        ...refundTwoShirts,
        items: [{ lineItemId: 'li-1004-3', quantity: 1, reasonCode: 'wrong_size' }],
      }),
    );
    expect(finalSale.code).to.equal('invalid_request');
  });

  it('takes one review per delivered item', async () => {
    const adapter = new MemoryAdapter();
    const request = await adapter.getReviewRequest(proven('BK-1004'));
    expect(request.items).to.have.length(3);
    expect(request.pointsPerReview).to.equal(50);
    const review = { orderId: 'BK-1004', lineItemId: 'li-1004-2', productId: 'p-sneakers', rating: 5 as const };
    const receipt = await adapter.submitReview(review, { idempotencyKey: 'r1' });
    expect(receipt).to.include({ status: 'published', pointsAwarded: 50 });
    expect((await adapter.submitReview(review, { idempotencyKey: 'r1' })).id).to.equal(receipt.id);
    expect((await rejection(adapter.submitReview(review, { idempotencyKey: 'r2' }))).code).to.equal('conflict');
    expect((await adapter.getReviewRequest(proven('BK-1004'))).items).to.have.length(2);
    expect((await adapter.getReviewRequest(proven('BK-1002'))).items).to.have.length(0);
  });

  it('adds a survey comment to the same response', async () => {
    const adapter = new MemoryAdapter();
    const { responseId } = await adapter.submitNps({ surveyId: 'post-delivery', scale: 'nps', score: 9, locale: 'th' });
    await adapter.submitNps({
      surveyId: 'post-delivery',
      scale: 'nps',
      score: 9,
      locale: 'th',
      responseId,
      comment: 'เร็วมาก',
    });
    expect(await (await adapter.demoStore()).npsResponse(responseId)).to.include({ score: 9, comment: 'เร็วมาก' });
  });

  it('treats a missing customer as signed out', async () => {
    expect((await rejection(new MemoryAdapter().getLoyalty({}))).code).to.equal('unauthorized');
  });

  it('can answer with empty lists and without optional methods', async () => {
    const adapter = new MemoryAdapter({ empty: true, without: ['getRecommendations', 'subscribeToUpdates'] });
    expect((await adapter.getReviewRequest(proven('BK-1004'))).items).to.deep.equal([]);
    expect(adapter.getRecommendations).to.equal(undefined);
    expect(adapter.subscribeToUpdates).to.equal(undefined);
  });
});
