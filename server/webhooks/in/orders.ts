import { AdapterError } from '../../../src/core/errors.js';
import { normalizeOrderNumber } from '../../../src/core/order-number.js';
import { orderSchema, type Order, type Shipment, type TrackingEvent } from '../../../src/core/schemas/index.js';
import type { TrackingUpdate } from '../../../src/adapters/with-tracking.js';
import { Merchant } from '../../../src/shop/merchant.js';
import type { ShopState, StateTransaction, StoredOrder } from '../../../src/shop/state.js';
import { enqueueForShipmentChange, type Notifications } from '../../notifications/index.js';
import type { Database } from '../../storage/database.js';

/** A payload that does not map to an order here: 422, logged by its reason only (never the payload). */
export class Unmapped extends Error {}

/** What the platform's payload says besides the Order: the proof, the owner, the language. */
export interface OrderPrivate {
  contact: { email?: string; phone?: string };
  customerId?: string;
  locale?: string;
}

const eventKey = (e: TrackingEvent) => `${e.at}|${e.status}|${e.description}`;

/** Both lists of events, each once, oldest first (as the merchant API keeps them). */
function unionEvents(a: TrackingEvent[], b: TrackingEvent[]): TrackingEvent[] {
  const seen = new Map<string, TrackingEvent>();
  for (const e of [...a, ...b]) seen.set(eventKey(e), e);
  return [...seen.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
}

/**
 * The platform's shipments over what is kept. A shipment the platform reports
 * no progress for (no events: a WooCommerce tracking, a Shopify fulfillment
 * without shipment_status) keeps what a tracker (AfterShip) said about it;
 * new events are added to the ones kept.
 */
export function mergeShipments(kept: Shipment[], incoming: Shipment[]): Shipment[] {
  return incoming.map((s) => {
    const old = kept.find((k) => k.id === s.id);
    if (!old) return s;
    if (!s.events.length && old.events.length) {
      const { id, items, carrier, trackingNumber, trackingUrl, trackingNumbers } = s;
      return {
        ...old,
        id,
        items,
        ...(carrier.name ? { carrier } : {}),
        ...(trackingNumber ? { trackingNumber } : {}),
        ...(trackingUrl ? { trackingUrl } : {}),
        ...(trackingNumbers ? { trackingNumbers } : {}),
      };
    }
    return { ...old, ...s, events: unionEvents(old.events, s.events) };
  });
}

/** One writer per order in this process: two deliveries for one order never interleave their read and write. */
class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    return result;
  }
}

/**
 * Orders and tracking from the platforms, through the merchant API's shop
 * code (src/shop/merchant.ts); a shipment whose status changed notifies its
 * subscribers as `POST /admin/orders/{id}/shipments/{id}/events` does.
 */
export class WebhookOrders {
  private readonly merchant: Merchant;
  private readonly lock = new KeyedLock();

  constructor(
    private readonly db: Database,
    private readonly state: ShopState,
    private readonly notifications: Notifications | undefined,
  ) {
    this.merchant = new Merchant(state);
  }

  /** A mapped order, checked against the contract; the shopper's order number as it is looked up. */
  static valid(order: Order): Order {
    const parsed = orderSchema.safeParse({ ...order, number: normalizeOrderNumber(order.number) });
    if (!parsed.success) {
      const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(order)'))];
      throw new Unmapped(`the order does not map: ${paths.slice(0, 5).join(', ')}`);
    }
    return parsed.data;
  }

  find(orderId: string): Promise<StoredOrder | undefined> {
    return this.state.findOrder(normalizeOrderNumber(orderId));
  }

