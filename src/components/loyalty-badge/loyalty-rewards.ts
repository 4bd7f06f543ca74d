import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate } from '../../core/format/dates.js';
import { formatMoney } from '../../core/format/money.js';
import type { LoyaltyAccount } from '../../core/schemas/index.js';
import { points } from './loyalty-points.js';

// What loyalty programmes add (DESIGN §5.2): how long the tier lasts and what
// keeps it, rewards with their voucher codes, and store credit.

/** "Gold until 31 Dec 2026", or what keeps it: "Earn 800 points more by 31 Dec 2026 to keep Gold". */
export function renderTierStatus(account: LoyaltyAccount) {
  const { tier, toKeep } = account;
  const by = toKeep?.by ?? tier.expiresAt;
  if (!by) return nothing;
  const date = formatDate(by, 'date');
  const more = toKeep?.points ? points(toKeep.points) : undefined;
  const spend = toKeep?.spend ? formatMoney(toKeep.spend) : undefined;
  const text =
    more && spend
      ? msg(str`Earn ${more} or spend ${spend} more by ${date} to keep ${tier.name}`)
      : more
        ? msg(str`Earn ${more} more by ${date} to keep ${tier.name}`)
        : spend
          ? msg(str`Spend ${spend} more by ${date} to keep ${tier.name}`)
          : msg(str`${tier.name} until ${date}`);
  return html`<p class="card__tier-status">${text}</p>`;
}

/** "Store credit: ฿500", beside the points. */
export function renderStoreCredit(account: LoyaltyAccount) {
  return account.storeCredit
    ? html`<span class="card__credit">${msg(str`Store credit: ${formatMoney(account.storeCredit)}`)}</span>`
    : nothing;
}

export interface RewardHandlers {
  copyCode: (code: string) => void;
  /** The link or code copied last, for two seconds. */
  copied?: string | undefined;
}

/** The rewards to spend: each with its voucher code to copy, and the last day to use it. */
export function renderRewards(account: LoyaltyAccount, handlers: RewardHandlers) {
  const rewards = account.rewards ?? [];
  if (!rewards.length) return nothing;
  return html`<div class="rewards">
    <h3 class="card__heading">${msg('Your rewards')}</h3>
    <ul class="perks">
      ${rewards.map(
        (reward) =>
          html`<li class="reward">
            <span>${reward.label}</span>
            ${
              reward.voucherCode
                ? html`<span class="reward__code">
                    <code>${reward.voucherCode}</code>
                    <button type="button" class="link-button" @click=${() => handlers.copyCode(reward.voucherCode!)}>
                      ${handlers.copied === reward.voucherCode ? msg('Copied') : msg('Copy code')}
                      <span class="visually-hidden">${reward.voucherCode}</span>
                    </button>
                  </span>`
                : nothing
            }
            ${
              reward.expiresAt
                ? html`<span class="muted">${msg(str`Use by ${formatDate(reward.expiresAt, 'date')}`)}</span>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </div>`;
}
