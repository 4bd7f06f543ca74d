import { msg } from '@lit/localize';
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { html, nothing, svg } from 'lit';
import { formatDate } from '../../../../core/format/dates.js';
import { formatMoney } from '../../../../core/format/money.js';
import { safeLinkUrl } from '../../../../core/safe-url.js';
import type { ReturnReceipt } from '../../../../core/schemas/index.js';
import { labelExpiry, renderReturnOutcome, returnIsOver, returnStatusLabel } from '../../../shared/return-status.js';
import type { AftercareAdapter } from '../../../../core/adapter.js';
import { labelLinkText, renderReturnParcel } from './return-parcel.js';
import '../../../recommendations/define.js';

export { styles } from './styles.js';

// Loaded only for this last step: the QR encoder is the largest part of it.

/** The drop-off QR code, drawn in the browser as an SVG path (no image request, fine under a strict CSP). */
function renderQr(value: string) {
  try {
    const code = generate(value);
    const size = code.size + 8; // Four modules of quiet zone on each side.
    return html`<figure class="qr" part="qr-code">
      <svg viewBox="-4 -4 ${size} ${size}" role="img" aria-label=${msg('QR code for the drop-off point')}>
        ${svg`<rect x="-4" y="-4" width=${size} height=${size} fill="#fff"></rect>
        <path d=${toSvgPath(code)} fill="#000"></path>`}
      </svg>
      <figcaption class="muted">${msg('Show this code at the drop-off point.')}</figcaption>
    </figure>`;
  } catch {
    return nothing; // Too long to encode: the drop-off code and label still work.
  }
}

export interface ConfirmationHandlers {
  refresh: () => void;
  refreshing: boolean;
  /** Store credit invites the shopper to spend it; every return shows what else the shop has. */
  storeCredit: boolean;
  adapter: AftercareAdapter | undefined;
}

export function renderConfirmationStep(receipt: ReturnReceipt, handlers: ConfirmationHandlers) {
  // Declined or cancelled: nothing to send back, so no label, drop-off code or QR code.
  const label = returnIsOver(receipt) ? undefined : receipt.label;
  const labelUrl = safeLinkUrl(label?.url);
  return html`
    <div class="confirmation" part="confirmation">
      <dl class="summary">
        <div>
          <dt>${msg('Return number')}</dt>
          <dd class="confirmation__id">${receipt.id}</dd>
        </div>
        <div>
          <dt>${msg('Status')}</dt>
          <dd><span role="status">${returnStatusLabel(receipt.status)}</span></dd>
        </div>
        <div>
          <dt>${msg('Requested on')}</dt>
          <dd>${formatDate(receipt.createdAt, 'date')}</dd>
        </div>
        ${
          receipt.refundEstimate
            ? html`<div>
                <dt>${msg('Estimated refund')}</dt>
                <dd>${formatMoney(receipt.refundEstimate)}</dd>
              </div>`
            : nothing
        }
        ${
          label?.dropOffCode
            ? html`<div>
                <dt>${msg('Drop-off code')}</dt>
                <dd class="confirmation__code">${label.dropOffCode}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${renderReturnOutcome(receipt)} ${label?.qrCode ? renderQr(label.qrCode) : nothing} ${labelExpiry(label)}
      ${
        labelUrl
          ? html`<a class="button" part="label-link" href=${labelUrl} target="_blank" rel="noopener noreferrer">
              ${labelLinkText(label?.format)}
              <span class="visually-hidden">${msg('(opens in a new tab)')}</span>
            </a>`
          : nothing
      }
      ${renderReturnParcel(receipt)}
      <button
        type="button"
        class="button button--secondary"
        ?disabled=${handlers.refreshing}
        @click=${handlers.refresh}
      >
        ${handlers.refreshing ? msg('Checking…') : msg('Check the status')}
      </button>
    </div>
  `;
}