  /** Creates or replaces an order from its platform; what trackers said about its parcels stays. */
  async upsert(mapped: Order, extra: OrderPrivate): Promise<StoredOrder> {
    const order = WebhookOrders.valid(mapped);
    return this.lock.run(order.id, async () => {
      const before = await this.find(order.id);
      const next = before ? { ...order, shipments: mergeShipments(before.order.shipments, order.shipments) } : order;
      const contact = Object.keys(extra.contact).length ? extra.contact : (before?.contact ?? {});
      const customerId = extra.customerId ?? before?.customerId;
      const locale = extra.locale ?? before?.locale;
      try {
        // The order and the messages its changed parcels send commit together.
        return await this.merchant.transaction(async (merchant, tx) => {
          const stored = await merchant.putOrder(order.id, {
            order: next,
            contact,
            ...(customerId ? { customerId } : {}),
            ...(locale ? { locale } : {}),
          });
          await this.notify(before?.order.shipments, stored.order, tx);
          return stored;
        });
      } catch (error) {
        // Another order has this number: nothing this payload can do about it.
        if (error instanceof AdapterError && error.code === 'conflict') throw new Unmapped('the order number is taken');
        throw error;
      }
    });
  }

  /** One of the platform's shipments (a Shopify fulfillment) added to, or replacing one of, a kept order. */
  async upsertShipment(orderId: string, shipment: Shipment): Promise<StoredOrder> {
    const before = await this.find(orderId);
    if (!before) throw new Unmapped('no order here has this fulfillment’s order id');
    const others = before.order.shipments.filter((s) => s.id !== shipment.id);
    const [merged] = mergeShipments(before.order.shipments, [shipment]);
    return this.upsert({ ...before.order, shipments: [...others, merged!] }, before);
  }

  /** The order a tracking belongs to: by the order id or number the tracker knows, else by its tracking number. */
  async findByTracking(
    trackingNumber: string,
    orderId?: string,
    orderNumber?: string,
  ): Promise<StoredOrder | undefined> {
    const has = (stored: StoredOrder | undefined) =>
      stored?.order.shipments.some((s) => s.trackingNumber === trackingNumber) ? stored : undefined;
    for (const ref of [orderId, orderNumber]) {
      const found = ref?.trim() ? has(await this.find(ref)) : undefined;
      if (found) return found;
    }
    const [row] = await this.db.query<{ doc: StoredOrder }>(
      `select doc from orders where doc->'order'->'shipments' @> $1::jsonb limit 1`,
      [JSON.stringify([{ trackingNumber }])],
    );
    return row?.doc;
  }

  /** A tracker's update to every shipment of the order with this tracking number; its events added to those kept. */
  async applyTracking(stored: StoredOrder, trackingNumber: string, update: TrackingUpdate): Promise<void> {
    await this.lock.run(stored.order.id, async () => {
      const before = (await this.find(stored.order.id)) ?? stored;
      const apply = (order: Order): Order => ({
        ...order,
        shipments: order.shipments.map((s) => {
          if (s.trackingNumber !== trackingNumber) return s;
          const next: Shipment = {
            ...s,
            ...update,
            id: s.id,
            items: s.items,
            events: unionEvents(s.events, update.events ?? []),
          };
          if (s.pickupPoint && update.pickupPoint) next.pickupPoint = { ...s.pickupPoint, ...update.pickupPoint };
          return next;
        }),
      });
      const next: StoredOrder = {
        ...before,
        order: apply(before.order),
        ...(before.translations
          ? { translations: Object.fromEntries(Object.entries(before.translations).map(([l, o]) => [l, apply(o)])) }
          : {}),
      };
      await this.state.transaction(async (state, tx) => {
        await state.saveOrder(next);
        await this.notify(before.order.shipments, next.order, tx);
      });
    });
  }

  /** Subscribers of a kept order hear of every shipment whose status changed, a new one that has left included. */
  private async notify(before: Shipment[] | undefined, order: Order, tx: StateTransaction | undefined): Promise<void> {
    if (!this.notifications || !before) return;
    for (const shipment of order.shipments) {
      const old = before.find((s) => s.id === shipment.id);
      if (old ? old.status === shipment.status : shipment.status === 'pending') continue;
      const latest = shipment.events.at(-1);
      await enqueueForShipmentChange(tx ?? this.notifications.db, {
        orderId: order.id,
        shipmentId: shipment.id,
        status: shipment.status,
        ...(shipment.estimatedDelivery ? { estimatedDelivery: shipment.estimatedDelivery.from } : {}),
        changeId: latest ? `${latest.at}:${shipment.status}` : shipment.status,
      });
    }
  }
}
