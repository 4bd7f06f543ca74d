import type { Order, Shipment, TrackingEvent, TrackingStatus } from '../../core/schemas/index.js';

/** The four steps of the progress indicator. */
export const STAGES = ['ordered', 'shipped', 'out_for_delivery', 'delivered'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_OF: Record<TrackingStatus, number> = {
  pending: 0,
  info_received: 0,
  in_transit: 1,
  out_for_delivery: 2,
  attempt_fail: 2,
  available_for_pickup: 2,
  delivered: 3,
  exception: 1,
  expired: 1,
};

/** Statuses where the shopper may need to act or wait: they get plain-language help. */
export const NEEDS_HELP = new Set<TrackingStatus>(['attempt_fail', 'exception', 'expired', 'available_for_pickup']);
export const PROBLEM = new Set<TrackingStatus>(['attempt_fail', 'exception', 'expired']);

/** Most urgent first: what the headline talks about when parcels differ. */
const URGENCY: TrackingStatus[] = [
  'exception',
  'attempt_fail',
  'available_for_pickup',
  'out_for_delivery',
  'in_transit',
  'info_received',
  'pending',
  'expired',
  'delivered',
];

/** Events newest first; carriers do not all send them in order. */
export function eventsNewestFirst(shipment: Shipment): TrackingEvent[] {
  return [...shipment.events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

export function latestEvent(shipment: Shipment): TrackingEvent | undefined {
  let latest: TrackingEvent | undefined;
  for (const event of shipment.events) if (!latest || Date.parse(event.at) > Date.parse(latest.at)) latest = event;
  return latest;
}

/** How far a parcel got. A problem keeps the stage the parcel had reached before it. */
export function shipmentStage(shipment: Shipment): number {
  if (!PROBLEM.has(shipment.status)) return STAGE_OF[shipment.status];
  const reached = shipment.events.filter((e) => !PROBLEM.has(e.status)).map((e) => STAGE_OF[e.status]);
  return Math.max(STAGE_OF[shipment.status] === 2 ? 2 : 0, ...reached);
}

export interface OrderProgress {
  /** Index into STAGES of the step the order as a whole has reached. */
  stage: number;
  /** The status the headline describes. */
  status: TrackingStatus | 'no_shipments' | 'cancelled';
  problem: boolean;
  delivered: number;
  parcels: number;
  pickup: boolean;
}

export function orderProgress(order: Order): OrderProgress {
  const { shipments } = order;
  const delivered = shipments.filter((s) => s.status === 'delivered').length;
  const base = {
    delivered,
    parcels: shipments.length,
    pickup: shipments.some((s) => s.status === 'available_for_pickup'),
  };
  if (order.status === 'cancelled') return { ...base, stage: 0, status: 'cancelled', problem: false };
  if (!shipments.length) return { ...base, stage: 0, status: 'no_shipments', problem: false };
  const status = URGENCY.find((candidate) => shipments.some((s) => s.status === candidate)) ?? 'pending';
  return {
    ...base,
    // The order is as far along as its slowest parcel.
    stage: Math.min(...shipments.map(shipmentStage)),
    status,
    problem: shipments.some((s) => PROBLEM.has(s.status)),
  };
}

/** The delivery part of the journey is over: returns and reviews make sense now. */
export function hasDeliveredItems(order: Order): boolean {
  return order.status !== 'cancelled' && order.shipments.some((s) => s.status === 'delivered');
}

/** Cash still to be handed over at the door. */
export function cashDue(order: Order) {
  const awaiting = order.shipments.some((s) => s.status !== 'delivered');
  return order.paymentMethod === 'cod' && awaiting && order.status !== 'cancelled' ? order.amountDue : undefined;
}

/** A short signature of every parcel's status, to notice changes between polls. */
export function statusSignature(order: Order): string {
  return order.shipments.map((s) => `${s.id}:${s.status}`).join('|');
}

/** Whether any parcel has something to explain, so the help texts are worth loading. */
export function needsExplaining(shipments: Shipment[]): boolean {
  return shipments.some((s) => NEEDS_HELP.has(s.status) || (s.status === 'delivered' && latestEvent(s)?.subStatus));
}
