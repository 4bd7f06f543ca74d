import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../../core/format/dates.js';
import { safeLinkUrl } from '../../../core/safe-url.js';
import type { UpdateSubscriptionReceipt } from '../../../core/schemas/index.js';

/**
 * "Connect LINE": a LINE push needs the shopper's LINE user id, which the
 * store's Official Account learns only when the shopper writes to it. So the
 * tracker opens that chat with the one-time code typed in (LINE's URL scheme
 * https://line.me/R/oaMessage/{account}/?{text}), or shows it as a QR code
 * for a phone on wide screens, and waits until the backend says it arrived.
 */

/** The link that opens the Official Account's chat with `code` typed in; undefined without an account. */
export function lineConnectLink(receipt: UpdateSubscriptionReceipt, account: string | undefined): string | undefined {
  const given = safeLinkUrl(receipt.lineConnectUrl);
  if (given?.startsWith('https://line.me/')) return given;
  // `configure({ support: { line } })` holds "@yourshop" or a line.me link with it.
  const id = account?.match(/@[\w.-]+/)?.[0];
  return id && receipt.lineCode
    ? `https://line.me/R/oaMessage/${id}/?${encodeURIComponent(receipt.lineCode)}`
    : undefined;
}

export const lineStyles = css`
  .line-connect {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .line-connect p {
    margin: 0;
  }
  .line-connect__code {
    font-family: var(--_ac-font-mono, ui-monospace, monospace);
    font-size: 1.125em;
    letter-spacing: 0.08em;
  }
  .line-connect__qr {
    display: none;
    margin: 0;
  }
  .line-connect__qr svg {
    inline-size: 9rem;
    block-size: 9rem;
  }
  @media (min-width: 48rem) {
    .line-connect__qr {
      display: grid;
      gap: 0.25rem;
    }
  }
`;

/** Wide screens: where the shopper is likely on a computer and LINE is on the phone. */
export const WIDE_SCREEN = '(min-width: 48rem)';

export interface LineWaitingView {
  receipt: UpdateSubscriptionReceipt;
  link: string | undefined;
  /** The QR code of the link, once its encoder has loaded (wide screens only). */
  qr: TemplateResult | undefined;
  checking: boolean;
  /** Undefined when the adapter cannot say (no getUpdateSubscription): LINE's reply tells the shopper instead. */
  onCheck: (() => void) | undefined;
}

export function renderLineWaiting(view: LineWaitingView) {
  const { receipt, link } = view;
  const until = receipt.lineCodeExpiresAt;
  return html`<div class="line-connect card" part="line-connect">
    <p>
      ${
        link
          ? msg('Open LINE and send the message that is already typed in. It connects this order to our LINE account.')
          : msg('Send this code to our LINE Official Account. It connects this order to our LINE account.')
      }
    </p>
    ${
      link
        ? html`<a class="button" part="line-connect-link" href=${link} target="_blank" rel="noopener noreferrer"
            >${msg('Connect LINE')}</a
          >`
        : nothing
    }
    ${view.qr ?? nothing}
    <p>
      ${msg('Your code:')} <strong class="line-connect__code">${receipt.lineCode}</strong>
      ${until ? html`<span class="muted">${msg(str`It works once, until ${formatDate(until, 'dateTime')}.`)}</span>` : nothing}
    </p>
    <p role="status">${view.checking ? msg('Checking…') : msg('Waiting for your LINE message…')}</p>
    ${
      view.onCheck
        ? html`<button type="button" class="link-button" ?disabled=${view.checking} @click=${view.onCheck}>
            ${msg('I have sent it')}
          </button>`
        : nothing
    }
  </div>`;
}

/** A code that expired or was stopped before the shopper sent it: a new one is a tap away. */
export function renderLineExpired(onRestart: () => void) {
  return html`<div class="line-connect card" part="line-connect">
    <p role="alert">${msg('This code no longer works.')}</p>
    <button type="button" class="button button--secondary" @click=${onRestart}>${msg('Get a new code')}</button>
  </div>`;
}
