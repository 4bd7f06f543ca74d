import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate } from '../../core/format/dates.js';
import { formatList } from '../../core/format/numbers.js';
import type { ReturnOptions } from '../../core/schemas/index.js';
import { perkLabel } from './return-text.js';

/** "Gold: 60-day window, until 12 Jun 2026" */
export function policyLine(policy: ReturnOptions['policy']): string | undefined {
  // A backend that sends no window or deadline gets no line for it (DESIGN §5.2).
  if (policy.deadline === undefined || policy.windowDays === undefined) return policy.tier;
  const until = formatDate(policy.deadline, 'date');
  return policy.tier
    ? msg(str`${policy.tier}: ${policy.windowDays}-day window, until ${until}`)
    : msg(str`${policy.windowDays}-day window, until ${until}`);
}

/** The shopper's policy and perks; nothing at all when the backend tells neither (no empty box). */
export function renderPolicy(options: ReturnOptions) {
  const { policy } = options;
  const perks = policy.perks.map((perk) => perkLabel(perk, policy.windowDays));
  const line = policyLine(policy);
  if (!line && !perks.length) return nothing;
  return html`<div class="policy callout" part="policy">
    ${line ? html`<p class="policy__line">${line}</p>` : nothing}
    ${perks.length ? html`<p class="policy__perks">${msg(str`Your perks: ${formatList(perks)}`)}</p>` : nothing}
  </div>`;
}
