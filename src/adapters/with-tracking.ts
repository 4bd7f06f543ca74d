import type { AftercareAdapter, RequestOptions } from '../core/adapter.js';
import { isAbortError } from '../core/errors.js';
import { composeAdapters } from './compose.js';
import type { Shipment } from '../core/schemas/index.js';

/** What a tracking service knows about one parcel: any shipment field but its id and items. */
export type TrackingUpdate = Partial<Omit<Shipment, 'id' | 'items'>>;

export interface TrackingQuery {
  /** The carrier's code as the store knows it (AfterShip calls it the slug). */
  carrier?: string;
  trackingNumber: string;
}

/** A tracking service: AfterShip through the store's server, a carrier's own API, … */
export interface TrackingSource {
  getTracking(query: TrackingQuery, opts?: RequestOptions): Promise<TrackingUpdate>;
}

async function track(shipment: Shipment, tracker: TrackingSource, opts?: RequestOptions): Promise<Shipment> {
  if (!shipment.trackingNumber) return shipment;
  try {
    const query: TrackingQuery = { trackingNumber: shipment.trackingNumber };
    if (shipment.carrier.code) query.carrier = shipment.carrier.code;
    const update = await tracker.getTracking(query, opts?.signal ? { signal: opts.signal } : undefined);
    // The store's own view of the parcel stays where the tracker says nothing.
    const merged: Shipment = { ...shipment, ...update, id: shipment.id, items: shipment.items };
    // A tracker knows where the counter is; the store may know the pickup code and collect-by date.
    if (shipment.pickupPoint && update.pickupPoint)
      merged.pickupPoint = { ...shipment.pickupPoint, ...update.pickupPoint };
    return merged;
  } catch (error) {
    if (opts?.signal?.aborted || isAbortError(error)) throw error;
    // A tracking service that is down leaves the store's own view, not a broken order.
    return shipment;
  }
}

/**
 * The adapter with every shipment's status, events and estimate filled from
 * `tracker` — the order's parcels and a return's reverse delivery alike.
 */
export function withTracking(adapter: AftercareAdapter, tracker: TrackingSource): AftercareAdapter {
  return composeAdapters(
    {
      async getOrder(ref, opts) {
        const order = await adapter.getOrder(ref, opts);
        return { ...order, shipments: await Promise.all(order.shipments.map((s) => track(s, tracker, opts))) };
      },
      async getReturn(returnId, opts) {
        const receipt = await adapter.getReturn(returnId, opts);
        if (!receipt.returnShipment) return receipt;
        return { ...receipt, returnShipment: await track(receipt.returnShipment, tracker, opts) };
      },
    },
    adapter,
  );
}
