import type {
  LineItem,
  Order,
  RefundAccount,
  ReturnOptions,
  ReturnReceipt,
  ReturnRequest,
} from '../../core/schemas/index.js';

export type StepName = 'identify' | 'items' | 'resolution' | 'method' | 'review' | 'done';
export type Resolution = ReturnRequest['resolution'];

/** One item the shopper is sending back. */
export interface ItemChoice {
  quantity: number;
  reasonCode?: string;
  comment: string;
  photos: string[];
  exchangeVariantId?: string;
}

/** Everything the shopper has entered; all of it but the account survives a reload. */
export interface WizardState {
  step: StepName;
  choices: Record<string, ItemChoice>;
  resolution?: Resolution;
  methodCode?: string;
  /** Where a cash-on-delivery refund goes. Never written to drafts. */
  account: Partial<RefundAccount>;
  /** The idempotency key of the write, and the request it was made for. */
  submission?: { key: string; fingerprint: string };
  receipt?: ReturnReceipt;
}

export interface WizardData {
  order: Order;
  options: ReturnOptions;
}

export function emptyState(step: StepName): WizardState {
  return { step, choices: {}, account: {} };
}

/**
 * The shopper's choice for one item, and the choices with one changed: own
 * entries only, so an item id such as "constructor" or "__proto__" (ids come
 * from the shop) is an id like any other, never a property of every object.
 */
export function choiceOf(state: WizardState, lineItemId: string): ItemChoice | undefined {
  return Object.hasOwn(state.choices, lineItemId) ? state.choices[lineItemId] : undefined;
}

export function withChoice(
  choices: WizardState['choices'],
  lineItemId: string,
  choice: ItemChoice | undefined,
): WizardState['choices'] {
  const others = Object.entries(choices).filter(([id]) => id !== lineItemId);
  return Object.fromEntries(choice ? [...others, [lineItemId, choice]] : others);
}

export function lineItem(data: WizardData, lineItemId: string): LineItem | undefined {
  return data.order.items.find((item) => item.id === lineItemId);
}

export function reasonOf(data: WizardData, code: string | undefined) {
  return data.options.reasons.find((reason) => reason.code === code);
}

export function exchangeVariants(data: WizardData, lineItemId: string) {
  return data.options.exchangeVariants?.find((entry) => entry.lineItemId === lineItemId)?.variants ?? [];
}

/** What survives a reload: not the account, and not the receipt's step once it is shown elsewhere. */
export function toDraft(state: WizardState): Omit<WizardState, 'account'> {
  const { account: _account, ...rest } = state;
  return rest;
}
