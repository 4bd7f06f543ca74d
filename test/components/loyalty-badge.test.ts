import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/loyalty-badge/define.js';
import type { AcLoyaltyBadge } from '../../src/components/loyalty-badge/loyalty-badge.js';
import { setLocale } from '../../src/core/localization.js';
import { byText, shadowQuery, clipboardText, shopperClick, shownText } from '../support/dom.js';
import { widgetBehaviourSuite } from '../support/widget-behaviour.js';

widgetBehaviourSuite({
  tag: 'ac-loyalty-badge',
  attributes: { customer: 'cust-gold', variant: 'full' },
  otherAttributes: { customer: 'cust-silver' },
  method: 'getLoyalty',
  loadedText: { en: 'Gold member', th: 'สมาชิก โกลด์' },
});

async function badge(attributes: Record<string, string>, adapter = new MemoryAdapter()) {
  const element = document.createElement('ac-loyalty-badge') as AcLoyaltyBadge;
  element.adapter = adapter;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(element);
  await waitUntil(() => !shadowQuery(element, '[part="skeleton"]') && shownText(element), 'loaded');
  return element;
}

describe('<ac-loyalty-badge>', () => {
  it('shows the tier with its name and icon, and the points, in a chip that opens into the card', async () => {
    const element = await badge({ customer: 'cust-gold' });
    const chip = shadowQuery<HTMLButtonElement>(element, '[part="chip"]')!;
    expect(chip.textContent).to.contain('Gold').and.contain('1,880 points');
    expect(chip.querySelector('svg')).to.not.equal(null);
    expect(chip.getAttribute('aria-expanded')).to.equal('false');
    expect(shadowQuery(element, '[part="card"]')).to.equal(null);
    chip.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowQuery(element, '[part="card"]'));
    expect(chip.getAttribute('aria-expanded')).to.equal('true');
    expect(chip.getAttribute('aria-controls')).to.equal('loyalty-card');
    await sendKeys({ press: ' ' });
    await waitUntil(() => !shadowQuery(element, '[part="card"]'));

    // Escape from inside the open card folds it, with focus back on the chip.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowQuery(element, '[part="card"]'));
    await sendKeys({ press: 'Tab' });
    expect(shadowQuery(element, '[part="card"]')!.contains(element.shadowRoot!.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadowQuery(element, '[part="card"]'), 'card folded');
    expect(element.shadowRoot!.activeElement).to.equal(chip);
    expect(chip.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows progress by points, pending points and which perks apply to returns', async () => {
    const element = await badge({ customer: 'cust-gold', variant: 'full' });
    expect(shadowQuery(element, '[part="progress"]')!.textContent).to.contain('620 points to Platinum');
    expect(shadowQuery<HTMLProgressElement>(element, 'progress')!.value).to.equal(0.75);
    expect(shownText(element)).to.contain('+120 points pending');
    const perks = [...shadowQuery(element, '[part="perks"]')!.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(perks).to.deep.equal([
      '60-day returns Applies to returns',
      'Free return shipping Applies to returns',
      'Double points',
    ]);
  });

  it('shows progress by spend with its date, and points about to expire', async () => {
    const element = await badge({ customer: 'cust-silver', variant: 'full' });
    expect(shadowQuery(element, '[part="progress"]')!.textContent).to.match(/฿2,500 more by \w+ \d+, \d{4} for Gold/);
    expect(shadowQuery(element, '[part="expiring"]')!.textContent).to.match(/80 points expire on \w+ \d+, \d{4}/);
  });

  it('thanks the top tier instead of showing progress', async () => {
    const element = await badge({ customer: 'cust-platinum', variant: 'full' });
    expect(shadowQuery(element, '[part="progress"]')!.textContent).to.contain('highest tier');
    expect(shadowQuery(element, 'progress')).to.equal(null);
  });

  it('copies the referral link, and shares it where the browser can', async () => {
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => void shared.push(data),
      configurable: true,
    });
    try {
      const element = await badge({ customer: 'cust-gold', variant: 'full' });
      await shopperClick(byText<HTMLButtonElement>(element, 'button', 'Copy link'));
      await waitUntil(() => shownText(element).includes('Copied'));
      expect(await clipboardText()).to.be.oneOf(['https://shop.example.com/r/SOMCHAI88', undefined]);
      byText<HTMLButtonElement>(element, 'button', 'Share').click();
      await waitUntil(() => shared.length === 1);
      expect(shared[0]).to.deep.equal({ url: 'https://shop.example.com/r/SOMCHAI88' });
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('invites a signed-out shopper to sign in, without reporting an error', async () => {
    let errors = 0;
    const count = () => errors++;
    document.addEventListener('ac-error-shown', count);
    try {
      const element = await badge({ 'signin-href': '/account/login?next=rewards' });
      expect(shadowQuery(element, '[part="sign-in"]')!.textContent).to.contain('Sign in to see your points');
      expect(byText<HTMLAnchorElement>(element, 'a', 'Sign in').href).to.equal(
        new URL('/account/login?next=rewards', location.href).href,
      );
      expect(errors).to.equal(0);
    } finally {
      document.removeEventListener('ac-error-shown', count);
    }
  });

  it('reports other failures as errors', async () => {
    const shown = oneEvent(document, 'ac-error-shown');
    await badge({ customer: 'cust-nobody' });
    expect((await shown).detail.code).to.equal('not_found');
  });

  for (const lang of ['en', 'th', 'id']) {
    it(`has no axe violations in ${lang}`, async () => {
      await setLocale(lang);
      try {
        const compact = await badge({ customer: 'cust-silver' });
        shadowQuery<HTMLButtonElement>(compact, '[part="chip"]')!.click();
        await waitUntil(() => shadowQuery(compact, '[part="card"]'));
        await expect(compact).to.be.accessible();
        await expect(await badge({ customer: 'cust-gold', variant: 'full' })).to.be.accessible();
        await expect(await badge({})).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });
  }
});
