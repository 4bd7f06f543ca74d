import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/nps-survey/define.js';
import '../../src/components/order-tracker/define.js';
import '../../src/components/return-wizard/define.js';
import '../../src/components/review-prompt/define.js';
import type { AnalyticsEvent, SupportLinks } from '../../src/core/config.js';
import '../../src/components/provider/define.js';
import type { AcProvider } from '../../src/components/provider/provider.js';
import { supportLinks } from '../../src/core/support.js';
import { byText, shadowQuery, shadowQueryAll, typeInto, waitForText } from '../support/dom.js';

const SUPPORT: SupportLinks = {
  line: '@baanrimnam',
  whatsapp: '+66 81 234 5678',
  phone: '+66 2 123 4567',
  email: 'help@baanrimnam.example',
  url: 'https://help.baanrimnam.example/returns',
};

/** A provider with support links and an analytics sink around one widget. */
async function page(widget: ReturnType<typeof html>, adapter = new MemoryAdapter()) {
  const events: AnalyticsEvent[] = [];
  const provider = await fixture<AcProvider>(html`
    <ac-provider .adapter=${adapter} .support=${SUPPORT} .analytics=${(event: AnalyticsEvent) => events.push(event)}>
      ${widget}
    </ac-provider>
  `);
  const element = provider.firstElementChild as HTMLElement;
  return { provider, element, events, adapter };
}

// A draft left by another file (Firefox runs every file in one browsing session) would open the wizard elsewhere.
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

const hrefs = (root: Element) =>
  shadowQueryAll<HTMLAnchorElement>(root, '[part="support"] a').map((a) => a.getAttribute('href'));

describe('support links', () => {
  it('build the right URL for each channel and drop what is not safe', () => {
    expect(supportLinks(SUPPORT)).to.deep.equal([
      { channel: 'line', href: 'https://line.me/R/ti/p/%40baanrimnam' },
      { channel: 'whatsapp', href: 'https://wa.me/66812345678' },
      { channel: 'phone', href: 'tel:+6621234567' },
      { channel: 'email', href: 'mailto:help@baanrimnam.example' },
      { channel: 'url', href: 'https://help.baanrimnam.example/returns' },
    ]);
    expect(
      supportLinks({ line: 'javascript:alert(1)', email: 'not-an-email', url: 'javascript:alert(1)', phone: 'tel:' }),
    ).to.deep.equal([]);
    expect(supportLinks({ whatsapp: 'https://wa.me/6281234567890' })).to.deep.equal([
      { channel: 'whatsapp', href: 'https://wa.me/6281234567890' },
    ]);
  });

  it('appear in error states, with icons and words', async () => {
    const { element } = await page(
      html`<ac-order-tracker order="BK-1001" email="somchai@example.com"></ac-order-tracker>`,
      new MemoryAdapter({ fail: 'unavailable' }),
    );
    await waitUntil(() => shadowQuery(element, '[part="error"] [part="support"]'), 'support in the error state');
    expect(hrefs(element)).to.have.length(5);
    const line = shadowQuery(element, '[part="support"] a')!;
    expect(line.querySelector('svg')).to.not.equal(null);
    expect(line.textContent!.trim()).to.equal('Chat on LINE');
  });

  it('appear with a failed delivery attempt, not with a parcel on its way', async () => {
    const failed = await page(html`<ac-order-tracker order="BK-1003" email="malee@example.com"></ac-order-tracker>`);
    await waitUntil(() => shadowQuery(failed.element, '[part="help"] [part="support"]'), 'support in the help');
    const travelling = await page(html`<ac-order-tracker order="BK-1002" email="nok@example.com"></ac-order-tracker>`);
    await waitUntil(() => shadowQuery(travelling.element, '[part="shipment"]'));
    expect(shadowQuery(travelling.element, '[part="support"]')).to.equal(null);
  });

  it('appear in the return wizard, and clicks are counted without the address', async () => {
    const { element, events } = await page(
      html`<ac-return-wizard order="BK-1004" email="somchai@example.com"></ac-return-wizard>`,
    );
    await waitUntil(() => shadowQuery(element, '[part="support"]'), 'support in the wizard', { timeout: 5000 });
    const mail = shadowQueryAll<HTMLAnchorElement>(element, '[part="support"] a')[3]!;
    mail.addEventListener('click', (event) => event.preventDefault());
    mail.click();
    expect(events.at(-1)).to.include({ name: 'link_clicked', widget: 'ac-return-wizard', value: 'support_email' });
    expect(JSON.stringify(events)).to.not.contain('help@baanrimnam');
  });
});

