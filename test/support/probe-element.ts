import { Task } from '@lit/task';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { AftercareElement } from '../../src/core/base-element.js';
import { defineElement } from '../../src/core/define.js';
import { errorText } from '../../src/core/error-messages.js';
import { AdapterError } from '../../src/core/errors.js';
import { formatDate } from '../../src/core/format/dates.js';
import { getOrder } from '../../src/generated/contract-schemas.js';

/**
 * The smallest widget the base element allows: it loads an order through
 * whichever adapter it resolves and prints localized text. Core tests use it
 * to watch locale switching and adapter precedence as a widget would.
 */
export class ProbeElement extends AftercareElement {
  static override contract = { getOrder };
  @property() order = 'BK-1002';
  /** The order's access token, as a signed link gives it. */
  @property() token?: string;

  readonly orderTask = new Task(this, {
    task: async ([adapter, orderId, token], { signal }) => {
      if (!adapter) throw new AdapterError('unavailable', 'no adapter');
      return adapter.getOrder({ orderId, ...(token ? { token } : {}) }, { signal });
    },
    args: () => [this.resolvedAdapter, this.order, this.token, this.settingsRevision] as const,
  });

  protected override render() {
    return html`
      <p class="message">${errorText('network').title}</p>
      <p class="date">${formatDate('2026-05-14', 'date')}</p>
      ${this.orderTask.render({
        complete: (order) => html`<p class="order">${order.number}</p>`,
        error: (error) => html`<p class="error">${(error as AdapterError).code}</p>`,
      })}
    `;
  }
}

defineElement('ac-test-probe', ProbeElement);

declare global {
  interface HTMLElementTagNameMap {
    'ac-test-probe': ProbeElement;
  }
}
