// DESIGN §5.2: what loyalty programmes add to the badge: how long the tier
// lasts and what keeps it (tier.expiresAt, toKeep), rewards with voucher codes
// to copy (rewards), and store credit. The demo's Gold member has a tier to
// keep by points, the Platinum member by spend, with rewards and credit.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/loyalty-badge/define.js';
import type { AcLoyaltyBadge } from '../../src/components/loyalty-badge/loyalty-badge.js';
import type { RequestOptions } from '../../src/core/adapter.js';
import { setLocale } from '../../src/core/localization.js';
import type { LoyaltyAccount } from '../../src/core/schemas/index.js';
import { byText, clipboardText, shadowQuery, shadowQueryAll, shopperClick, shownText } from '../support/dom.js';

async function card(customer: string, adapter = new MemoryAdapter()): Promise<AcLoyaltyBadge> {
  const element = await fixture<AcLoyaltyBadge>(
    html`<ac-loyalty-badge .adapter=${adapter} customer=${customer} variant="full"></ac-loyalty-badge>`,
  );
  await waitUntil(() => shadowQuery(element, '[part="card"]'), 'card', { timeout: 5000 });
  return element;
}

/** The demo programme, its account answered the way another programme would. */
function programme(change: (account: LoyaltyAccount) => LoyaltyAccount): MemoryAdapter {
  return new (class extends MemoryAdapter {
    override async getLoyalty(ref: { customerId?: string }, options?: RequestOptions) {
      return change(await super.getLoyalty(ref, options));
    }
  })();
}

const status = (element: Element) => shadowQuery(element, '.card__tier-status')?.textContent?.trim();
const DATE = /\w{3} \d{1,2}, \d{4}/;

describe('<ac-loyalty-badge> tier to keep, rewards and store credit', () => {
  afterEach(() => setLocale('en'));

  it('says how many points keep the tier, and by when', async () => {
    const element = await card('cust-gold');
    expect(status(element)).to.match(new RegExp(`^Earn 800 points more by ${DATE.source} to keep Gold$`));
  });

  it('shows the spend that keeps the tier, the store credit and the rewards with their codes', async () => {
    const element = await card('cust-platinum');
    expect(status(element)).to.match(/^Spend Rp\s?5,000,000 more by .+ to keep Platinum$/);
    expect(shadowQuery(element, '.card__credit')!.textContent).to.match(/^Store credit: Rp\s?150,000$/);
    const rewards = shadowQueryAll(element, '.reward').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rewards).to.have.length(2);
    expect(rewards[0]).to.match(/^Free shipping on your next order SHIPFREE-D5230 Copy code SHIPFREE-D5230 Use by /);
    expect(rewards[1]).to.equal('Free gift wrapping');
    await shopperClick(byText<HTMLButtonElement>(element, 'button', 'Copy code'));
    await waitUntil(() => shadowQuery(element, '.reward__code')!.textContent!.includes('Copied'), 'copied');
    expect(await clipboardText()).to.be.oneOf(['SHIPFREE-D5230', undefined]);
  });

  it('offers points or spend when either keeps the tier', async () => {
    const element = await card(
      'cust-gold',
      programme((a) => ({ ...a, toKeep: { ...a.toKeep, spend: { amount: '3000.00', currency: 'THB' } } })),
    );
    expect(status(element)).to.match(/^Earn 800 points or spend ฿3,000 more by .+ to keep Gold$/);
  });

  it('says until when the tier lasts when nothing more is needed', async () => {
    const element = await card(
      'cust-gold',
      programme(({ toKeep: _keep, ...a }) => ({ ...a, tier: { ...a.tier, expiresAt: '2027-01-31' } })),
    );
    expect(status(element)).to.match(/^Gold until Jan 31, 2027$/);
  });

  it('shows none of it for a programme that sends none of it', async () => {
    const element = await card('cust-silver');
    for (const selector of ['.card__tier-status', '.card__credit', '.rewards']) {
      expect(shadowQuery(element, selector), selector).to.equal(null);
    }
  });

  for (const [lang, keep, credit, rewards] of [
    ['th', 'ใช้จ่ายเพิ่มอีก', 'เครดิตร้านค้า:', 'รางวัลของคุณ'],
    ['id', 'untuk mempertahankan Platinum', 'Saldo toko:', 'Hadiah Anda'],
  ] as const) {
    it(`says it in ${lang}, and has no axe violations`, async () => {
      await setLocale(lang);
      const element = await card('cust-platinum');
      await waitUntil(() => shownText(element).includes(rewards), rewards);
      expect(status(element)).to.contain(keep);
      expect(shadowQuery(element, '.card__credit')!.textContent).to.contain(credit);
      await expect(element).to.be.accessible();
    });
  }

  it('has no axe violations in en', async () => {
    await expect(await card('cust-platinum')).to.be.accessible();
    await expect(await card('cust-gold')).to.be.accessible();
  });
});
