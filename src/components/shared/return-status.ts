import { msg } from '@lit/localize';
import type { ReturnReceipt } from '../../core/schemas/index.js';

export function returnStatusLabel(status: ReturnReceipt['status']): string {
  switch (status) {
    case 'requested':
      return msg('Requested: we will confirm it shortly');
    case 'approved':
      return msg('Approved');
    case 'rejected':
      return msg('Not accepted');
    case 'in_transit':
      return msg('On its way back to us');
    case 'received':
      return msg('Received by the shop');
    case 'refunded':
      return msg('Refunded');
    case 'exchanged':
      return msg('Exchange sent');
    case 'closed':
      return msg('Closed');
  }
}
