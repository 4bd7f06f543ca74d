import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate } from '../../core/format/dates.js';
import type { ReturnReceipt } from '../../core/schemas/index.js';

export function returnStatusLabel(status: ReturnReceipt['status']): string {
  switch (status) {
    case 'requested':
      return msg('Requested: we will confirm it shortly');
    case 'approved':
      return msg('Approved');
    case 'rejected':
      return msg('Not accepted');
    case 'in_transit':
      return msg('On its way back to us');
    case 'received':
      return msg('Received by the shop');
    case 'refunded':
      return msg('Refunded');
    case 'exchanged':
      return msg('Exchange sent');
    case 'closed':
      return msg('Closed');
    case 'cancelled':
      return msg('Cancelled');
  }
}

/** A declined or cancelled return has no parcel to send: no label, code or QR. */
export function returnIsOver(receipt: ReturnReceipt): boolean {
  return receipt.status === 'rejected' || receipt.status === 'cancelled';
}

/** Decline reasons platforms send as codes (Shopify's among them) in the shopper's words; other reasons as sent. */
function declineReason(reason: string): string {
  switch (reason.toLowerCase()) {
    case 'final_sale':
      return msg('The item was a final sale.');
    case 'return_period_ended':
    case 'window_expired':
      return msg('The return period had ended.');
    default:
      return reason;
  }
}

/**
 * Why the shop did not accept a return (its reason and note, as text), or that
 * the return was cancelled; nothing for a return still under way.
 */
export function renderReturnOutcome(receipt: ReturnReceipt) {
  if (receipt.status === 'cancelled') {
    return html`<p class="return-outcome" part="return-outcome">
      ${msg('This return was cancelled: there is nothing to send back.')}
    </p>`;
  }
  const { decline } = receipt;
  if (receipt.status !== 'rejected') return nothing;
  return html`<div class="return-outcome" part="return-outcome">
    <p>${msg('The shop could not accept this return.')}</p>
    ${decline?.reason ? html`<p>${msg(str`Reason: ${declineReason(decline.reason)}`)}</p>` : nothing}
    ${decline?.note ? html`<p>${msg(str`Note from the shop: ${decline.note}`)}</p>` : nothing}
  </div>`;
}

/** "Use the label by 14 May 2026" for a label that expires. */
export function labelExpiry(label: ReturnReceipt['label']) {
  return label?.expiresAt
    ? html`<p class="muted">${msg(str`Use the label by ${formatDate(label.expiresAt, 'date')}`)}</p>`
    : nothing;
}
