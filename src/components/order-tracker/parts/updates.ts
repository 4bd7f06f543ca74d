import { msg } from '@lit/localize';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AftercareAdapter } from '../../../core/adapter.js';
import { isValidEmail, isValidPhone } from '../../../core/contact-validation.js';
import { errorText } from '../../../core/error-messages.js';
import { toAdapterError } from '../../../core/errors.js';
import { newIdempotencyKey } from '../../../core/idempotency.js';
import type { UpdateChannel, UpdateSubscription, UpdateSubscriptionReceipt } from '../../../core/schemas/index.js';

import { formStyles } from '../../shared/form.styles.js';
import type * as QrParts from './updates-qr.js';
import { lineConnectLink, lineStyles, renderLineExpired, renderLineWaiting, WIDE_SCREEN } from './updates-line.js';

const subscribeStyles = css`
  .subscribe {
    display: grid;
    gap: 0.75rem;
  }
  .subscribe__channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .subscribe__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .subscribe__row input,
  .subscribe__row--line p {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .subscribe__row--line p {
    margin: 0;
    align-self: center;
  }
  .subscribe__done {
    padding: 0.75rem var(--_ac-space);
    border-radius: var(--_ac-radius-small);
    background: var(--_ac-color-surface);
  }
`;

export const styles = [formStyles, subscribeStyles, lineStyles];

const CHANNELS: UpdateChannel[] = ['email', 'sms', 'line', 'whatsapp'];

/** LINE and WhatsApp are names, the same in every language. */
const channelLabel = (channel: UpdateChannel): string =>
  ({ email: msg('Email'), sms: msg('SMS'), line: 'LINE', whatsapp: 'WhatsApp' })[channel];

const addressLabel = (channel: UpdateChannel): string =>
  channel === 'email' ? msg('Email address') : msg('Mobile number');

function addressError(channel: UpdateChannel, address: string): string | undefined {
  if (channel === 'line') return undefined; // No address: the shopper connects the store's LINE account instead.
  if (!address.trim()) return msg('Enter where we should send updates.');
  if (channel === 'email')
    return isValidEmail(address) ? undefined : msg('Check your email address, for example name@example.com.');
  return isValidPhone(address) ? undefined : msg('Check your phone number: 8 to 15 digits.');
}

/** LINE's address in the contract: the shopper has none to give; the store's Official Account learns it (docs/notifications.md). */
export const LINE_ADDRESS = 'line-official-account';

/** While a LINE code waits, how often the tracker asks whether it arrived (besides when the shopper comes back). */
const CHECK_EVERY_MS = 10_000;

export interface SubscribeOptions {
  adapter: () => AftercareAdapter;
  /** The store's LINE Official Account (`configure({ support: { line } })`), for the "Connect LINE" link. */
  lineAccount: () => string | undefined;
  /** The adapter took the subscription (for LINE: the code is waiting). */
  subscribed: (sub: UpdateSubscription) => void;
}

type QrModule = typeof QrParts;

function isPendingLine(receipt: unknown): receipt is UpdateSubscriptionReceipt & { lineCode: string } {
  const r = receipt as Partial<UpdateSubscriptionReceipt> | undefined;
  return typeof r === 'object' && r?.status === 'pending' && !!r.subscriptionId && !!r.lineCode;
}

const expired = (receipt: UpdateSubscriptionReceipt) =>
  !!receipt.lineCodeExpiresAt && Date.parse(receipt.lineCodeExpiresAt) <= Date.now();

/**
 * "Send me updates": a channel, an address checked for that channel, and one
 * idempotency key per attempt, so a double tap subscribes once. The address is
 * sent to the adapter and nowhere else: not to drafts, not to analytics.
 * LINE has no address: it waits for the shopper to send a one-time code to
 * the store's Official Account, and turns active when the shopper comes back.
 */
