import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/loyalty-badge/define.js';
import '../../src/components/nps-survey/define.js';
import '../../src/components/order-journey/define.js';
import '../../src/components/order-tracker/define.js';
import '../../src/components/return-wizard/define.js';
import '../../src/components/review-prompt/define.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { byText, shadowQuery, shadowQueryAll, typeInto, waitForText } from '../support/dom.js';
import { title, walkToReview, wizard } from '../support/return-wizard-steps.js';

/** Each widget and the read it makes first. */
const WIDGETS: [tag: string, method: keyof AftercareAdapter, attributes: Record<string, string>][] = [
  ['ac-order-tracker', 'getOrder', { order: 'BK-1004', email: 'somchai@example.com' }],
  ['ac-return-wizard', 'getReturnOptions', { order: 'BK-1004', email: 'somchai@example.com' }],
  ['ac-review-prompt', 'getReviewRequest', { order: 'BK-1004', email: 'somchai@example.com' }],
  ['ac-loyalty-badge', 'getLoyalty', { customer: 'cust-gold', variant: 'full' }],
  ['ac-order-journey', 'getOrder', { order: 'BK-1004', email: 'somchai@example.com' }],
];

export let shapesTried = 0;

describe('hostile shapes: whatever an adapter returns', () => {
  for (const [tag, method, attributes] of WIDGETS) {
    it(`<${tag}> turns any JSON from ${method}() into the error state with invalid_response`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          shapesTried++;
          let reads = 0;
          const adapter = Object.assign(Object.create(new MemoryAdapter()) as MemoryAdapter, {
            [method]: async () => {
              reads++;
              return structuredClone(value);
            },
          }) as AftercareAdapter;
          const codes: string[] = [];
          const container = await fixture<HTMLElement>(
            html`<div @ac-error-shown=${(e: CustomEvent) => codes.push(e.detail.code)}></div>`,
          );
          const element = Object.assign(document.createElement(tag), { adapter });
          for (const [name, v] of Object.entries(attributes)) element.setAttribute(name, v);
          container.append(element);
          await waitUntil(() => shadowQuery(element, '[part="error"]'), `error state for ${JSON.stringify(value)}`, {
            timeout: 3000,
          });
          expect(codes).to.include('invalid_response');
          // The "Something went wrong" state with a retry that asks again, not a dead end.
          const error = shadowQuery(element, '[part="error"]')!;
          expect(error.textContent).to.include('Something went wrong');
          const retry = error.querySelector<HTMLButtonElement>('[part="retry-button"]');
          expect(retry, `a retry button for ${JSON.stringify(value)}`).to.not.equal(null);
          const asked = reads;
          retry!.click();
          await waitUntil(() => reads > asked, `the retry asks ${method}() again`, { timeout: 3000 });
          container.remove();
        }),
        { numRuns: 30, seed: 20261123 },
      );
    });
  }
});

/** Adapter whose `method` answers with whatever the current fuzz value is. */
function answering<M extends keyof AftercareAdapter>(
  method: M,
  current: () => unknown,
  keep?: (input: never) => boolean,
) {
  const demo = new MemoryAdapter();
  return Object.assign(Object.create(demo) as MemoryAdapter, {
    [method]: async (input: never, options: never) =>
      keep?.(input) ? (demo[method] as (i: never, o: never) => unknown)(input, options) : structuredClone(current()),
  }) as AftercareAdapter;
}

const WRITE_RUNS = { numRuns: 20, seed: 20261123 };

describe('hostile shapes: whatever a write answers, the input stays', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('<ac-return-wizard> keeps the return on the review step for any JSON from createReturn()', async () => {
    let value: unknown;
    const codes: string[] = [];
    const element = await wizard(
      'BK-1004',
      answering('createReturn', () => value),
    );
    element.addEventListener('ac-error-shown', (e) => codes.push((e as CustomEvent).detail.code));
    const toReview = await walkToReview(element, [['li-1004-2', 'wrong_size']], 'Refund', 'Drop off');
    await toReview();
    const total = shadowQuery(element, '.summary__total')!.textContent;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (answer) => {
        shapesTried++;
        value = answer;
        codes.length = 0;
        byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
        await waitUntil(() => codes.length > 0, `error shown for ${JSON.stringify(answer)}`, { timeout: 3000 });
        expect(codes).to.deep.equal(['invalid_response']);
        expect(title(element)).to.equal('Check and submit');
        expect(shadowQuery(element, '.summary__total')!.textContent).to.equal(total);
      }),
      WRITE_RUNS,
    );
  });

  it('<ac-review-prompt> keeps the review text for any JSON from submitReview()', async () => {
    let value: unknown;
    const codes: string[] = [];
    const element = Object.assign(document.createElement('ac-review-prompt'), {
      adapter: answering('submitReview', () => value),
    });
    element.setAttribute('order', 'BK-1004');
    element.setAttribute('email', 'somchai@example.com');
    (await fixture<HTMLElement>(html`<div></div>`)).append(element);
    element.addEventListener('ac-error-shown', (e) => codes.push((e as CustomEvent).detail.code));
    await waitUntil(() => shadowQuery(element, '#stars-li-1004-1'), 'items listed');
    shadowQuery(element, '#stars-li-1004-1')!.querySelectorAll<HTMLElement>('[role="radio"]')[3]!.click();
    await waitUntil(() => shadowQuery(element, '#review-li-1004-1-body'), 'form opens');
    const body = shadowQuery<HTMLTextAreaElement>(element, '#review-li-1004-1-body')!;
    typeInto(body, 'Good linen');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (answer) => {
        shapesTried++;
        value = answer;
        codes.length = 0;
        byText<HTMLButtonElement>(element, 'button', 'Submit review').click();
        await waitUntil(() => codes.length > 0, `error shown for ${JSON.stringify(answer)}`, { timeout: 3000 });
        expect(codes).to.deep.equal(['invalid_response']);
        expect(body.isConnected && body.value).to.equal('Good linen');
      }),
      WRITE_RUNS,
    );
  });

  it('<ac-nps-survey> keeps the comment for any JSON from submitNps()', async () => {
    let value: unknown;
    const codes: string[] = [];
    const element = Object.assign(document.createElement('ac-nps-survey'), {
      // The score goes through; the comment's answer is the fuzzed one.
      adapter: answering(
        'submitNps',
        () => value,
        (input: { comment?: string }) => input.comment === undefined,
      ),
    });
    element.setAttribute('survey', 'shapes');
    element.setAttribute('customer', 'cust-gold');
    (await fixture<HTMLElement>(html`<div></div>`)).append(element);
    element.addEventListener('ac-error-shown', (e) => codes.push((e as CustomEvent).detail.code));
    await waitUntil(() => shadowQueryAll(element, '[role="radio"]').length === 11, 'scale');
    shadowQueryAll<HTMLElement>(element, '[role="radio"]')[8]!.click();
    await waitForText(element, 'What would make it a 10?');
    const comment = shadowQuery<HTMLTextAreaElement>(element, '#survey-comment')!;
    typeInto(comment, 'More colours');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (answer) => {
        shapesTried++;
        value = answer;
        codes.length = 0;
        byText<HTMLButtonElement>(element, 'button', 'Send').click();
        await waitUntil(() => codes.length > 0, `error shown for ${JSON.stringify(answer)}`, { timeout: 3000 });
        expect(codes).to.deep.equal(['invalid_response']);
        expect(comment.isConnected && comment.value).to.equal('More colours');
      }),
      WRITE_RUNS,
    );
  });
});
