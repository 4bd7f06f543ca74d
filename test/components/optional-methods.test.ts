import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { composeAdapters } from '../../src/adapters/compose.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/loyalty-badge/define.js';
import '../../src/components/nps-survey/define.js';
import '../../src/components/order-journey/define.js';
import '../../src/components/review-prompt/define.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { shadowQuery } from '../support/dom.js';
import { withEmail } from '../support/demo-contacts.js';

const FEATURES = ['getReviewRequest', 'submitReview', 'submitNps', 'getLoyalty'] as const;

/** A store with orders and returns only: no reviews, surveys or loyalty (DESIGN §5.2). */
function ordersOnly(memory: MemoryAdapter): AftercareAdapter {
  return composeAdapters({
    getOrder: (ref, opts) => memory.getOrder(ref, opts),
    getReturnOptions: (ref, opts) => memory.getReturnOptions(ref, opts),
    createReturn: (request, opts) => memory.createReturn(request, opts),
    getReturn: (id, opts) => memory.getReturn(id, opts),
  });
}

const featureCalls = (memory: MemoryAdapter) =>
  memory.calls.filter((call) => (FEATURES as readonly string[]).includes(call.method));

/** Element children of the shadow root: none means the widget rendered nothing (no box, skeleton or error). */
const rendered = (element: Element) => element.shadowRoot!.children.length;

/** Each widget, with an adapter that has its methods and with one that lacks them. */
const WIDGETS = [
  {
    tag: 'ac-loyalty-badge',
    mount: (adapter: AftercareAdapter) =>
      fixture(html`<ac-loyalty-badge customer="cust-gold" .adapter=${adapter}></ac-loyalty-badge>`),
    ready: '.chip',
  },
  {
    tag: 'ac-review-prompt',
    mount: (adapter: AftercareAdapter) =>
      fixture(
        html`<ac-review-prompt
          .adapter=${adapter}
          order="BK-1004"
          email=${withEmail('BK-1004').email}
        ></ac-review-prompt>`,
      ),
    ready: '.prompt__title',
  },
  {
    tag: 'ac-nps-survey',
    mount: (adapter: AftercareAdapter) =>
      fixture(html`<ac-nps-survey survey="post-delivery" order="BK-1004" .adapter=${adapter}></ac-nps-survey>`),
    ready: '[part="base"]',
  },
];

describe('optional adapter methods (reviews, survey, loyalty)', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('composeAdapters leaves them out when no part has them', () => {
    const adapter = ordersOnly(new MemoryAdapter());
    for (const method of FEATURES) expect(typeof adapter[method], method).to.equal('undefined');
    expect(typeof adapter.getOrder).to.equal('function');
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> renders with an adapter that has its methods`, async () => {
      const element = await widget.mount(new MemoryAdapter());
      await waitUntil(() => shadowQuery(element, widget.ready), 'content', { timeout: 4000 });
    });

    it(`<${widget.tag}> renders nothing and sends no request without its methods`, async () => {
      const memory = new MemoryAdapter();
      const element = await widget.mount(ordersOnly(memory));
      await aTimeout(100);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(rendered(element), 'no box, skeleton or error').to.equal(0);
      expect(featureCalls(memory)).to.deep.equal([]);
    });
  }

  it('the journey of a delivered order places only what the adapter has', async () => {
    const memory = new MemoryAdapter();
    const element = await fixture(
      html`<ac-order-journey
        .adapter=${ordersOnly(memory)}
        order="BK-1004"
        email=${withEmail('BK-1004').email}
      ></ac-order-journey>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('ac-order-tracker'), 'tracker placed', { timeout: 4000 });
    const root = element.shadowRoot!;
    expect(root.querySelector('[data-stage]')!.getAttribute('data-stage')).to.equal('delivered');
    for (const tag of ['ac-loyalty-badge', 'ac-review-prompt', 'ac-nps-survey'])
      expect(root.querySelector(tag), tag).to.equal(null);
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(featureCalls(memory)).to.deep.equal([]);
  });
});
