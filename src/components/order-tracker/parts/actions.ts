import { msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { fillUrlTemplate } from '../../../core/safe-url.js';
import type { Order } from '../../../core/schemas/index.js';

// Loaded with an order that has something delivered: only then do returns and reviews apply.

export const styles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .actions a.button {
    text-decoration: none;
  }
`;

export type Intent = 'ac-return-requested' | 'ac-review-requested';

export interface EntryOptions {
  returnHref: string | undefined;
  reviewHref: string | undefined;
  /** False hides the return entry (say, when the journey knows the window has closed). */
  returnable: boolean;
  /** Fires the cancelable intent; a cancelled intent stops the link. */
  request: (event: Event, intent: Intent, href: string | undefined) => void;
}

export function renderEntries(order: Order, options: EntryOptions) {
  const values = { order: order.number };
  const entry = (intent: Intent, label: string, template: string | undefined, secondary: boolean) => {
    const href = fillUrlTemplate(template, values);
    const className = `button ${secondary ? 'button--secondary' : ''}`;
    const onClick = (event: Event) => options.request(event, intent, href);
    return href
      ? html`<a class=${className} href=${href} @click=${onClick}>${label}</a>`
      : html`<button type="button" class=${className} @click=${onClick}>${label}</button>`;
  };
  return html`
    <div class="actions" part="actions">
      ${entry('ac-review-requested', msg('Write a review'), options.reviewHref, false)}
      ${options.returnable ? entry('ac-return-requested', msg('Return or exchange'), options.returnHref, true) : nothing}
    </div>
  `;
}
