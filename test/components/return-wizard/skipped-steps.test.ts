// DESIGN §5.2: the wizard skips what the backend does not offer. One
// resolution, or none, is no question; one return method, or none, neither;
// no return window means no window line. A single answer that still needs
// more (where a cash-on-delivery refund goes) is shown as a fact, not as a
// one-option question. Real browser, the demo shop's options trimmed the way
// real backends send them (Shopify: one refund, one method, no window).
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { AcReturnWizard } from '../../../src/components/return-wizard/return-wizard.js';
import { SHOP_CHOOSES_METHOD } from '../../../src/components/return-wizard/skipped-steps.js';
import type { RequestOptions } from '../../../src/core/adapter.js';
import { setLocale } from '../../../src/core/localization.js';
import type { OrderRef, ReturnOptions, ReturnRequest } from '../../../src/core/schemas/index.js';
import { byText, shadowQuery, shadowQueryAll, shownText } from '../../support/dom.js';
import { check, next, select, title, wizard } from '../../support/return-wizard-steps.js';

/** The demo shop, its return options as a more limited backend sends them. */
function backend(trim: (options: ReturnOptions) => ReturnOptions): MemoryAdapter {
  return new (class extends MemoryAdapter {
    override async getReturnOptions(ref: OrderRef, options?: RequestOptions) {
      return trim(await super.getReturnOptions(ref, options));
    }
  })();
}

const oneRefund = (o: ReturnOptions) => ({ ...o, resolutions: o.resolutions!.filter((r) => r.type === 'refund') });
const noResolutions = ({ resolutions: _r, ...o }: ReturnOptions) => o;
const oneMethod = (o: ReturnOptions) => ({ ...o, methods: o.methods.slice(0, 1) });
const noMethods = (o: ReturnOptions) => ({ ...o, methods: [] });
const noWindow = (o: ReturnOptions): ReturnOptions => ({ ...o, policy: { perks: [] } });

const progress = (element: Element) => shadowQuery(element, '[part="progress"]')?.textContent?.trim();

/** BK-1004 (a Gold member's card order): one shirt, wrong size, then Next. */
async function shirtChosen(adapter: MemoryAdapter, expected: string): Promise<AcReturnWizard> {
  const element = await wizard('BK-1004', adapter, 'somchai@example.com');
  await waitUntil(() => shadowQuery(element, '#item-li-1004-1'), 'items listed', { timeout: 5000 });
  check(element, '#item-li-1004-1');
  await element.updateComplete;
  select(element, 'reason-li-1004-1', 'wrong_size');
  await next(element, expected);
  return element;
}

/** The request the wizard sent (the demo shop may refuse it: the trimmed options are not its own). */
async function submitted(element: AcReturnWizard, adapter: MemoryAdapter): Promise<ReturnRequest> {
  byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
  await waitUntil(() => adapter.calls.some((call) => call.method === 'createReturn'), 'submitted');
  return adapter.calls.find((call) => call.method === 'createReturn')!.input as ReturnRequest;
}

