import { msg, str } from '@lit/localize';
import type { TrackingStatus } from '../../core/schemas/index.js';
import type { Stage } from './order-stage.js';

/** The short label of a parcel's status, as on its badge. */
export function statusLabel(status: TrackingStatus): string {
  switch (status) {
    case 'pending':
      return msg('Order received');
    case 'info_received':
      return msg('Preparing to ship');
    case 'in_transit':
      return msg('On its way');
    case 'out_for_delivery':
      return msg('Out for delivery');
    case 'attempt_fail':
      return msg('Delivery attempt failed');
    case 'available_for_pickup':
      return msg('Ready for pickup');
    case 'delivered':
      return msg('Delivered');
    case 'exception':
      return msg('Delivery problem');
    case 'expired':
      return msg('No recent updates');
  }
}

export function stageLabel(stage: Stage, pickup: boolean): string {
  switch (stage) {
    case 'ordered':
      return msg('Ordered');
    case 'shipped':
      return msg('Shipped');
    case 'out_for_delivery':
      return pickup ? msg('At pickup point') : msg('Out for delivery');
    case 'delivered':
      return msg('Delivered');
  }
}

/** The one sentence at the top of the order. */
export function headline(
  status: TrackingStatus | 'no_shipments' | 'cancelled',
  delivered: number,
  parcels: number,
): string {
  if (status === 'cancelled') return msg('This order was cancelled');
  if (status === 'no_shipments') return msg('We are preparing your order');
  if (delivered === parcels) return parcels > 1 ? msg('All parcels delivered') : msg('Delivered');
  if (delivered > 0 && status !== 'exception' && status !== 'attempt_fail') {
    return msg(str`${delivered} of ${parcels} parcels delivered`);
  }
  return statusLabel(status);
}
