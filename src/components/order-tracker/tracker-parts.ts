import { AdapterError } from '../../core/errors.js';
import { lazy, lazyPart } from '../../core/lazy.js';
import type { Order } from '../../core/schemas/index.js';
import { hasDeliveredItems, needsExplaining } from './order-stage.js';

// What only some shoppers need loads when they need it: the help texts (a
// parcel in trouble), the updates form, the return and review entries.
export const parts = {
  /** The parcels' view: every order needs it, so it loads in parallel with the order itself. */
  shipment: lazyPart(() => import('./parts/shipment.js')),
  help: lazyPart(() => import('./parts/delivery-help.js')),
  updates: lazyPart(() => import('./parts/updates.js')),
  actions: lazyPart(() => import('./parts/actions.js')),
};
export const pollingModule = lazy(() => import('./polling-controller.js'));
export const recommendations = lazy(() => import('../recommendations/define.js'));

/**
 * The code an order needs, loaded with it. Without the parcels' view there is
 * nothing to show (a network error, with retry); a missing optional part only
 * costs that part; `strip`, the strip of recommendations' code when the
 * order shows it, started beside the order's request.
 */
export async function withPartsLoaded(order: Order, strip?: Promise<unknown> | false): Promise<Order> {
  const optional = Promise.all([
    needsExplaining(order.shipments) && parts.help.load(),
    hasDeliveredItems(order) && parts.actions.load(),
    strip,
  ]).catch(() => undefined);
  await parts.shipment.load().catch((error: unknown) => {
    throw new AdapterError('network', 'Could not load the order view', { cause: error });
  });
  await optional;
  return order;
}
