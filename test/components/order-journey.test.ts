import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/order-journey/define.js';
import type { AcOrderJourney } from '../../src/components/order-journey/order-journey.js';
import { setLocale } from '../../src/core/localization.js';
import { byText, shadowQuery, shownText } from '../support/dom.js';
import { withEmail } from '../support/demo-contacts.js';
import { widgetBehaviourSuite } from '../support/widget-behaviour.js';

widgetBehaviourSuite({
  tag: 'ac-order-journey',
  // Two orders placed with the same email: only the order number changes.
  attributes: withEmail('BK-1001'),
  otherAttributes: { order: 'BK-1004' },
  method: 'getOrder',
  loadedText: { en: 'Out for delivery', th: 'กำลังนำส่ง' },
});

/** A journey on the demo data, with every part it placed rendered. */
async function journey(order: string, adapter = new MemoryAdapter()) {
  const element = await fixture<AcOrderJourney>(
    html`<ac-order-journey .adapter=${adapter} order=${order} email=${withEmail(order).email}></ac-order-journey>`,
  );
  await waitUntil(() => element.shadowRoot?.querySelector('ac-order-tracker'), 'tracker placed', { timeout: 4000 });
  const tracker = element.shadowRoot!.querySelector('ac-order-tracker')!;
  await waitUntil(() => shadowQuery(tracker, '.order__title'), 'tracker rendered', { timeout: 4000 });
  return element;
}

const part = (element: AcOrderJourney, tag: string) => element.shadowRoot!.querySelector(tag);

describe('<ac-order-journey>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('shows the tracker and the loyalty badge while the order travels, and nothing about feedback', async () => {
    const element = await journey('BK-1001');
    expect(element.shadowRoot!.querySelector('[data-stage]')!.getAttribute('data-stage')).to.equal('travelling');
    expect(part(element, 'ac-loyalty-badge')!.getAttribute('customer')).to.equal('cust-gold');
    expect(part(element, 'ac-review-prompt')).to.equal(null);
    expect(part(element, 'ac-nps-survey')).to.equal(null);
  });

  it('adds reviews and the survey once delivered, and opens returns inline while the window is open', async () => {
    const element = await journey('BK-1004');
    expect(element.shadowRoot!.querySelector('[data-stage]')!.getAttribute('data-stage')).to.equal('delivered');
    expect(part(element, 'ac-review-prompt')).to.not.equal(null);
    expect(part(element, 'ac-nps-survey')!.getAttribute('customer')).to.equal('cust-gold');
    const tracker = part(element, 'ac-order-tracker')!;
    await waitUntil(() => tracker.shadowRoot!.querySelector('[part="actions"]'), 'entries');
    let followed = true;
    element.addEventListener('ac-return-requested', (event) => (followed = !event.defaultPrevented));
    byText<HTMLButtonElement>(tracker, 'button', 'Return or exchange').click();
    await waitUntil(() => part(element, 'ac-return-wizard'), 'wizard opens inline');
    expect(followed).to.equal(false);
    expect(part(element, 'ac-return-wizard')!.getAttribute('order')).to.equal('BK-1004');
  });

  it('leaves the return entry out once the window has closed', async () => {
    const element = await journey('JK-2002');
    const tracker = part(element, 'ac-order-tracker')!;
    await waitUntil(() => tracker.shadowRoot!.querySelector('[part="actions"]'), 'entries');
    expect(shownText(tracker)).to.contain('Write a review');
    expect(shownText(tracker)).to.not.contain('Return or exchange');
    expect(part(element, 'ac-review-prompt')).to.not.equal(null);
  });

  it('fetches the order once for the journey and the widgets inside it', async () => {
    const adapter = new MemoryAdapter();
    const element = await journey('BK-1004', adapter);
    const review = part(element, 'ac-review-prompt')!;
    await waitUntil(() => review.shadowRoot?.querySelector('[part="item"]'), 'review prompt loaded');
    const badge = part(element, 'ac-loyalty-badge')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('[part="chip"]'), 'badge loaded');
    expect(adapter.calls.filter((call) => call.method === 'getOrder')).to.have.length(1);
  });

  it('remembers the return created here and shows its status on the next visit', async () => {
    const adapter = new MemoryAdapter();
    const first = await journey('BK-1004', adapter);
    const receipt = await adapter.createReturn({
      orderId: 'BK-1004',
      resolution: 'store_credit',
      methodCode: 'seven-eleven',
      items: [{ lineItemId: 'li-1004-1', quantity: 1, reasonCode: 'wrong_size' }],
    });
    // As the wizard inside would announce it.
    part(first, 'ac-order-tracker')!.dispatchEvent(
      new CustomEvent('ac-return-created', { detail: receipt, bubbles: true, composed: true }),
    );
    first.remove();
    const next = await journey('BK-1004', adapter);
    await waitUntil(() => next.shadowRoot!.querySelector('[part="return-status"]'), 'return status');
    expect(next.shadowRoot!.querySelector('[part="return-status"]')!.textContent)
      .to.contain(receipt.id)
      .and.contain('Requested');
  });

  for (const lang of ['en', 'th', 'id']) {
    it(`has no axe violations in ${lang}`, async () => {
      await setLocale(lang);
      try {
        const element = await journey('BK-1004');
        await waitUntil(() => part(element, 'ac-review-prompt')!.shadowRoot?.querySelector('[part="item"]'));
        await expect(element).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });
  }
});
