// Nothing lost, against the reference server over real HTTP: the first write
// of each flow commits on the server but its answer never arrives (the
// server's `hang-after-commit` fault), so the shopper sees a failure although
// the record exists. The widget must keep every input, send the retry with the
// same idempotency key, and the server must end with one record. After each
// flow, browser storage holds no email, phone or bank details.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import type { AdapterError } from '../../src/core/errors.js';
import '../../src/components/nps-survey/define.js';
import type { AcNpsSurvey } from '../../src/components/nps-survey/nps-survey.js';
import '../../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../../src/components/order-tracker/order-tracker.js';
import '../../src/components/review-prompt/define.js';
import type { AcReviewPrompt } from '../../src/components/review-prompt/review-prompt.js';
import { byText, shadowQuery, shadowQueryAll, typeInto, waitForText } from '../support/dom.js';
import { proven } from '../support/demo-contacts.js';
import { ADMIN_KEY } from '../support/merchant-orders.js';
import { radioByText, title, walkToReview, wizard } from '../support/return-wizard-steps.js';

const SERVER = 'http://127.0.0.1:8788';
let faults = 0;

interface SentRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  body: Record<string, unknown> | undefined;
  /** The server answered from the record an earlier request with the key made (`Idempotent-Replayed`). */
  replayed?: boolean;
  /** The JSON the server answered, when an answer arrived. */
  answer?: Record<string, unknown>;
}

/**
 * A RestAdapter on the reference server without its own retries (so the
 * widget's handling is what is tested) whose first write loses its response.
 */
function shopWithLostFirstWrite() {
  const sent: SentRequest[] = [];
  const faultId = `lost-${Date.now()}-${++faults}`;
  const adapter = new RestAdapter({
    baseUrl: SERVER,
    retries: 0,
    timeoutMs: 1000,
    fetch: (input, init = {}) => {
      const headers = new Headers(init.headers);
      const method = init.method ?? 'GET';
      const proof = new URL(String(input)).pathname.endsWith('/order-access');
      if (method !== 'GET' && !proof) headers.set('X-Test-Fault', `hang-after-commit:${faultId}`);
      const request: SentRequest = {
        method,
        path: new URL(String(input)).pathname,
        idempotencyKey: headers.get('Idempotency-Key'),
        body: typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined,
      };
      sent.push(request);
      return fetch(input, { ...init, headers }).then(async (response) => {
        request.replayed = response.headers.get('Idempotent-Replayed') === 'true';
        request.answer = await response
          .clone()
          .json()
          .catch(() => undefined);
        return response;
      });
    },
  });
  const writes = () => sent.filter((request) => request.method !== 'GET' && !request.path.endsWith('/order-access'));
  return { adapter, writes };
}

/** The server's view, through an adapter of its own (no shared cached reads). */
const server = () => new RestAdapter({ baseUrl: SERVER });

/** The records the shop sees through its merchant API (GET /admin/returns, /admin/reviews, /admin/nps-responses). */
async function merchantList<T>(what: 'returns' | 'reviews' | 'nps-responses', key: string): Promise<T[]> {
  const response = await fetch(`${SERVER}/admin/${what}`, { headers: { Authorization: `Bearer ${ADMIN_KEY}` } });
  expect(response.status, `GET /admin/${what}`).to.equal(200);
  return ((await response.json()) as Record<string, T[]>)[key]!;
}

function storedText(): string {
  return [localStorage, sessionStorage].flatMap((storage) => Object.values({ ...storage })).join('\n');
}

