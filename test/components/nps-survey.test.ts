import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../support/viewport.js';
import { demoAccessToken, MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import '../../src/components/nps-survey/define.js';
import type { AcNpsSurvey } from '../../src/components/nps-survey/nps-survey.js';
import { setLocale } from '../../src/core/localization.js';
import { byText, shadowQuery, shadowQueryAll, shownText, typeInto, waitForText } from '../support/dom.js';

async function survey(adapter: AftercareAdapter = new MemoryAdapter(), attributes: Record<string, string> = {}) {
  const element = document.createElement('ac-nps-survey') as AcNpsSurvey;
  element.adapter = adapter;
  element.setAttribute('survey', 'post-delivery');
  element.setAttribute('customer', 'cust-gold');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(element);
  await element.updateComplete;
  return element;
}

const options = (element: AcNpsSurvey) => shadowQueryAll<HTMLButtonElement>(element, '[role="radio"]');

describe('<ac-nps-survey>', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('asks the NPS question on a 0–10 scale with end labels', async () => {
    const element = await survey();
    expect(shadowQuery(element, '[part="question"]')!.textContent).to.contain('How likely are you to recommend us');
    expect(options(element).map((o) => o.textContent!.trim())).to.deep.equal([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(shownText(element)).to.contain('Not at all likely').and.contain('Extremely likely');
    expect(shadowQuery(element, '[role="radiogroup"]')!.getAttribute('aria-label')).to.contain('How likely');
  });

  const FOLLOW_UPS: [number, string][] = [
    [0, 'What went wrong?'],
    [6, 'What went wrong?'],
    [7, 'What would make it a 10?'],
    [8, 'What would make it a 10?'],
    [9, 'What did you like most?'],
    [10, 'What did you like most?'],
  ];
  for (const [score, text] of FOLLOW_UPS) {
    it(`records ${score} at once and asks “${text}”`, async () => {
      const adapter = new MemoryAdapter();
      const element = await survey(adapter, { order: 'BK-1004', token: demoAccessToken('BK-1004') });
      const answered = oneEvent(element, 'ac-nps-answered');
      options(element)[score]!.click();
      const { detail } = await answered;
      expect(detail).to.include({ surveyId: 'post-delivery', scale: 'nps', score });
      await waitForText(element, text);
      const stored = await (await adapter.demoStore()).npsResponse(detail.responseId);
      expect(stored).to.include({ score, orderId: 'BK-1004', customerId: 'cust-gold', locale: 'en' });
    });
  }

  it('sends the comment with the same response id, once, then thanks', async () => {
    const adapter = new MemoryAdapter({ latency: 30 });
    const element = await survey(adapter);
    const answered = oneEvent(element, 'ac-nps-answered');
    options(element)[9]!.click();
    const { responseId } = (await answered).detail;
    typeInto(shadowQuery<HTMLInputElement>(element, '#survey-comment')!, 'Fast delivery to Chiang Mai');
    const commented = oneEvent(element, 'ac-nps-commented');
    const send = byText<HTMLButtonElement>(element, 'button', 'Send');
    send.click();
    send.click();
    expect((await commented).detail).to.deep.equal({ surveyId: 'post-delivery', responseId });
    await waitForText(element, 'Thank you for your feedback!');
    expect(await (await adapter.demoStore()).npsResponse(responseId)).to.include({
      comment: 'Fast delivery to Chiang Mai',
    });
    const writes = adapter.calls.filter((c) => c.method === 'submitNps');
    expect(writes).to.have.length(2);
  });

  it('asks CSAT with five labelled faces and matching follow-ups', async () => {
    const element = await survey(new MemoryAdapter(), { scale: 'csat' });
    expect(shadowQuery(element, '[part="question"]')!.textContent).to.contain('How satisfied are you');
    expect(options(element).map((o) => o.getAttribute('aria-label'))).to.deep.equal([
      'Very dissatisfied',
      'Dissatisfied',
      'Neutral',
      'Satisfied',
      'Very satisfied',
    ]);
    expect(options(element)[0]!.textContent).to.contain('Very dissatisfied');
    options(element)[2]!.click();
    await waitForText(element, 'What could we do better?');
  });

  it('uses the merchant’s own question', async () => {
    const element = await survey();
    element.strings = { question: 'Would you shop at Baan Rim Nam again?' };
    await element.updateComplete;
    expect(shadowQuery(element, '[part="question"]')!.textContent).to.contain('Would you shop at Baan Rim Nam again?');
  });

  it('lays the scale out right to left in a right-to-left page, arrows following', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const element = await survey();
      const [zero, one] = options(element);
      expect(zero!.getBoundingClientRect().left).to.be.greaterThan(one!.getBoundingClientRect().left);
      zero!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(element.shadowRoot!.activeElement).to.equal(one);
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('retries a failed score on its own with the same key', async () => {
    const adapter = new MemoryAdapter({ fail: { submitNps: 'network' }, failTimes: 1 });
    const element = await survey(adapter);
    const answered = oneEvent(element, 'ac-nps-answered');
    options(element)[8]!.click();
    await answered;
    const keys = adapter.calls.filter((c) => c.method === 'submitNps').map((c) => c.options!.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('keeps the score after repeated failures and lets the shopper try again', async () => {
    const adapter = new MemoryAdapter({ fail: { submitNps: 'unavailable' }, failTimes: 3 });
    const element = await survey(adapter);
    options(element)[3]!.click();
    await waitForText(element, 'Your answer is kept.', 6000);
    const answered = oneEvent(element, 'ac-nps-answered');
    byText<HTMLButtonElement>(element, 'button', 'Try again').click();
    expect((await answered).detail.score).to.equal(3);
    const keys = new Set(adapter.calls.filter((c) => c.method === 'submitNps').map((c) => c.options!.idempotencyKey));
    expect(keys.size).to.equal(1);
  });

  it('keeps an unsent comment over a reload', async () => {
    const adapter = new MemoryAdapter();
    const first = await survey(adapter, { order: 'BK-1004', token: demoAccessToken('BK-1004') });
    options(first)[4]!.click();
    await waitForText(first, 'What went wrong?');
    typeInto(shadowQuery<HTMLInputElement>(first, '#survey-comment')!, 'Box was crushed');
    await aTimeout(50);
    first.remove();
    const second = await survey(adapter, { order: 'BK-1004', token: demoAccessToken('BK-1004') });
    await waitUntil(() => shadowQuery<HTMLTextAreaElement>(second, '#survey-comment')?.value === 'Box was crushed');
    expect(shownText(second)).to.contain('What went wrong?');
  });

  it('stays quiet for the cool-down after a dismissal, across a reload', async () => {
    const element = await survey();
    const dismissed = oneEvent(element, 'ac-nps-dismissed');
    shadowQuery<HTMLButtonElement>(element, '[part="close-button"]')!.click();
    expect((await dismissed).detail).to.deep.equal({ surveyId: 'post-delivery' });
    expect(element.hidden).to.equal(true);

    const reloaded = await survey();
    expect(reloaded.hidden).to.equal(true);
    expect(shadowQuery(reloaded, '[part="base"]')).to.equal(null);

    // Eight days later the 7-day cool-down is over.
    const key = 'aftercare:survey:post-delivery:cust-gold';
    localStorage.setItem(key, JSON.stringify({ dismissedAt: Date.now() - 8 * 86_400_000 }));
    const later = await survey();
    expect(later.hidden).to.equal(false);
  });

  it('stays quiet for throttle-days after an answer, per customer', async () => {
    const element = await survey();
    const answered = oneEvent(element, 'ac-nps-answered');
    options(element)[10]!.click();
    await answered;
    byText<HTMLButtonElement>(element, 'button', 'Skip').click();
    await waitForText(element, 'Thank you for your feedback!');
    expect((await survey()).hidden).to.equal(true);
    const otherCustomer = await survey(new MemoryAdapter(), { customer: 'cust-silver' });
    expect(otherCustomer.hidden).to.equal(false);
    localStorage.setItem(
      'aftercare:survey:post-delivery:cust-gold',
      JSON.stringify({ answeredAt: Date.now() - 31 * 86_400_000 }),
    );
    expect((await survey(new MemoryAdapter(), { 'throttle-days': '30' })).hidden).to.equal(false);
    expect((await survey(new MemoryAdapter(), { 'throttle-days': '90' })).hidden).to.equal(true);
  });

  it('floats in the corner and closes with Escape', async () => {
    const element = await survey(new MemoryAdapter(), { placement: 'corner' });
    const card = shadowQuery(element, '[part="base"]')!;
    expect(card.getAttribute('role')).to.equal('dialog');
    expect(getComputedStyle(element).position).to.equal('fixed');
    const rect = element.getBoundingClientRect();
    expect(rect.right).to.be.closeTo(innerWidth - 16, 1);
    expect(rect.bottom).to.be.closeTo(innerHeight - 16, 1);
    options(element)[0]!.focus();
    const dismissed = oneEvent(element, 'ac-nps-dismissed');
    await sendKeys({ press: 'Escape' });
    await dismissed;
    expect(element.hidden).to.equal(true);
  });

  it('waits behind a small launcher on a phone, so the page stays usable', async function () {
    try {
      if (!(await setViewport({ width: 360, height: 640 }))) this.skip();
      const element = await survey(new MemoryAdapter(), { placement: 'corner' });
      const launcher = shadowQuery<HTMLButtonElement>(element, '[part="launcher"]')!;
      const rect = launcher.getBoundingClientRect();
      expect(rect.height).to.be.lessThan(64);
      expect(rect.width).to.be.lessThan(240);
      launcher.click();
      await waitUntil(() => shadowQuery(element, '[part="base"]'));
      await waitUntil(() => element.shadowRoot!.activeElement?.getAttribute('role') === 'radio', 'focus on the scale');
      expect(element.getBoundingClientRect().width).to.be.at.most(360 - 32 + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const lang of ['en', 'th', 'id']) {
    it(`has no axe violations in ${lang}: question, follow-up and thanks`, async () => {
      await setLocale(lang);
      const element = await survey();
      await expect(element).to.be.accessible();
      options(element)[9]!.click();
      await waitUntil(() => shadowQuery(element, '[part="follow-up"]'));
      await expect(element).to.be.accessible();
      shadowQueryAll<HTMLButtonElement>(element, '.actions button')[1]!.click();
      await waitUntil(() => shadowQuery(element, '[part="thanks"]'));
      await expect(element).to.be.accessible();
      const csat = await survey(new MemoryAdapter(), { scale: 'csat', customer: 'someone-else' });
      await expect(csat).to.be.accessible();
      await setLocale('en');
    });
  }
});

describe('<ac-nps-survey> about an order: the order’s proof', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('sends the token attribute with every answer about the order, and is refused without proof', async () => {
    const adapter = new MemoryAdapter();
    const token = demoAccessToken('JK-2003');
    const element = await survey(adapter, { order: 'JK-2003', token, customer: 'cust-platinum' });
    options(element)[8]!.click();
    await waitForText(element, 'What would make it a 10?');
    typeInto(shadowQuery<HTMLInputElement>(element, '#survey-comment')!, 'Faster');
    byText<HTMLButtonElement>(element, 'button', 'Send').click();
    await waitForText(element, 'Thank you for your feedback!');
    const sent = adapter.calls.filter((call) => call.method === 'submitNps').map((call) => call.input);
    expect(sent).to.have.length(2);
    for (const input of sent) expect(input).to.include({ orderId: 'JK-2003', token });

    const stranger = await survey(new MemoryAdapter(), { order: 'JK-2003', customer: 'cust-someone' });
    const shown = oneEvent(stranger, 'ac-error-shown');
    options(stranger)[8]!.click();
    expect((await shown).detail.code).to.equal('unauthorized');
  });

  it('RestAdapter sends the token as the bearer, never in the answer', async () => {
    const granted = await fetch('http://127.0.0.1:8788/order-access', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderId: 'JK-2002', email: 'budi@example.com' }),
    });
    const { token } = (await granted.json()) as { token: string };
    const sent: { auth: string | null; body: string }[] = [];
    const adapter = new RestAdapter({
      baseUrl: 'http://127.0.0.1:8788',
      fetch: (input, init) => {
        sent.push({ auth: new Headers(init?.headers).get('Authorization'), body: String(init?.body) });
        return fetch(input, init);
      },
    });
    const element = await survey(adapter, { order: 'JK-2002', token, customer: 'cust-rest' });
    const answered = oneEvent(element, 'ac-nps-answered');
    options(element)[10]!.click();
    expect((await answered).detail.responseId).to.be.a('string');
    expect(sent).to.have.length(1);
    expect(sent[0]!.auth).to.equal(`Bearer ${token}`);
    expect(JSON.parse(sent[0]!.body)).to.include({ orderId: 'JK-2002', score: 10 }).and.not.have.property('token');
  });
});