describe('analytics', () => {
  it('lets a store rebuild the return funnel', async () => {
    const { element, events } = await page(
      html`<ac-return-wizard order="BK-1004" email="somchai@example.com"></ac-return-wizard>`,
    );
    const title = () => shadowQuery(element, '.step__title')?.textContent?.trim();
    const next = async (expected: string) => {
      shadowQuery<HTMLButtonElement>(element, '.navigation .button:last-child')!.click();
      await waitUntil(() => title() === expected && !shadowQuery(element, '[part="skeleton"]'), expected);
    };
    // The first wizard of the run loads its steps cold; a busy CI machine needs more than a second.
    await waitUntil(() => shadowQuery(element, '#item-li-1004-1'), 'items listed', { timeout: 5000 });
    shadowQuery<HTMLInputElement>(element, '#item-li-1004-1')!.click();
    await (element as unknown as { updateComplete: Promise<void> }).updateComplete;
    const reason = shadowQuery<HTMLSelectElement>(element, '#reason-li-1004-1')!;
    reason.value = 'wrong_size';
    reason.dispatchEvent(new Event('change'));
    await next('What would you like instead?');
    shadowQuery<HTMLInputElement>(element, 'input[name="resolution"]')!.click();
    await next('How will you send it back?');
    shadowQuery<HTMLInputElement>(element, 'input[name="method"]')!.click();
    await next('Check and submit');
    await next('Your return is booked');
    const funnel = events
      .filter((e) => e.widget === 'ac-return-wizard' && e.name !== 'link_clicked')
      .map((e) => `${e.name}${e.step ? `:${e.step}` : ''}`);
    expect(funnel).to.deep.equal([
      'widget_viewed',
      'step_viewed:items',
      'step_completed:items',
      'step_viewed:resolution',
      'step_completed:resolution',
      'step_viewed:method',
      'step_completed:method',
      'step_viewed:review',
      'submitted:review',
      'step_viewed:done',
    ]);
    expect(events.every((e) => e.orderId === undefined || e.orderId === 'BK-1004')).to.equal(true);
    expect(events.every((e) => !Number.isNaN(Date.parse(e.at)))).to.equal(true);
  });

  it('follows an NPS answer from score to thanks', async () => {
    localStorage.clear();
    const { element, events } = await page(
      html`<ac-nps-survey survey="analytics-test" customer="cust-gold"></ac-nps-survey>`,
    );
    await waitUntil(() => shadowQuery(element, '[role="radio"]'));
    shadowQueryAll<HTMLButtonElement>(element, '[role="radio"]')[9]!.click();
    await waitUntil(() => events.some((e) => e.name === 'submitted'));
    typeInto(shadowQuery<HTMLInputElement>(element, '#survey-comment')!, 'Lovely');
    byText<HTMLButtonElement>(element, 'button', 'Send').click();
    await waitForText(element, 'Thank you for your feedback!');
    expect(
      events.map((e) => `${e.name}${e.step ? `:${e.step}` : ''}${e.value !== undefined ? `=${e.value}` : ''}`),
    ).to.deep.equal([
      'widget_viewed',
      'step_completed:score=9',
      'step_viewed:follow_up',
      'submitted:score=9',
      'submitted:follow_up',
      'step_viewed:thanks',
    ]);
  });

  it('never carries what a shopper typed: email, phone, comments, names, account numbers', async () => {
    sessionStorage.clear();
    localStorage.clear();
    const secrets = [
      'somchai@example.com',
      '0812345678',
      'The seam came apart',
      'Dewi Lestari',
      '0899999999',
      'Beautiful batik',
    ];
    const all: AnalyticsEvent[] = [];

    const tracker = await page(html`<ac-order-tracker></ac-order-tracker>`);
    await waitUntil(() => shadowQuery(tracker.element, '#lookup-order'));
    typeInto(shadowQuery<HTMLInputElement>(tracker.element, '#lookup-order')!, 'BK-1001');
    typeInto(shadowQuery<HTMLInputElement>(tracker.element, '#lookup-contact')!, 'somchai@example.com');
    byText<HTMLButtonElement>(tracker.element, 'button', 'Find my order').click();
    await waitUntil(() => shadowQuery(tracker.element, '.updates-toggle'), 'order found');
    shadowQuery<HTMLButtonElement>(tracker.element, '.updates-toggle')!.click();
    await waitUntil(() => shadowQuery(tracker.element, '#subscribe-address'));
    shadowQueryAll<HTMLInputElement>(tracker.element, 'input[name="channel"]')[1]!.click();
    await (tracker.element as unknown as { updateComplete: Promise<void> }).updateComplete;
    typeInto(shadowQuery<HTMLInputElement>(tracker.element, '#subscribe-address')!, '0812345678');
    byText<HTMLButtonElement>(tracker.element, 'button', 'Subscribe').click();
    await waitForText(tracker.element, 'We will send you an update');
    all.push(...tracker.events);

    const survey = await page(html`<ac-nps-survey survey="privacy"></ac-nps-survey>`);
    await waitUntil(() => shadowQuery(survey.element, '[role="radio"]'));
    shadowQueryAll<HTMLButtonElement>(survey.element, '[role="radio"]')[2]!.click();
    await waitUntil(() => shadowQuery(survey.element, '#survey-comment'));
    typeInto(shadowQuery<HTMLInputElement>(survey.element, '#survey-comment')!, 'The seam came apart');
    byText<HTMLButtonElement>(survey.element, 'button', 'Send').click();
    await waitForText(survey.element, 'Thank you for your feedback!');
    all.push(...survey.events);

    const review = await page(html`<ac-review-prompt order="BK-1004" email="somchai@example.com"></ac-review-prompt>`);
    await waitUntil(() => shadowQuery(review.element, '[part="stars"] [role="radio"]'));
    shadowQueryAll<HTMLButtonElement>(review.element, '[part="stars"] [role="radio"]')[4]!.click();
    await waitUntil(() => shadowQuery(review.element, '#review-li-1004-1-body'));
    typeInto(shadowQuery<HTMLInputElement>(review.element, '#review-li-1004-1-body')!, 'Beautiful batik');
    typeInto(shadowQuery<HTMLInputElement>(review.element, '#review-li-1004-1-name')!, 'Dewi Lestari');
    byText<HTMLButtonElement>(review.element, 'button', 'Submit review').click();
    await waitForText(review.element, 'Your review is live.');
    all.push(...review.events);

    const wizard = await page(html`<ac-return-wizard order="JK-2003" email="dewi@example.com"></ac-return-wizard>`);
    const w = wizard.element;
    await waitUntil(() => shadowQuery(w, '#item-li-2003-2'));
    shadowQuery<HTMLInputElement>(w, '#item-li-2003-2')!.click();
    await (w as unknown as { updateComplete: Promise<void> }).updateComplete;
    const reason = shadowQuery<HTMLSelectElement>(w, '#reason-li-2003-2')!;
    reason.value = 'changed_mind';
    reason.dispatchEvent(new Event('change'));
    shadowQuery<HTMLButtonElement>(w, '.navigation .button:last-child')!.click();
    await waitUntil(() => shadowQuery(w, 'input[name="resolution"]'));
    shadowQuery<HTMLInputElement>(w, 'input[name="resolution"]')!.click();
    await waitUntil(() => shadowQuery(w, 'input[name="account-kind"]'));
    shadowQueryAll<HTMLInputElement>(w, 'input[name="account-kind"]')[2]!.click();
    await (w as unknown as { updateComplete: Promise<void> }).updateComplete;
    typeInto(shadowQuery<HTMLInputElement>(w, '#account-name')!, 'Dewi Lestari');
    typeInto(shadowQuery<HTMLInputElement>(w, '#account-number')!, '0899999999');
    shadowQuery<HTMLButtonElement>(w, '.navigation .button:last-child')!.click();
    await waitUntil(() => shadowQuery(w, 'input[name="method"]'));
    all.push(...wizard.events);

    expect(all.length).to.be.greaterThan(15);
    const text = JSON.stringify(all);
    for (const secret of secrets) expect(text, secret).to.not.contain(secret);
    for (const event of all) {
      expect(
        Object.keys(event).every((key) => ['name', 'widget', 'orderId', 'step', 'value', 'at'].includes(key)),
      ).to.equal(true);
    }
  });
});
