// Walks <ac-return-wizard> the way a shopper with a pointer does.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/return-wizard/define.js';
import type { AcReturnWizard } from '../../src/components/return-wizard/return-wizard.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { withEmail } from './demo-contacts.js';
import { byText, shadowQuery, shadowQueryAll } from './dom.js';

export async function wizard(
  order: string | undefined,
  adapter: AftercareAdapter = new MemoryAdapter(),
  email = order ? withEmail(order).email : undefined,
) {
  const element = await fixture<AcReturnWizard>(
    html`<ac-return-wizard .adapter=${adapter} .order=${order} .email=${email}></ac-return-wizard>`,
  );
  if (order) await waitUntil(() => shadowQuery(element, '.step__title'), 'first step', { timeout: 3000 });
  return element;
}

export const title = (element: Element) => shadowQuery(element, '.step__title')?.textContent?.trim();

export async function next(element: AcReturnWizard, expected: string) {
  byText<HTMLButtonElement>(element, 'button', 'Next').click();
  await waitUntil(
    () => title(element) === expected && !shadowQuery(element, '[part="skeleton"]'),
    `step "${expected}"`,
  );
}

export function select(element: Element, id: string, value: string) {
  const field = shadowQuery<HTMLSelectElement>(element, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('change'));
}

export function check(element: Element, selector: string) {
  shadowQuery<HTMLInputElement>(element, selector)!.click();
}

export function radioByText(element: Element, text: string) {
  const label = shadowQueryAll<HTMLLabelElement>(element, 'label.card-choice, label.choice').find((l) =>
    l.textContent!.includes(text),
  );
  if (!label) throw new Error(`No choice "${text}"`);
  label.querySelector('input')!.click();
}

/** Chooses items with reasons and walks to the review step. */
export async function walkToReview(
  element: AcReturnWizard,
  items: [string, string, number?][],
  resolution: string,
  method: string,
) {
  for (const [id, reason, quantity] of items) {
    check(element, `#item-${id}`);
    await element.updateComplete;
    if (quantity) select(element, `quantity-${id}`, String(quantity));
    select(element, `reason-${id}`, reason);
  }
  await next(element, 'What would you like instead?');
  radioByText(element, resolution);
  await element.updateComplete;
  return async () => {
    await next(element, 'How will you send it back?');
    radioByText(element, method);
    await next(element, 'Check and submit');
  };
}
