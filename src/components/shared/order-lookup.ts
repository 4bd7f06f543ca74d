import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isValidEmail, isValidOrderNumber, isValidPhone } from '../../core/contact-validation.js';
import { normalizeOrderNumber } from '../../core/order-number.js';
import { errorSummary } from '../../core/error-messages.js';
import type { AdapterErrorCode } from '../../core/errors.js';
import type { OrderRef } from '../../core/schemas/index.js';

export { formStyles as styles } from './form.styles.js';

type ContactKind = 'email' | 'phone';
type Field = 'order' | 'contact';

/**
 * What the form says after a failed look-up. A wrong email and an unknown
 * order read the same, so the form reveals nothing about other people's orders.
 */
export function failureText(code: AdapterErrorCode): string {
  return code === 'not_found' || code === 'invalid_request'
    ? msg('We could not find an order with these details. Check the order number and the email or phone number.')
    : errorSummary(code);
}

/**
 * The "find your order" form shared by the tracker and the return wizard:
 * order number plus email or phone, checked as the shopper types (after the
 * first visit of a field, so nobody is scolded before they start).
 */
export class OrderLookupController implements ReactiveController {
  order = '';
  contact = '';
  kind: ContactKind = 'email';
  /** Set by the host after a failed look-up: shown under the form. */
  failure?: string;
  busy = false;
  /** The order is known (from a link or the page) and only needs proving: the form asks for the contact alone. */
  verifying = false;
  private touched = new Set<Field>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSubmit: (ref: OrderRef) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Asks only for the email or phone of an order the shopper already named. */
  verify(orderNumber: string): void {
    if (this.verifying && this.order === orderNumber) return;
    this.order = orderNumber;
    this.verifying = true;
    this.touched.delete('contact');
    this.failure = undefined;
  }

  error(field: Field): string | undefined {
    if (!this.touched.has(field)) return undefined;
    if (field === 'order') {
      if (!this.order.trim()) return msg('Enter your order number.');
      return isValidOrderNumber(this.order) ? undefined : msg('This does not look like an order number.');
    }
    if (!this.contact.trim()) {
      return this.kind === 'email' ? msg('Enter your email address.') : msg('Enter your phone number.');
    }
    if (this.kind === 'email') {
      return isValidEmail(this.contact) ? undefined : msg('Check your email address, for example name@example.com.');
    }
    return isValidPhone(this.contact) ? undefined : msg('Check your phone number: 8 to 15 digits.');
  }

  private update(change: () => void): void {
    change();
    this.failure = undefined;
    this.host.requestUpdate();
  }

  private readonly submit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.touched = new Set(['order', 'contact']);
    this.host.requestUpdate();
    const invalid = (this.verifying ? (['contact'] as const) : (['order', 'contact'] as const)).find((field) =>
      this.error(field),
    );
    if (invalid) {
      // Focus the first field to fix, as a native form would.
      (this.host.shadowRoot?.querySelector(`#lookup-${invalid}`) as HTMLInputElement | null)?.focus();
      return;
    }
    const contact = this.contact.trim();
    this.onSubmit({
      orderId: normalizeOrderNumber(this.order),
      ...(this.kind === 'email' ? { email: contact } : { phone: contact }),
    });
  };

  render(heading: string) {
    const orderError = this.error('order');
    const contactError = this.error('contact');
    const field = (name: Field, label: string, error: string | undefined, input: unknown) => html`
      <div class="field">
        <label for="lookup-${name}">${label}</label>
        ${input} ${error ? html`<p class="field__error" id="lookup-${name}-error">${error}</p>` : nothing}
      </div>
    `;
    return html`
      <form class="lookup" part="lookup-form" novalidate @submit=${this.submit}>
        <h2 class="lookup__heading" tabindex="-1">${this.verifying ? msg('Confirm it is your order') : heading}</h2>
        ${
          this.verifying
            ? html`<p class="lookup__intro">
                ${msg(str`Enter the email or phone number you used for order ${this.order}.`)}
              </p>`
            : field(
                'order',
                msg('Order number'),
                orderError,
                html`<input
                  id="lookup-order"
                  name="order"
                  autocomplete="off"
                  autocapitalize="characters"
                  spellcheck="false"
                  enterkeyhint="next"
                  placeholder=${msg('e.g. BK-1001')}
                  .value=${this.order}
                  aria-invalid=${orderError ? 'true' : 'false'}
                  aria-describedby=${ifDefined(orderError ? 'lookup-order-error' : undefined)}
                  @input=${(e: InputEvent) => this.update(() => (this.order = (e.target as HTMLInputElement).value))}
                  @blur=${() => this.update(() => this.touched.add('order'))}
                />`,
              )
        }
        <fieldset class="lookup__kind">
          <legend>${msg('Find it with')}</legend>
          ${(['email', 'phone'] as const).map(
            (kind) => html`
              <label class="choice">
                <input
                  type="radio"
                  name="kind"
                  .checked=${this.kind === kind}
                  @change=${() =>
                    this.update(() => {
                      this.kind = kind;
                      this.contact = '';
                      this.touched.delete('contact');
                    })}
                />
                ${kind === 'email' ? msg('Email') : msg('Phone number')}
              </label>
            `,
          )}
        </fieldset>
        ${field(
          'contact',
          this.kind === 'email' ? msg('Email used at checkout') : msg('Phone number used at checkout'),
          contactError,
          html`<input
            id="lookup-contact"
            name="contact"
            type=${this.kind === 'email' ? 'email' : 'tel'}
            inputmode=${this.kind === 'email' ? 'email' : 'tel'}
            autocomplete=${this.kind === 'email' ? 'email' : 'tel'}
            enterkeyhint="search"
            .value=${this.contact}
            aria-invalid=${contactError ? 'true' : 'false'}
            aria-describedby=${ifDefined(contactError ? 'lookup-contact-error' : undefined)}
            @input=${(e: InputEvent) => this.update(() => (this.contact = (e.target as HTMLInputElement).value))}
            @blur=${() => this.update(() => this.touched.add('contact'))}
          />`,
        )}
        <div class="lookup__status" role="status" aria-live="polite">
          ${this.failure ? html`<p class="field__error">${this.failure}</p>` : nothing}
        </div>
        <button class="button" type="submit" ?disabled=${this.busy} aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? msg('Looking up your order…') : msg('Find my order')}
        </button>
      </form>
    `;
  }
}