export class SubscribeController implements ReactiveController {
  channel: UpdateChannel = 'email';
  address = '';
  state: 'idle' | 'busy' | 'done' | 'failed' | 'waiting' | 'expired' = 'idle';
  private touched = false;
  private failure?: string;
  private key?: string;
  /** The LINE subscription waiting for its code. */
  private receipt?: UpdateSubscriptionReceipt;
  private orderId = '';
  private checking = false;
  private recheck = false;
  private qr?: QrModule;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubscribeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state === 'waiting') this.listen(true);
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  private readonly onReturn = () => {
    if (document.visibilityState !== 'hidden') void this.check();
  };

  /** Back from LINE (the page shows again or gets focus), and every few seconds meanwhile: has the code arrived? */
  private listen(on: boolean) {
    clearInterval(this.timer);
    if (on) {
      document.addEventListener('visibilitychange', this.onReturn);
      window.addEventListener('focus', this.onReturn);
      this.timer = setInterval(this.onReturn, CHECK_EVERY_MS);
    } else {
      document.removeEventListener('visibilitychange', this.onReturn);
      window.removeEventListener('focus', this.onReturn);
    }
  }

  private settle(state: 'done' | 'expired' | 'idle') {
    this.state = state;
    this.listen(false);
    this.host.requestUpdate();
  }

  private async check() {
    const adapter = this.options.adapter();
    const receipt = this.receipt;
    if (!receipt || this.state !== 'waiting' || !adapter.getUpdateSubscription) return;
    if (this.checking) {
      this.recheck = true; // The answer on its way may predate what the shopper just did.
      return;
    }
    this.checking = true;
    this.host.requestUpdate();
    try {
      const now = await adapter.getUpdateSubscription({
        orderId: this.orderId,
        subscriptionId: receipt.subscriptionId,
      });
      if (now.status === 'active') this.settle('done');
      else if (now.status === 'unsubscribed' || expired(now)) this.settle('expired');
    } catch {
      // Still waiting: the next return or tick asks again.
    } finally {
      this.checking = false;
      this.host.requestUpdate();
    }
    if (this.recheck) {
      this.recheck = false;
      await this.check();
    }
  }

  private change(update: () => void, newRequest = true) {
    update();
    if (newRequest) this.key = undefined; // A different request deserves a different key.
    this.failure = undefined;
    if (this.state === 'failed') this.state = 'idle';
    this.host.requestUpdate();
  }

  private async submit(event: SubmitEvent, orderId: string) {
    event.preventDefault();
    this.touched = true;
    if (addressError(this.channel, this.address) || this.state === 'busy') {
      this.host.requestUpdate();
      return;
    }
    this.state = 'busy';
    this.key ??= newIdempotencyKey();
    this.host.requestUpdate();
    const line = this.channel === 'line';
    const sub = { orderId, channel: this.channel, address: line ? LINE_ADDRESS : this.address.trim() };
    try {
      const receipt = await this.options.adapter().subscribeToUpdates?.(sub, { idempotencyKey: this.key });
      this.options.subscribed(sub);
      if (line && isPendingLine(receipt)) this.wait(receipt, orderId);
      else this.state = 'done';
    } catch (error) {
      this.state = 'failed';
      this.failure = errorText(toAdapterError(error).code).title;
    }
    this.host.requestUpdate();
  }

  private wait(receipt: UpdateSubscriptionReceipt, orderId: string) {
    this.receipt = receipt;
    this.orderId = orderId;
    this.state = expired(receipt) ? 'expired' : 'waiting';
    if (this.state !== 'waiting') return;
    this.listen(true);
    // The QR code is for a computer's screen; its encoder loads only there.
    if (lineConnectLink(receipt, this.options.lineAccount()) && matchMedia(WIDE_SCREEN).matches) {
      import('./updates-qr.js').then(
        (module) => ((this.qr = module), this.host.requestUpdate()),
        () => undefined, // Without it, the link and the code still work.
      );
    }
  }

  private restart() {
    this.receipt = undefined;
    this.key = undefined;
    this.settle('idle');
  }

  render(orderId: string) {
    if (this.state === 'done') {
      return html`<p class="subscribe__done" role="status">
        ${
          this.receipt
            ? msg('Connected. We will send you an update in LINE whenever your parcel moves.')
            : msg('Done. We will send you an update whenever your parcel moves.')
        }
      </p>`;
    }
    if (this.state === 'expired') return renderLineExpired(() => this.restart());
    if (this.state === 'waiting' && this.receipt) {
      const link = lineConnectLink(this.receipt, this.options.lineAccount());
      return renderLineWaiting({
        receipt: this.receipt,
        link,
        qr: link ? (this.qr?.lineQr(link) as TemplateResult | undefined) : undefined,
        checking: this.checking,
        onCheck: this.options.adapter().getUpdateSubscription ? () => void this.check() : undefined,
      });
    }
    return html`
      <form
        class="subscribe card"
        part="subscribe-form"
        novalidate
        @submit=${(e: SubmitEvent) => this.submit(e, orderId)}
      >
        <fieldset>
          <legend>${msg('Get delivery updates')}</legend>
          <div class="subscribe__channels">
            ${CHANNELS.map(
              (channel) => html`
                <label class="choice">
                  <input
                    type="radio"
                    name="channel"
                    .checked=${this.channel === channel}
                    @change=${() => this.change(() => ((this.channel = channel), (this.touched = false)))}
                  />
                  ${channelLabel(channel)}
                </label>
              `,
            )}
          </div>
        </fieldset>
        ${this.channel === 'line' ? this.renderLine() : this.renderAddress()}
        <div role="status">${this.failure ? html`<p class="field__error">${this.failure}</p>` : nothing}</div>
      </form>
    `;
  }

  private submitButton(label: string) {
    return html`<button class="button button--secondary" type="submit" ?disabled=${this.state === 'busy'}>
      ${this.state === 'busy' ? msg('Subscribing…') : label}
    </button>`;
  }

  private renderLine() {
    return html`<div class="subscribe__row subscribe__row--line">
      <p class="muted">${msg('Updates come from our LINE Official Account. No LINE ID needed.')}</p>
      ${this.submitButton(msg('Connect LINE'))}
    </div>`;
  }

  private renderAddress() {
    const error = this.touched ? addressError(this.channel, this.address) : undefined;
    return html`<div class="field">
      <label for="subscribe-address">${addressLabel(this.channel)}</label>
      <div class="subscribe__row">
        <input
          id="subscribe-address"
          type=${this.channel === 'email' ? 'email' : 'tel'}
          autocomplete=${this.channel === 'email' ? 'email' : 'tel'}
          .value=${this.address}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(error ? 'subscribe-error' : undefined)}
          @input=${(e: InputEvent) => this.change(() => (this.address = (e.target as HTMLInputElement).value))}
          @blur=${() => this.change(() => (this.touched = true), false)}
        />
        ${this.submitButton(msg('Subscribe'))}
      </div>
      ${error ? html`<p class="field__error" id="subscribe-error">${error}</p>` : nothing}
    </div>`;
  }
}