describe('<ac-return-wizard> skips what the backend does not offer', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => setLocale('en'));

  it('asks every question when the shop offers choices (the demo shop)', async () => {
    const element = await shirtChosen(new MemoryAdapter(), 'What would you like instead?');
    expect(progress(element)).to.equal('Step 2 of 4');
    expect(shadowQueryAll(element, 'input[name="resolution"]').length).to.be.greaterThan(1);
  });

  it('skips the resolution step when the shop offers only a refund, and books a refund', async () => {
    const adapter = backend(oneRefund);
    const element = await shirtChosen(adapter, 'How will you send it back?');
    expect(progress(element)).to.equal('Step 2 of 3');
    shadowQuery<HTMLInputElement>(element, 'input[name="method"]')!.click();
    await next(element, 'Check and submit');
    expect(shownText(element)).to.contain('You get').and.contain('Refund');
    byText<HTMLButtonElement>(element, 'button', 'Back').click();
    await waitUntil(() => title(element) === 'How will you send it back?', 'back to the method');
    byText<HTMLButtonElement>(element, 'button', 'Back').click();
    await waitUntil(() => title(element) === 'What are you returning?', 'back past the skipped step');
    await next(element, 'How will you send it back?');
    shadowQuery<HTMLInputElement>(element, 'input[name="method"]')!.click();
    await next(element, 'Check and submit');
    expect((await submitted(element, adapter)).resolution).to.equal('refund');
    await waitUntil(() => title(element) === 'Your return is booked', 'booked', { timeout: 5000 });
  });

  it('skips the resolution step when the shop offers none, and says nothing about one', async () => {
    const adapter = backend(noResolutions);
    const element = await shirtChosen(adapter, 'How will you send it back?');
    shadowQuery<HTMLInputElement>(element, 'input[name="method"]')!.click();
    await next(element, 'Check and submit');
    expect(shownText(element)).not.to.contain('You get');
    expect((await submitted(element, adapter)).resolution).to.equal('refund');
  });

  it('skips the method step when there is one way back, and shows it on the review', async () => {
    const adapter = backend(oneMethod);
    const element = await shirtChosen(adapter, 'What would you like instead?');
    expect(progress(element)).to.equal('Step 2 of 3');
    shadowQuery<HTMLInputElement>(element, 'input[name="resolution"]')!.click();
    await next(element, 'Check and submit');
    expect(shownText(element)).to.contain(
      'Return shipping Drop off at a shop or locker (Kerry Express @ 7-Eleven) · Free for Gold members',
    );
    await expect(element).to.be.accessible();
    expect((await submitted(element, adapter)).methodCode).to.equal('seven-eleven');
    await waitUntil(() => title(element) === 'Your return is booked', 'booked', { timeout: 5000 });
  });

  it('skips the method step when the shop names none, and says the shop will tell', async () => {
    const adapter = backend(noMethods);
    const element = await shirtChosen(adapter, 'What would you like instead?');
    shadowQuery<HTMLInputElement>(element, 'input[name="resolution"]')!.click();
    await next(element, 'Check and submit');
    expect(shownText(element)).to.contain('The shop will tell you how to send the items back.');
    expect((await submitted(element, adapter)).methodCode).to.equal(SHOP_CHOOSES_METHOD);
  });

  it('goes from the items straight to the review with one refund and one method (as from Shopify)', async () => {
    const element = await shirtChosen(
      backend((o) => noWindow(oneMethod(oneRefund(o)))),
      'Check and submit',
    );
    expect(progress(element)).to.equal('Step 2 of 2');
    expect(shadowQuery(element, '[part="policy"]'), 'no window, no tier, no perks: no policy box').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the only resolution as a fact when it still asks where a cash-on-delivery refund goes', async () => {
    const element = await wizard('JK-2003', backend(oneRefund), 'dewi@example.com');
    await waitUntil(() => shadowQuery(element, '#item-li-2003-1'), 'items listed', { timeout: 5000 });
    check(element, '#item-li-2003-1');
    await element.updateComplete;
    select(element, 'reason-li-2003-1', 'wrong_size');
    await next(element, 'What would you like instead?');
    expect(shadowQueryAll(element, 'input[name="resolution"]'), 'no one-option question').to.have.length(0);
    expect(shadowQuery(element, '.fact')!.textContent).to.contain('Refund');
    expect(shadowQuery(element, '#account-name'), 'the account is still asked').not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows no window line without a window, and the tier alone when there is one', async () => {
    const element = await wizard(
      'BK-1004',
      backend((o) => ({ ...o, policy: { tier: o.policy.tier!, perks: o.policy.perks } })),
      'somchai@example.com',
    );
    await waitUntil(() => shadowQuery(element, '[part="policy"]'), 'policy', { timeout: 5000 });
    expect(shadowQuery(element, '.policy__line')!.textContent!.trim()).to.equal('Gold');
    expect(shownText(element)).not.to.contain('-day window');
  });

  for (const [lang, words] of [
    ['th', 'ร้านจะแจ้งวิธีส่งสินค้าคืนให้ทราบ'],
    ['id', 'Toko akan memberi tahu cara mengirim barang yang diretur.'],
  ] as const) {
    it(`says the shop will tell the way back in ${lang}`, async () => {
      const element = await shirtChosen(
        backend((o) => noMethods(oneRefund(o))),
        'Check and submit',
      );
      await setLocale(lang);
      await waitUntil(() => shownText(element).includes(words), words);
      await expect(element).to.be.accessible();
    });
  }
});
