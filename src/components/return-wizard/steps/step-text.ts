import { msg } from '@lit/localize';
import type { ReturnOptions } from '../../../core/schemas/index.js';
import type { Resolution } from '../wizard-state.js';

export function resolutionLabel(resolution: Resolution): string {
  switch (resolution) {
    case 'refund':
      return msg('Refund');
    case 'store_credit':
      return msg('Store credit');
    case 'exchange':
      return msg('Exchange');
  }
}

export function resolutionHint(resolution: Resolution): string {
  switch (resolution) {
    case 'refund':
      return msg('Money back to how you paid.');
    case 'store_credit':
      return msg('Spend it in our shop any time.');
    case 'exchange':
      return msg('Another size or colour of the same item.');
  }
}

export function methodKindLabel(kind: ReturnOptions['methods'][number]['kind']): string {
  switch (kind) {
    case 'drop_off':
      return msg('Drop off at a shop or locker');
    case 'pickup':
      return msg('Courier pickup from your address');
    case 'mail':
      return msg('Send by post');
  }
}
