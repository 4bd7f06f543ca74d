import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate } from '../../core/format/dates.js';
import { formatMoney } from '../../core/format/money.js';
import { safeLinkUrl } from '../../core/safe-url.js';
import type { LoyaltyAccount } from '../../core/schemas/index.js';
import { points } from './loyalty-points.js';
import { renderRewards, renderStoreCredit, renderTierStatus, type RewardHandlers } from './loyalty-rewards.js';

/** Perks the return wizard applies: marked so shoppers know where they count. */
const RETURN_PERKS = new Set(['extended_window', 'free_return_shipping', 'instant_refund', 'no_inspection']);

export { points } from './loyalty-points.js';

/** "฿2,500 more by 14 May for Gold", "620 points to Platinum", or the top of the ladder. */
function progressText(account: LoyaltyAccount): string {
  const next = account.nextTier;
  if (!next) return msg('You have reached our highest tier. Thank you!');
  if (next.spendToReach) {
    const spend = formatMoney(next.spendToReach);
    return next.reachBy
      ? msg(str`${spend} more by ${formatDate(next.reachBy, 'date')} for ${next.name}`)
      : msg(str`${spend} more for ${next.name}`);
  }
  if (next.pointsToReach !== undefined) return msg(str`${points(next.pointsToReach)} to ${next.name}`);
  return msg(str`Next: ${next.name}`);
}

export interface CardHandlers extends RewardHandlers {
  copy: (url: string) => void;
  share: (url: string) => void;
}

export function renderCard(account: LoyaltyAccount, handlers: CardHandlers) {
  const referral = account.referral && safeLinkUrl(account.referral.url);
  const canShare = typeof navigator.share === 'function';
  return html`
    <div class="card" part="card" id="loyalty-card">
      <div class="card__balance">
        <span class="card__points">${points(account.points)}</span>
        ${
          account.pendingPoints
            ? html`<span class="muted">${msg(str`+${points(account.pendingPoints)} pending`)}</span>`
            : nothing
        }
        ${renderStoreCredit(account)}
      </div>
      ${renderTierStatus(account)}
      <div class="card__progress" part="progress">
        ${
          account.progress !== undefined && account.nextTier
            ? html`<progress max="1" .value=${account.progress} aria-labelledby="progress-text"></progress>`
            : nothing
        }
        <p id="progress-text">${progressText(account)}</p>
      </div>
      ${
        account.expiring && account.expiring.points > 0
          ? html`<p class="card__expiring" part="expiring">
              ${msg(str`${points(account.expiring.points)} expire on ${formatDate(account.expiring.at, 'date')}`)}
            </p>`
          : nothing
      }
      ${renderRewards(account, handlers)}
      ${
        account.perks.length
          ? html`<div>
              <h3 class="card__heading">${msg('Your perks')}</h3>
              <ul class="perks" part="perks">
                ${account.perks.map(
                  (perk) =>
                    html`<li>
                      <span>${perk.label}</span>
                      ${RETURN_PERKS.has(perk.code) ? html`<span class="tag">${msg('Applies to returns')}</span>` : nothing}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        referral
          ? html`<div class="referral" part="referral">
              <h3 class="card__heading">${msg('Invite a friend')}</h3>
              ${account.referral!.reward ? html`<p>${account.referral!.reward}</p>` : nothing}
              <label class="visually-hidden" for="referral-link">${msg('Your invitation link')}</label>
              <input
                id="referral-link"
                readonly
                .value=${referral}
                @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
              />
              <div class="referral__actions">
                <button type="button" class="button button--secondary" @click=${() => handlers.copy(referral)}>
                  ${handlers.copied === referral ? msg('Copied') : msg('Copy link')}
                </button>
                ${
                  canShare
                    ? html`<button
                        type="button"
                        class="button button--secondary"
                        @click=${() => handlers.share(referral)}
                      >
                        ${msg('Share')}
                      </button>`
                    : nothing
                }
              </div>
            </div>`
          : nothing
      }
    </div>
  `;
}
