import { msg } from '@lit/localize';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AftercareAdapter } from '../../../core/adapter.js';
import { isValidEmail, isValidLineId, isValidPhone } from '../../../core/contact-validation.js';
import { errorText } from '../../../core/error-messages.js';
import { toAdapterError } from '../../../core/errors.js';
import { newIdempotencyKey } from '../../../core/idempotency.js';
import type { UpdateChannel } from '../../../core/schemas/index.js';

import { formStyles } from '../../shared/form.styles.js';

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
  .subscribe__row input {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .subscribe__done {
    padding: 0.75rem var(--_ac-space);
    border-radius: var(--_ac-radius-small);
    background: var(--_ac-color-surface);
  }
`;

export const styles = [formStyles, subscribeStyles];

const CHANNELS: UpdateChannel[] = ['email', 'sms', 'line', 'whatsapp'];

function channelLabel(channel: UpdateChannel): string {
  switch (channel) {
    case 'email':
      return msg('Email');
    case 'sms':
      return msg('SMS');
    case 'line':
      return 'LINE';
    case 'whatsapp':
      return 'WhatsApp';
  }
}

function addressLabel(channel: UpdateChannel): string {
  switch (channel) {
    case 'email':
      return msg('Email address');
    case 'line':
      return msg('LINE ID');
    default:
      return msg('Mobile number');
  }
}

function addressError(channel: UpdateChannel, address: string): string | undefined {
  if (!address.trim()) return msg('Enter where we should send updates.');
  switch (channel) {
    case 'email':
      return isValidEmail(address) ? undefined : msg('Check your email address, for example name@example.com.');
    case 'line':
      return isValidLineId(address)
        ? undefined
        : msg('A LINE ID has 4 to 20 letters, numbers, dots, dashes or underscores.');
    default:
      return isValidPhone(address) ? undefined : msg('Check your phone number: 8 to 15 digits.');
  }
}

/**
 * "Send me updates": a channel, an address checked for that channel, and one
 * idempotency key per attempt, so a double tap subscribes once. The address is
 * sent to the adapter and nowhere else: not to drafts, not to analytics.
 */
export class SubscribeController implements ReactiveController {
  channel: UpdateChannel = 'email';
  address = '';
  state: 'idle' | 'busy' | 'done' | 'failed' = 'idle';
  private touched = false;
  private failure?: string;
  private key?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly subscribe: (
      sub: Parameters<NonNullable<AftercareAdapter['subscribeToUpdates']>>[0],
      key: string,
    ) => Promise<void>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

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
    try {
      await this.subscribe({ orderId, channel: this.channel, address: this.address.trim() }, this.key);
      this.state = 'done';
    } catch (error) {
      this.state = 'failed';
      this.failure = errorText(toAdapterError(error).code).title;
    }
    this.host.requestUpdate();
  }

  render(orderId: string) {
    if (this.state === 'done') {
      return html`<p class="subscribe__done" role="status">
        ${msg('Done. We will send you an update whenever your parcel moves.')}
      </p>`;
    }
    const error = this.touched ? addressError(this.channel, this.address) : undefined;
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
        <div class="field">
          <label for="subscribe-address">${addressLabel(this.channel)}</label>
          <div class="subscribe__row">
            <input
              id="subscribe-address"
              type=${this.channel === 'email' ? 'email' : this.channel === 'line' ? 'text' : 'tel'}
              autocomplete=${this.channel === 'email' ? 'email' : this.channel === 'line' ? 'off' : 'tel'}
              .value=${this.address}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${ifDefined(error ? 'subscribe-error' : undefined)}
              @input=${(e: InputEvent) => this.change(() => (this.address = (e.target as HTMLInputElement).value))}
              @blur=${() => this.change(() => (this.touched = true), false)}
            />
            <button class="button button--secondary" type="submit" ?disabled=${this.state === 'busy'}>
              ${this.state === 'busy' ? msg('Subscribing…') : msg('Subscribe')}
            </button>
          </div>
          ${error ? html`<p class="field__error" id="subscribe-error">${error}</p>` : nothing}
          <div role="status">${this.failure ? html`<p class="field__error">${this.failure}</p>` : nothing}</div>
        </div>
      </form>
    `;
  }
}
