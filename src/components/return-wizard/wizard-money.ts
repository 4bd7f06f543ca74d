import { multiplyMoney, subtractMoney, sumMoney } from '../../core/decimal.js';
import { newIdempotencyKey } from '../../core/idempotency.js';
import type { Money, RefundAccount, ReturnRequest } from '../../core/schemas/index.js';
import { lineItem, type WizardData, type WizardState } from './wizard-state.js';

// Money and the request: needed from the second step on, so loaded with the later steps.

export function chosenMethod(data: WizardData, state: WizardState) {
  return data.options.methods.find((method) => method.code === state.methodCode);
}

export function chosenResolution(data: WizardData, state: WizardState) {
  return data.options.resolutions?.find((resolution) => resolution.type === state.resolution);
}

export function needsAccount(data: WizardData, state: WizardState): boolean {
  return state.resolution === 'refund' && Boolean(chosenResolution(data, state)?.refundAccountRequired);
}

/** Money owed for the chosen items, exactly: unit price × quantity, summed. */
export function itemsTotal(data: WizardData, state: WizardState): Money | undefined {
  const lines = Object.entries(state.choices).flatMap(([id, choice]) => {
    const item = lineItem(data, id);
    return item ? [multiplyMoney(item.unitPrice, choice.quantity)] : [];
  });
  return lines.length ? sumMoney(...lines) : undefined;
}

/** items − return fee + store-credit bonus; exchanges refund nothing. */
export function refundEstimate(data: WizardData, state: WizardState): Money | undefined {
  const total = itemsTotal(data, state);
  if (!total || state.resolution === 'exchange') return undefined;
  const method = chosenMethod(data, state);
  let estimate = method ? subtractMoney(total, method.fee) : total;
  const bonus = chosenResolution(data, state)?.bonus;
  if (state.resolution === 'store_credit' && bonus) estimate = sumMoney(estimate, bonus);
  return estimate;
}

/** The request as it will be sent; its JSON is the fingerprint that ties it to an idempotency key. */
export function buildRequest(data: WizardData, state: WizardState): ReturnRequest {
  return {
    orderId: data.order.id,
    resolution: state.resolution!,
    methodCode: state.methodCode!,
    items: Object.entries(state.choices).map(([lineItemId, choice]) => ({
      lineItemId,
      quantity: choice.quantity,
      reasonCode: choice.reasonCode!,
      ...(choice.comment.trim() ? { comment: choice.comment.trim() } : {}),
      ...(choice.photos.length ? { photos: choice.photos } : {}),
      ...(state.resolution === 'exchange' && choice.exchangeVariantId
        ? { exchangeVariantId: choice.exchangeVariantId }
        : {}),
    })),
    ...(needsAccount(data, state) ? { refundAccount: state.account as RefundAccount } : {}),
  };
}

/**
 * The idempotency key for sending this request. The key follows the request:
 * the same request (a double click, a retry, a reload) keeps its key; a changed
 * one gets a new key, so the backend never sees one key with two bodies.
 */
export function submissionFor(state: WizardState, request: ReturnRequest): { key: string; fingerprint: string } {
  // The account is never in the fingerprint, which drafts keep: a corrected one is compared in memory only.
  const { refundAccount, ...comparable } = request;
  const fingerprint = JSON.stringify(comparable);
  const account = JSON.stringify(refundAccount ?? null);
  const current = state.submission;
  if (current?.fingerprint === fingerprint && (ACCOUNT_SENT.get(current) ?? account) === account) return current;
  const next = { key: newIdempotencyKey(), fingerprint };
  ACCOUNT_SENT.set(next, account);
  return next;
}

/** The refund account each submission was made for, in memory only (a reload forgets it with the account). */
const ACCOUNT_SENT = new WeakMap<object, string>();
