import { msg, str } from '@lit/localize';
import type { ReturnOptions } from '../../core/schemas/index.js';

type Reason = ReturnOptions['reasons'][number];

/** Known reason codes in the shopper's language; unknown ones fall back to the shop's label, then the code. */
export function reasonLabel(reason: Reason): string {
  switch (reason.code) {
    case 'wrong_size':
      return msg('Wrong size');
    case 'not_as_described':
      return msg('Not as described');
    case 'damaged':
      return msg('Arrived damaged');
    case 'defective':
      return msg('Does not work properly');
    case 'wrong_item':
      return msg('Wrong item sent');
    case 'changed_mind':
      return msg('Changed my mind');
    case 'arrived_late':
      return msg('Arrived too late');
    case 'other':
      return msg('Another reason');
    default:
      return reason.label ?? reason.code;
  }
}

export function ineligibleText(reason: ReturnOptions['items'][number]['ineligibleReason']): string {
  switch (reason) {
    case 'final_sale':
      return msg('Final sale: this item cannot be returned.');
    case 'window_expired':
      return msg('The return period for this item has ended.');
    case 'already_returned':
      return msg('Already returned.');
    case 'not_delivered':
      return msg('Not delivered yet: you can return it once it arrives.');
    default:
      return msg('This item cannot be returned.');
  }
}

export function perkLabel(perk: ReturnOptions['policy']['perks'][number], windowDays?: number): string {
  switch (perk) {
    case 'extended_window':
      return windowDays === undefined ? msg('a longer return window') : msg(str`${windowDays}-day returns`);
    case 'free_return_shipping':
      return msg('free return shipping');
    case 'instant_refund':
      return msg('instant refunds');
    case 'no_inspection':
      return msg('no inspection wait');
  }
}
