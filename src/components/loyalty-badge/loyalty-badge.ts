import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { AftercareElement } from '../../core/base-element.js';
import { type AdapterError, isAdapterError } from '../../core/errors.js';
import { getLocale } from '../../core/localization.js';
import { fillUrlTemplate } from '../../core/safe-url.js';
import type { LoyaltyAccount } from '../../core/schemas/index.js';
import { getLoyalty } from '../../generated/contract/getLoyalty.js';
import { copyText } from '../shared/clipboard.js';
import { renderTask } from '../shared/task-view.js';
import { linkButtonStyles } from '../shared/utility.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { badgeSkeletonStyles, FULL_BADGE_SKELETON } from './badge-skeleton.js';
import { loyaltyBadgeStyles } from './loyalty-badge.styles.js';
import { points, renderCard } from './loyalty-card.js';

const MEDAL = html`<svg class="medal" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M7 2h4l1 4-3 3zM17 2h-4l-1 4 3 3z" />
  <circle cx="12" cy="15" r="6" />
  <path class="medal__star" d="M12 11.8l1 2 2.2.3-1.6 1.5.4 2.2-2-1.1-2 1.1.4-2.2-1.6-1.5 2.2-.3z" />
</svg>`;

/**
 * The shopper's loyalty tier, points and perks: a chip that opens into the
 * card (`compact`), or the card itself (`full`).
 *
 * @tag ac-loyalty-badge
 * @summary Tier, points, progress to the next tier, what keeps the tier, rewards, store credit, perks and the referral link.
 *
 * @fires ac-error-shown - An error state is shown; `detail.code` is the AdapterErrorCode.
 *
 * @csspart base - The whole badge.
 * @csspart chip - The compact tier chip (a disclosure button).
 * @csspart card - The full card.
 * @csspart progress - Progress to the next tier, in a bar and words.
 * @csspart expiring - Points about to expire.
 * @csspart perks - The perks list.
 * @csspart referral - The referral link with copy and share.
 * @csspart sign-in - The invitation shown to a signed-out shopper.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error state.
 *
 * @cssprop --ac-color-accent - The progress bar and the chip.
 */
export class AcLoyaltyBadge extends AftercareElement {
  static override contract = { getLoyalty };
  static override styles = [...widgetStyles, linkButtonStyles, loyaltyBadgeStyles, badgeSkeletonStyles];

  static override properties: PropertyDeclarations = {
    customer: {},
    variant: { reflect: true },
    signinHref: { attribute: 'signin-href' },
    expanded: { state: true },
    copied: { state: true },
  };

  /** Customer id; without it the adapter answers for the signed-in shopper ("me"). */
  declare customer?: string;
  /** `compact` (default): a chip that opens into the card; `full`: the card. */
  variant: 'compact' | 'full' = 'compact';
  /** Where a signed-out shopper signs in (http(s) or a path on the shop). */
  declare signinHref?: string;

  private expanded = false;
  /** What was copied last, for two seconds. */
  private copied?: string;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  private readonly accountTask = this.createTask({
    task: async ([adapter, customerId], { signal }) => {
      // A store without a loyalty programme: no request, and the badge renders nothing.
      const loyalty = adapter ?? this.requireAdapter();
      return loyalty.getLoyalty?.(customerId ? { customerId } : {}, { signal });
    },
    args: () => [this.resolvedAdapter, this.customer, getLocale(), this.settingsRevision] as const,
    // Being signed out is a state to invite, not an error to report.
    onError: (error) => {
      if (!(isAdapterError(error) && error.code === 'unauthorized')) this.errorShown(error);
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  /** Copies the referral link or a reward's voucher code; the copied one says so for two seconds. */
  private async copy(text: string, value: 'referral_copy' | 'voucher_copy'): Promise<void> {
    if (!(await copyText(text))) return;
    this.copied = text;
    this.track({ name: 'link_clicked', value });
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copied = undefined), 2000);
  }

  private async share(url: string): Promise<void> {
    this.track({ name: 'link_clicked', value: 'referral_share' });
    try {
      await navigator.share({ url });
    } catch {
      // Closing the share sheet is not an error.
    }
  }

  protected override render() {
    if (this.resolvedAdapter && !this.supports('getLoyalty')) return nothing;
    const compact = this.variant !== 'full';
    const body = renderTask(this.accountTask, {
      skeleton: compact ? [2.75] : FULL_BADGE_SKELETON, // The compact chip: one 44 px line.
      loadingLabel: msg('Loading your points…'),
      complete: (account) => (account ? this.renderAccount(account, compact) : nothing),
      error: (error) => this.renderSignIn(error),
      support: this.supportContext,
    });
    return html`<div class="badge" part="base">${body}</div>`;
  }

  /** A signed-out shopper is invited to sign in; other failures get the standard error state. */
  private renderSignIn(error: AdapterError) {
    if (error.code !== 'unauthorized') return undefined;
    const href = fillUrlTemplate(this.signinHref, {});
    return html`<p class="sign-in" part="sign-in">
      ${msg('Sign in to see your points and perks.')}
      ${href ? html`<a class="button button--secondary" href=${href}>${msg('Sign in')}</a>` : nothing}
    </p>`;
  }

  private renderAccount(account: LoyaltyAccount, compact: boolean) {
    const tier = html`<span class="tier tier--${account.tier.code}">${MEDAL}<span>${account.tier.name}</span></span>`;
    const card = renderCard(account, {
      copy: (url) => void this.copy(url, 'referral_copy'),
      share: (url) => void this.share(url),
      copyCode: (code) => void this.copy(code, 'voucher_copy'),
      copied: this.copied,
    });
    if (!compact) {
      return html`<h2 class="badge__title">${msg(str`${account.tier.name} member`)}</h2>
        ${tier} ${card}`;
    }
    return html`
      <button
        type="button"
        class="chip"
        part="chip"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="loyalty-card"
        @click=${() => (this.expanded = !this.expanded)}
      >
        ${tier}<span class="chip__points">${points(account.points)}</span>
        <span class="visually-hidden">${msg('Show your loyalty details')}</span>
      </button>
      ${this.expanded ? html`<div @keydown=${this.closeOnEscape}>${card}</div>` : nothing}
    `;
  }

  /** Escape inside the open card folds it and hands focus back to the chip. */
  private closeOnEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.expanded = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.chip')?.focus();
  }
}