describe('nothing lost, against the reference server', function () {
  // Each test waits out a lost answer and its retries: seconds, and more in WebKit under Xvfb, whose timers run late.
  this.timeout(40_000);
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('return wizard: a lost response keeps the input, and the retries make one return', async () => {
    const { adapter, writes } = shopWithLostFirstWrite();
    const element = await wizard('JK-2003', adapter, 'dewi@example.com');
    await waitUntil(() => shadowQuery(element, '#item-li-2003-2'), 'items listed', { timeout: 5000 });
    const toReview = await walkToReview(element, [['li-2003-2', 'changed_mind']], 'Refund', 'Drop off');
    radioByText(element, 'PromptPay');
    await element.updateComplete;
    typeInto(shadowQuery<HTMLInputElement>(element, '#account-name')!, 'Dewi Lestari');
    typeInto(shadowQuery<HTMLInputElement>(element, '#account-number')!, '081-234-5678');
    await toReview();
    const total = shadowQuery(element, '.summary__total')!.textContent;
    const summary = shadowQuery(element, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ');

    // The server is shared by every test file: the returns of this order made before this test are not this test's.
    type Stored = { id: string; orderId: string; request: Record<string, unknown> };
    // (other files return JK-2003's other item, li-2003-1, at the same time).
    const ofOrder = async () =>
      (await merchantList<Stored>('returns', 'returns')).filter(
        (r) =>
          r.orderId === 'JK-2003' &&
          (r.request['items'] as { lineItemId: string }[]).some((item) => item.lineItemId === 'li-2003-2'),
      );
    const earlier = new Set((await ofOrder()).map((r) => r.id));
    const submit = byText<HTMLButtonElement>(element, 'button', 'Submit return');
    submit.click();
    await waitForText(element, 'This is taking too long', 10_000);
    expect(title(element)).to.equal('Check and submit');
    expect(shadowQuery(element, '.summary__total')!.textContent).to.equal(total);
    // Every input, not only the total: the item, its reason, the refund, the method and the account.
    expect(shadowQuery(element, '[part="summary"]')!.textContent!.replace(/\s+/g, ' ')).to.equal(summary);
    submit.click();
    submit.click(); // An impatient double tap.
    await waitUntil(() => title(element) === 'Your return is booked', 'confirmation', { timeout: 5000 });

    const posts = writes();
    expect(posts.length).to.be.within(2, 3);
    expect(new Set(posts.map((p) => p.idempotencyKey)).size).to.equal(1);
    expect(posts.at(-1)!.body!.refundAccount).to.deep.include({ accountNumber: '081-234-5678' });
    const returnId = shadowQuery(element, '.confirmation__id')!.textContent!;
    const options = await server().getReturnOptions(proven('JK-2003'));
    expect(options.items.find((i) => i.lineItemId === 'li-2003-2')!.ineligibleReason).to.equal('already_returned');
    expect((await server().getReturn(returnId)).orderId).to.equal('JK-2003');
    // One record on the server, holding every input the shopper gave.
    const stored = (await ofOrder()).filter((r) => !earlier.has(r.id));
    expect(stored.map((r) => r.id)).to.deep.equal([returnId]);
    expect(stored[0]!.request).to.deep.include({ orderId: 'JK-2003', resolution: 'refund' });
    expect(stored[0]!.request['methodCode']).to.equal(posts[0]!.body!['methodCode']);
    expect(stored[0]!.request['items']).to.deep.equal(posts[0]!.body!['items']);
    expect((stored[0]!.request['items'] as unknown[])[0]).to.deep.include({
      lineItemId: 'li-2003-2',
      quantity: 1,
      reasonCode: 'changed_mind',
    });
    expect(stored[0]!.request['refundAccount']).to.deep.include({
      accountName: 'Dewi Lestari',
      accountNumber: '081-234-5678',
    });
    expect(storedText()).to.not.match(/081-?234-?5678|Dewi Lestari/);
  });

  it('a request whose answer hangs reaches its timeout even after a garbage collection', async () => {
    // WebKit keeps an AbortSignal.any() signal alive only while it has abort *listeners*: fetch follows it with an
    // abort algorithm, so once the collector ran, the timeout fired into nothing and the request hung on.
    let issued!: () => void;
    const fetched = new Promise<void>((resolve) => (issued = resolve));
    const adapter = new RestAdapter({
      baseUrl: SERVER,
      retries: 0,
      timeoutMs: 1000,
      headers: { 'X-Test-Fault': 'slow:20000' },
      // Holds nothing of the request (no listener on its signal), as the browser's own fetch would.
      fetch: (input, init) => (issued(), fetch(input, init)),
    });
    const started = performance.now();
    const outcome = adapter.getRecommendations({ placement: 'journey' }, { signal: new AbortController().signal }).then(
      () => 'answered',
      (error: AdapterError) => error.code,
    );
    await fetched;
    // Garbage, so that the collector runs while the request waits (as it does in a long session).
    for (let round = 0; round < 20; round++) {
      let kept = 0;
      for (let i = 0; i < 20_000; i++) kept += [{ i, text: `garbage ${i}` }].length;
      expect(kept).to.equal(20_000);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const guard = new Promise<string>((resolve) => setTimeout(() => resolve('no answer after 8 s'), 8000));
    expect(await Promise.race([outcome, guard])).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(8000);
  });

  it('return wizard: an order found by phone is remembered without the phone', async () => {
    const element = await wizard(undefined, server());
    await waitForText(element, 'Find your order');
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-order')!, 'BK-1004');
    shadowQueryAll<HTMLInputElement>(element, 'input[type="radio"][name="kind"]')[1]!.click(); // Phone
    await element.updateComplete;
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, '081 234 5678');
    byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
    await waitUntil(() => title(element) === 'What are you returning?', 'items step', { timeout: 5000 });
    await waitUntil(() => shadowQuery(element, '#item-li-1004-1'), 'items listed', { timeout: 5000 });
    const toReview = await walkToReview(element, [['li-1004-1', 'wrong_size']], 'Store credit', 'Drop off');
    await toReview();
    expect(storedText(), 'the draft is kept').to.contain('li-1004-1');
    expect(storedText()).to.not.match(/81 ?234 ?5678|somchai@/);
  });

  it('review prompt: a lost response keeps the review, and the retries publish it once', async () => {
    const { adapter, writes } = shopWithLostFirstWrite();
    const element = await fixture<AcReviewPrompt>(
      html`<ac-review-prompt .adapter=${adapter} order="BK-1004" email="somchai@example.com"></ac-review-prompt>`,
    );
    await waitUntil(() => shadowQuery(element, '#stars-li-1004-1'), 'items listed', { timeout: 5000 });
    shadowQuery(element, '#stars-li-1004-1')!.querySelectorAll<HTMLElement>('[role="radio"]')[4]!.click();
    await waitUntil(() => shadowQuery(element, '#review-li-1004-1-body'), 'form opens');
    const body = shadowQuery<HTMLTextAreaElement>(element, '#review-li-1004-1-body')!;
    typeInto(body, 'Soft linen, true to size');
    const submit = byText<HTMLButtonElement>(element, 'button', 'Submit review');
    submit.click();
    await waitForText(element, 'This is taking too long', 10_000);
    expect(body.value).to.equal('Soft linen, true to size');
    submit.click();
    submit.click();
    await waitForText(element, 'Your review is live.', 10_000);

    const posts = writes();
    expect(posts.length).to.be.within(2, 3);
    expect(new Set(posts.map((p) => p.idempotencyKey)).size).to.equal(1);
    const pending = await server().getReviewRequest(proven('BK-1004'));
    expect(pending.items.map((i) => i.lineItemId)).to.not.include('li-1004-1');
    type Stored = { orderId: string; lineItemId: string; review?: { rating?: number; body?: string } };
    const stored = (await merchantList<Stored>('reviews', 'reviews')).filter(
      (r) => r.orderId === 'BK-1004' && r.lineItemId === 'li-1004-1',
    );
    expect(stored, 'one review on the server').to.have.length(1);
    expect(stored[0]!.review).to.deep.include({ rating: 5, body: 'Soft linen, true to size' });
    expect(sessionStorage.getItem('aftercare:draft:ac-review-prompt:BK-1004')).to.equal(null);
  });

  it('review prompt: reloaded after a lost answer, the published review leaves no draft behind', async () => {
    const { adapter } = shopWithLostFirstWrite();
    const first = await fixture<AcReviewPrompt>(
      html`<ac-review-prompt .adapter=${adapter} order="BK-1004" email="somchai@example.com"></ac-review-prompt>`,
    );
    await waitUntil(() => shadowQuery(first, '#stars-li-1004-2'), 'items listed', { timeout: 5000 });
    shadowQuery(first, '#stars-li-1004-2')!.querySelectorAll<HTMLElement>('[role="radio"]')[3]!.click();
    await waitUntil(() => shadowQuery(first, '#review-li-1004-2-body'), 'form opens');
    typeInto(shadowQuery<HTMLTextAreaElement>(first, '#review-li-1004-2-body')!, 'Comfortable sneakers');
    byText<HTMLButtonElement>(first, 'button', 'Submit review').click();
    await waitForText(first, 'This is taking too long', 10_000);
    first.remove(); // The shopper reloads; the server has the review.
    expect(sessionStorage.getItem('aftercare:draft:ac-review-prompt:BK-1004')).to.contain('Comfortable sneakers');

    const second = await fixture<AcReviewPrompt>(
      html`<ac-review-prompt .adapter=${server()} order="BK-1004" email="somchai@example.com"></ac-review-prompt>`,
    );
    await waitUntil(() => shadowQueryAll(second, '[part="item"]').length > 0, 'items listed', { timeout: 5000 });
    expect(shadowQuery(second, '#stars-li-1004-2'), 'reviewed, so no longer asked').to.equal(null);
    expect(storedText()).to.not.contain('Comfortable sneakers');
  });

  it('NPS survey: a lost score is retried with its key, and the comment follows it', async () => {
    const { adapter, writes } = shopWithLostFirstWrite();
    // The survey is about an order the shopper has proved on this page (the tracker beside it did).
    await server().getOrder(proven('JK-2003'));
    const element = document.createElement('ac-nps-survey') as AcNpsSurvey;
    element.adapter = adapter;
    const survey = `nothing-lost-${Date.now()}`;
    element.setAttribute('survey', survey);
    element.setAttribute('customer', 'cust-platinum');
    element.setAttribute('order', 'JK-2003');
    (await fixture<HTMLElement>(html`<div></div>`)).append(element);
    await waitUntil(() => shadowQueryAll(element, '[role="radio"]').length === 11, 'scale', { timeout: 5000 });
    shadowQueryAll<HTMLElement>(element, '[role="radio"]')[9]!.click();
    await waitForText(element, 'What did you like most?', 10_000);
    typeInto(shadowQuery<HTMLInputElement>(element, '#survey-comment')!, 'Fast delivery to Surabaya');
    byText<HTMLButtonElement>(element, 'button', 'Send').click();
    // After a lost score, its retry (with backoff) and the comment: three round trips, slow in WebKit under Xvfb.
    await waitForText(element, 'Thank you for your feedback!', 10_000);

    const [lost, retried, comment] = writes();
    expect(lost!.idempotencyKey).to.equal(retried!.idempotencyKey);
    expect(retried!.body).to.deep.equal(lost!.body);
    expect(comment!.body).to.include({ comment: 'Fast delivery to Surabaya' });
    expect(writes()).to.have.length(3);
    // One record on the server: the retry was answered from the record the lost score made (a replay, so
    // no second record was written), and the comment went to that record.
    type Stored = { responseId: string; surveyId: string; score: number; comment?: string };
    const stored = (await merchantList<Stored>('nps-responses', 'responses')).filter((r) => r.surveyId === survey);
    expect(stored, 'one NPS record on the server').to.have.length(1);
    expect(stored[0]).to.deep.include({ score: 9, comment: 'Fast delivery to Surabaya' });
    expect(retried!.replayed, 'the retried score is a replay of the lost one').to.equal(true);
    expect(comment!.body!['responseId']).to.be.a('string');
    expect(comment!.body!['responseId']).to.equal(retried!.answer!['responseId']);
    expect(comment!.replayed, 'the comment is a write of its own').to.equal(false);
  });

  it('order tracker: a wrong email keeps the form, and the shopper’s contacts are never stored', async () => {
    const element = await fixture<AcOrderTracker>(html`<ac-order-tracker .adapter=${server()}></ac-order-tracker>`);
    await waitForText(element, 'Track your order');
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-order')!, 'BK-1002');
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, 'nok@example.org');
    byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
    await waitForText(element, 'We could not find an order', 5000);
    expect(shadowQuery<HTMLInputElement>(element, '#lookup-order')!.value).to.equal('BK-1002');
    const contact = shadowQuery<HTMLInputElement>(element, '#lookup-contact')!;
    expect(contact.value).to.equal('nok@example.org');
    typeInto(contact, 'nok@example.com');
    byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
    await waitUntil(() => shadowQuery(element, '.order__title'), 'order shown', { timeout: 5000 });

    byText<HTMLButtonElement>(element, 'button', 'Get delivery updates').click();
    await waitUntil(() => shadowQuery(element, '[part="subscribe-form"]'), 'form opens');
    shadowQueryAll<HTMLInputElement>(element, 'input[name="channel"]')[3]!.click(); // WhatsApp
    await element.updateComplete;
    typeInto(shadowQuery<HTMLInputElement>(element, '#subscribe-address')!, '+66 81 234 5678');
    byText<HTMLButtonElement>(element, 'button', 'Subscribe').click();
    await waitForText(element, 'We will send you an update', 5000);
    expect(storedText()).to.not.match(/nok@example|81 ?234 ?5678/);
  });
});
