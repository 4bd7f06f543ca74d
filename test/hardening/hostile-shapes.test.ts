import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/loyalty-badge/define.js';
import '../../src/components/order-journey/define.js';
import '../../src/components/order-tracker/define.js';
import '../../src/components/return-wizard/define.js';
import '../../src/components/review-prompt/define.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { shadowQuery } from '../support/dom.js';

/** Each widget and the read it makes first. */
const WIDGETS: [tag: string, method: keyof AftercareAdapter, attributes: Record<string, string>][] = [
  ['ac-order-tracker', 'getOrder', { order: 'BK-1004' }],
  ['ac-return-wizard', 'getReturnOptions', { order: 'BK-1004' }],
  ['ac-review-prompt', 'getReviewRequest', { order: 'BK-1004' }],
  ['ac-loyalty-badge', 'getLoyalty', { customer: 'cust-gold', variant: 'full' }],
  ['ac-order-journey', 'getOrder', { order: 'BK-1004' }],
];

export let shapesTried = 0;

describe('hostile shapes: whatever an adapter returns', () => {
  for (const [tag, method, attributes] of WIDGETS) {
    it(`<${tag}> turns any JSON from ${method}() into the error state with invalid_response`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          shapesTried++;
          const adapter = Object.assign(Object.create(new MemoryAdapter()) as MemoryAdapter, {
            [method]: async () => structuredClone(value),
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
          container.remove();
        }),
        { numRuns: 30, seed: 20261123 },
      );
    });
  }
});
