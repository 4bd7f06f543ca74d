// A backend that wants proof before it shows or changes an order: the
// widgets ask the shopper for the email (not an error box), carry on once it
// is given, and lose nothing when a proof expires mid-flow.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/order-journey/define.js';
import '../../src/components/order-tracker/define.js';
import '../../src/components/return-wizard/define.js';
import type { AftercareAdapter, RequestOptions } from '../../src/core/adapter.js';
import { AdapterError } from '../../src/core/errors.js';
import type { OrderRef, ReturnRequest } from '../../src/core/schemas/index.js';
import { blur, byText, shadowQuery, shownText, typeInto } from '../support/dom.js';
import { walkToReview } from '../support/return-wizard-steps.js';

/** The demo shop behind a door: reads need the order's email, and a write may meet an expired proof. */
function guardedAdapter(options: { expireBeforeWrite?: boolean } = {}) {
  const demo = new MemoryAdapter();
  const calls: { method: string; ref?: OrderRef; key?: string }[] = [];
  let expired = options.expireBeforeWrite ?? false;
  const proven = (ref: OrderRef) => {
    if (!ref.email) throw new AdapterError('unauthorized', 'Proof needed', { status: 401 });
  };
  const adapter: AftercareAdapter = {
    ...demo,
    getOrder: async (ref, opts) => (calls.push({ method: 'getOrder', ref }), proven(ref), demo.getOrder(ref, opts)),
    getReturnOptions: async (ref, opts) => (proven(ref), demo.getReturnOptions(ref, opts)),
    getReturn: (id, opts) => demo.getReturn(id, opts),
    getReviewRequest: (ref, opts) => demo.getReviewRequest(ref, opts),
    submitReview: (review, opts) => demo.submitReview(review, opts),
    submitNps: (response, opts) => demo.submitNps(response, opts),
    getLoyalty: (ref, opts) => demo.getLoyalty(ref, opts),
    createReturn: async (request: ReturnRequest, opts?: RequestOptions) => {
      calls.push({ method: 'createReturn', key: opts?.idempotencyKey });
      if (expired) {
        expired = false;
        throw new AdapterError('unauthorized', 'The access token has expired', { status: 401 });
      }
      return demo.createReturn(request, opts);
    },
  };
  return { adapter, calls };
}

async function prove(element: Element, email: string) {
  await waitUntil(() => shadowQuery(element, '#lookup-contact'), 'the proof form', { timeout: 3000 });
  const input = shadowQuery<HTMLInputElement>(element, '#lookup-contact')!;
  typeInto(input, email);
  blur(input);
  byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
}

describe('shopper proof: a backend that answers unauthorized', () => {
  beforeEach(() => sessionStorage.clear());
  // Firefox runs every file in one browsing session: leave no wizard draft for the next file.
  afterEach(() => sessionStorage.clear());

  it('the tracker asks only for the email of the order it names, then shows the order without a reload', async () => {
    const { adapter, calls } = guardedAdapter();
    const errors: string[] = [];
    const element = await fixture(html`<ac-order-tracker order="BK-1002" .adapter=${adapter}></ac-order-tracker>`);
    element.addEventListener('ac-error-shown', (event) => errors.push((event as CustomEvent).detail.code));
    await waitUntil(() => shadowQuery(element, '[part="lookup-form"]'), 'the proof form', { timeout: 3000 });
    expect(shadowQuery(element, '[part="lookup-form"]')!.textContent).to.contain('Confirm it is your order');
    expect(shadowQuery(element, '[part="lookup-form"]')!.textContent).to.contain('for order BK-1002');
    // The order number is known: no field for it, and no error box.
    expect(shadowQuery(element, '#lookup-order')).to.equal(null);
    expect(shadowQuery(element, '[part="error"]')).to.equal(null);
    await prove(element, 'nok@example.com');
    await waitUntil(() => shadowQuery(element, '[part="shipment"]'), 'the order', { timeout: 3000 });
    expect(shadowQuery(element, '[part="header"]')!.textContent).to.contain('BK-1002');
    expect(calls.filter((c) => c.method === 'getOrder').at(-1)!.ref).to.deep.equal({
      orderId: 'BK-1002',
      email: 'nok@example.com',
    });
    expect(errors).to.deep.equal([]);
  });

  it('a wrong email keeps the form with the order number and says it could not be found', async () => {
    const { adapter } = guardedAdapter();
    const element = await fixture(html`<ac-order-tracker order="BK-1002" .adapter=${adapter}></ac-order-tracker>`);
    await prove(element, 'someone-else@example.com');
    await waitUntil(() => shownText(element).includes('We could not find an order'), 'the failure', {
      timeout: 3000,
    });
    expect(shadowQuery(element, '[part="lookup-form"]')!.textContent).to.contain('for order BK-1002');
    expect(shadowQuery(element, '#lookup-order')).to.equal(null);
  });

  it('the journey asks for the proof the same way', async () => {
    const { adapter } = guardedAdapter();
    const element = await fixture(html`<ac-order-journey order="BK-1002" .adapter=${adapter}></ac-order-journey>`);
    await prove(element, 'nok@example.com');
    await waitUntil(() => shadowQuery(element, 'ac-order-tracker'), 'the journey', { timeout: 3000 });
  });

  it('the wizard survives a proof that expires before submit: it asks again, keeps everything, creates one return', async () => {
    const { adapter, calls } = guardedAdapter({ expireBeforeWrite: true });
    const element = await fixture(
      html`<ac-return-wizard order="BK-1004" email="somchai@example.com" .adapter=${adapter}></ac-return-wizard>`,
    );
    await waitUntil(() => shadowQuery(element, '#item-li-1004-1'), 'first step', { timeout: 3000 });
    const toReview = await walkToReview(element as never, [['li-1004-1', 'wrong_size', 2]], 'Refund', 'Drop off');
    await toReview();
    const created = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('ac-return-created', (e) => resolve(e as CustomEvent), { once: true }),
    );
    byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
    await prove(element, 'somchai@example.com');
    const receipt = (await created).detail;
    expect(receipt.refundEstimate).to.deep.equal({ amount: '2380.00', currency: 'THB' });
    const writes = calls.filter((c) => c.method === 'createReturn');
    expect(writes).to.have.length(2);
    expect(writes[0]!.key).to.be.a('string').and.equal(writes[1]!.key);
  });
});
