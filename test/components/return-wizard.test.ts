import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/return-wizard/define.js';
import { setLocale } from '../../src/core/localization.js';
import type { ReturnOptions } from '../../src/core/schemas/index.js';
import { byText, shadowQuery, shadowQueryAll, shownText, typeInto, waitForText } from '../support/dom.js';
import { chooseFiles, photoFile } from '../support/photos.js';
import { proven, withEmail } from '../support/demo-contacts.js';
import { widgetBehaviourSuite } from '../support/widget-behaviour.js';
import { check, next, radioByText, select, title, walkToReview, wizard } from '../support/return-wizard-steps.js';

widgetBehaviourSuite({
  tag: 'ac-return-wizard',
  attributes: withEmail('BK-1004'),
  otherAttributes: withEmail('JK-2003'),
  method: 'getReturnOptions',
  loadedText: { en: 'What are you returning?', th: 'เลือกสินค้าที่ต้องการคืน' },
});

describe('<ac-return-wizard>', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the personalized policy from the first step, and why some items cannot go back', async () => {
    const element = await wizard('BK-1004');
    expect(shadowQuery(element, '[part="progress"]')!.textContent).to.contain('Step 1 of 4');
    const policy = shadowQuery(element, '[part="policy"]')!.textContent!;
    expect(policy).to.match(/Gold: 60-day window, until \w+ \d+, \d{4}/);
    expect(policy).to.contain('Your perks: 60-day returns and free return shipping');
    const sarong = shadowQuery<HTMLInputElement>(element, '#item-li-1004-3')!;
    expect(sarong.disabled).to.equal(true);
    expect(shadowQuery(element, '#ineligible-li-1004-3')!.textContent).to.contain('Final sale');
    expect(sarong.getAttribute('aria-describedby')).to.equal('ineligible-li-1004-3');

    const travelling = await wizard('BK-1001');
    expect(shownText(travelling)).to.contain('None of the items in this order can be returned.');
    expect(shownText(travelling)).to.contain('Not delivered yet');
  });

  it('refunds two shirts: free return for Gold, exact estimate, QR code and status', async () => {
    const adapter = new MemoryAdapter();
    const element = await wizard('BK-1004', adapter);
    const toReview = await walkToReview(element, [['li-1004-1', 'wrong_size', 2]], 'Refund', 'Drop off');
    await toReview();
    expect(shadowQuery(element, '[part="summary"]')!.textContent).to.contain('Free for Gold members');
    expect(shadowQuery(element, '.summary__total')!.textContent).to.contain('฿2,380');
    const created = oneEvent(element, 'ac-return-created');
    byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
    const receipt = (await created).detail;
    expect(receipt.refundEstimate).to.deep.equal({ amount: '2380.00', currency: 'THB' });
    await waitUntil(() => title(element) === 'Your return is booked', 'confirmation', { timeout: 5000 });
    await waitUntil(() => shadowQuery(element, '[part="qr-code"] path'), 'QR code drawn');
    expect(shadowQuery(element, '[part="qr-code"] path')!.getAttribute('d')!.length).to.be.greaterThan(100);
    expect(shadowQuery(element, '.confirmation__id')!.textContent).to.equal(receipt.id);
    expect(shadowQuery(element, '.confirmation__code')!.textContent).to.equal(receipt.label!.dropOffCode);
    await waitUntil(() => element.shadowRoot!.activeElement?.classList.contains('step__title'), 'focus on the heading');
    byText<HTMLButtonElement>(element, 'button', 'Check the status').click();
    await waitUntil(() => adapter.calls.some((c) => c.method === 'getReturn' && c.input === receipt.id));
  });

  it('adds the store-credit bonus exactly in rupiah, for a Platinum cash-on-delivery order', async () => {
    const element = await wizard('JK-2003');
    const toReview = await walkToReview(
      element,
      [
        ['li-2003-1', 'not_as_described'],
        ['li-2003-2', 'changed_mind'],
      ],
      'Store credit',
      'Drop off',
    );
    expect(shownText(element).replace(/\s/g, ' ')).to.contain('+Rp 25,000 bonus');
    expect(shadowQuery(element, '[part="refund-account"]')).to.equal(null);
    await toReview();
    // 349,000 + 125,000 − 0 (free for Platinum) + 25,000 bonus
    expect(shadowQuery(element, '.summary__total')!.textContent!.replace(/\s/g, ' ')).to.contain('Rp 499,000');
  });

  it('subtracts a return fee and adds the bonus to the satang', async () => {
    const demo = new MemoryAdapter();
    const options = await demo.getReturnOptions(proven('BK-1004'));
    const paid: ReturnOptions = {
      ...options,
      policy: { ...options.policy, tier: undefined, perks: [] },
      methods: options.methods.map((m) => ({ ...m, fee: { amount: '40.50', currency: 'THB' } })),
    };
    const adapter = Object.assign(Object.create(demo) as MemoryAdapter, { getReturnOptions: async () => paid });
    const element = await wizard('BK-1004', adapter);
    const toReview = await walkToReview(element, [['li-1004-1', 'wrong_size', 1]], 'Store credit', 'Drop off');
    await toReview();
    // 1,190.00 − 40.50 + 100.00
    expect(shadowQuery(element, '.summary__total')!.textContent).to.contain('฿1,249.50');
    expect(shadowQuery(element, '[part="summary"]')!.textContent).to.contain('฿40.50');
  });

  it('exchanges sneakers for an available size only', async () => {
    const adapter = new MemoryAdapter();
    const element = await wizard('BK-1004', adapter);
    await walkToReview(element, [['li-1004-2', 'wrong_size']], 'Exchange', '');
    const sizes = shadowQueryAll<HTMLOptionElement>(element, '#variant-li-1004-2 option');
    expect(sizes.find((o) => o.value === 'v-sneaker-42')!.disabled).to.equal(true);
    expect(sizes.find((o) => o.value === 'v-sneaker-42')!.textContent).to.contain('sold out');
    byText<HTMLButtonElement>(element, 'button', 'Next').click();
    await waitForText(element, 'Choose what to exchange it for.');
    select(element, 'variant-li-1004-2', 'v-sneaker-40');
    await next(element, 'How will you send it back?');
    radioByText(element, 'Drop off');
    await next(element, 'Check and submit');
    expect(shownText(element)).to.contain('for EU 40');
    expect(shadowQuery(element, '.summary__total')).to.equal(null);
    const created = oneEvent(element, 'ac-return-created');
    byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
    expect((await created).detail.refundEstimate).to.equal(undefined);
    const sent = adapter.calls.find((c) => c.method === 'createReturn')!.input as {
      items: { exchangeVariantId?: string }[];
    };
    expect(sent.items[0]!.exchangeVariantId).to.equal('v-sneaker-40');
  });

  it('asks for a photo and a comment when the reason needs them, focusing the first problem', async () => {
    const element = await wizard('BK-1004');
    byText<HTMLButtonElement>(element, 'button', 'Next').click();
    await waitForText(element, 'Choose at least one item to return.');
    check(element, '#item-li-1004-1');
    await element.updateComplete;
    byText<HTMLButtonElement>(element, 'button', 'Next').click();
    await waitForText(element, 'Choose a reason.');
    expect(element.shadowRoot!.activeElement?.id).to.equal('reason-li-1004-1');
    expect(element.shadowRoot!.activeElement?.getAttribute('aria-invalid')).to.equal('true');
    select(element, 'reason-li-1004-1', 'damaged');
    await waitUntil(() => shadowQuery(element, '#photos-li-1004-1'), 'photo picker loads');
    byText<HTMLButtonElement>(element, 'button', 'Next').click();
    await waitForText(element, 'Add a photo that shows the problem.');
    chooseFiles(shadowQuery<HTMLInputElement>(element, '#photos-li-1004-1')!, [await photoFile(1600, 1200)]);
    await waitUntil(() => shadowQueryAll(element, '.photos__item').length === 1, 'photo added', { timeout: 5000 });
    select(element, 'reason-li-1004-1', 'other');
    await element.updateComplete;
    byText<HTMLButtonElement>(element, 'button', 'Next').click();
    await waitForText(element, 'Tell us a little more, please.');
    typeInto(shadowQuery<HTMLInputElement>(element, '#comment-li-1004-1')!, 'The seam came apart');
    await next(element, 'What would you like instead?');
  });

  it('collects a refund account for a cash-on-delivery order, checks it, and never stores it', async () => {
    const adapter = new MemoryAdapter();
    const element = await wizard('JK-2003', adapter);
    const toReview = await walkToReview(element, [['li-2003-2', 'changed_mind']], 'Refund', 'Drop off');
    expect(shadowQuery(element, '[part="refund-account"]')).to.not.equal(null);
    byText<HTMLButtonElement>(element, 'button', 'Next').click();
    await waitForText(element, 'Choose where to send the refund.');
    radioByText(element, 'PromptPay');
    await element.updateComplete;
    typeInto(shadowQuery<HTMLInputElement>(element, '#account-name')!, 'Dewi Lestari');
    typeInto(shadowQuery<HTMLInputElement>(element, '#account-number')!, '12345');
    byText<HTMLButtonElement>(element, 'button', 'Next').click();
    await waitForText(element, 'A PromptPay ID is a 10-digit phone number or a 13-digit ID number.');
    typeInto(shadowQuery<HTMLInputElement>(element, '#account-number')!, '081-234-5678');
    await toReview();
    const stored = Object.values({ ...sessionStorage }).join('\n');
    expect(stored).to.not.contain('0812345678').and.not.contain('081-234-5678').and.not.contain('Dewi Lestari');
    byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
    await waitUntil(() => title(element) === 'Your return is booked', 'confirmation', { timeout: 5000 });
    const sent = adapter.calls.find((c) => c.method === 'createReturn')!.input as { refundAccount: object };
    expect(sent.refundAccount).to.deep.equal({
      kind: 'promptpay',
      accountName: 'Dewi Lestari',
      accountNumber: '081-234-5678',
    });
  });

  it('resumes after a reload where the shopper was, minus the account', async () => {
    const first = await wizard('BK-1004');
    const toReview = await walkToReview(first, [['li-1004-1', 'wrong_size', 2]], 'Store credit', 'Drop off');
    await toReview();
    first.remove();
    const second = await wizard('BK-1004');
    await waitUntil(() => title(second) === 'Check and submit' && shadowQuery(second, '.summary__total'));
    expect(shadowQuery(second, '.summary__total')!.textContent).to.contain('฿2,480');
    byText<HTMLButtonElement>(second, 'button', 'Back').click();
    await waitUntil(() => title(second) === 'How will you send it back?');
    expect(shadowQueryAll<HTMLInputElement>(second, 'input[name="method"]').some((i) => i.checked)).to.equal(true);
  });

  it('keeps everything after a failed submit and reuses the key, so one return is created', async () => {
    const adapter = new MemoryAdapter({ fail: { createReturn: 'timeout' }, failTimes: 1, latency: 20 });
    const element = await wizard('BK-1004', adapter);
    const toReview = await walkToReview(element, [['li-1004-2', 'wrong_size']], 'Refund', 'Drop off');
    await toReview();
    const submit = byText<HTMLButtonElement>(element, 'button', 'Submit return');
    submit.click();
    await waitForText(element, 'This is taking too long');
    expect(title(element)).to.equal('Check and submit');
    submit.click();
    submit.click();
    await waitUntil(() => title(element) === 'Your return is booked', 'confirmation', { timeout: 5000 });
    const keys = adapter.calls.filter((c) => c.method === 'createReturn').map((c) => c.options!.idempotencyKey);
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size).to.equal(1);
    const options = await adapter.getReturnOptions(proven('BK-1004'));
    expect(options.items.find((i) => i.lineItemId === 'li-1004-2')!.ineligibleReason).to.equal('already_returned');
  });

  it('walks the flow by keyboard alone', async () => {
    const element = await wizard('BK-1004');
    shadowQuery<HTMLInputElement>(element, '#item-li-1004-2')!.focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' }); // Reason
    expect(element.shadowRoot!.activeElement?.id).to.equal('reason-li-1004-2');
    await sendKeys({ press: 'ArrowDown' }); // Wrong size
    await element.updateComplete;
    expect(shadowQuery<HTMLSelectElement>(element, '#reason-li-1004-2')!.value).to.equal('wrong_size');
    byText<HTMLButtonElement>(element, 'button', 'Next').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => title(element) === 'What would you like instead?');
    expect(element.shadowRoot!.activeElement?.classList.contains('step__title')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // The first resolution: refund
    await element.updateComplete;
    expect(shadowQueryAll<HTMLInputElement>(element, 'input[name="resolution"]')[0]!.checked).to.equal(true);
  });

  it('starts by finding the order when none is given', async () => {
    const element = await wizard(undefined);
    await waitForText(element, 'Find your order');
    expect(shadowQuery(element, '[part="progress"]')!.textContent).to.contain('Step 1 of 5');
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-order')!, 'BK-1004');
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, 'somchai@example.com');
    byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
    await waitUntil(() => title(element) === 'What are you returning?');
    expect(shadowQuery(element, '[part="progress"]')!.textContent).to.contain('Step 2 of 5');
  });

  for (const lang of ['en', 'th', 'id']) {
    it(`has no axe violations on any step in ${lang}`, async () => {
      await setLocale(lang);
      try {
        const element = await wizard('JK-2003');
        await expect(element).to.be.accessible();
        check(element, '#item-li-2003-2');
        await element.updateComplete;
        select(element, 'reason-li-2003-2', 'changed_mind');
        await element.updateComplete;
        await expect(element).to.be.accessible();
        const nextButton = () => shadowQuery<HTMLButtonElement>(element, '.navigation .button:last-child')!;
        nextButton().click();
        await waitUntil(() => shadowQuery(element, 'input[name="resolution"]'));
        shadowQueryAll<HTMLInputElement>(element, 'input[name="resolution"]')[0]!.click();
        await element.updateComplete;
        await expect(element).to.be.accessible();
        shadowQueryAll<HTMLInputElement>(element, 'input[name="account-kind"]')[2]!.click();
        await element.updateComplete;
        typeInto(shadowQuery<HTMLInputElement>(element, '#account-name')!, 'Dewi');
        typeInto(shadowQuery<HTMLInputElement>(element, '#account-number')!, '0812345678');
        nextButton().click();
        await waitUntil(() => shadowQuery(element, 'input[name="method"]'));
        shadowQuery<HTMLInputElement>(element, 'input[name="method"]')!.click();
        await element.updateComplete;
        await expect(element).to.be.accessible();
        nextButton().click();
        await waitUntil(() => shadowQuery(element, '[part="summary"]'));
        await expect(element).to.be.accessible();
        nextButton().click();
        await waitUntil(() => shadowQuery(element, '[part="qr-code"]'));
        await expect(element).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });
  }
});
