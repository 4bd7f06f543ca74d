import { AdapterError } from '../core/errors.js';
import { normalizeOrderNumber } from '../core/order-number.js';
import type * as Model from '../core/schemas/index.js';
import type {
  NpsRecord,
  ReviewStatus,
  ShopState,
  StateTransaction,
  StoredExchange,
  StoredOrder,
  StoredReview,
} from './state.js';

export type ReturnStatus = Model.ReturnReceipt['status'];

/**
 * Where a return may go from each status: the merchant's side of a return's
 * life. Anything else is a conflict (409): a refunded return is not declined.
 */
export const RETURN_TRANSITIONS: Record<ReturnStatus, readonly ReturnStatus[]> = {
  requested: ['approved', 'rejected', 'cancelled'],
  approved: ['in_transit', 'received', 'cancelled'],
  in_transit: ['received'],
  received: ['refunded', 'exchanged', 'rejected'],
  refunded: ['closed'],
  exchanged: ['closed'],
  rejected: ['closed'],
  closed: [],
  cancelled: [],
};

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['published', 'pending_moderation', 'rejected'];

/** An order as the merchant API takes it: the Order, and what only the server may know. */
export interface MerchantOrder {
  order: Model.Order;
  contact?: { email?: string; phone?: string };
  customerId?: string;
  locale?: string;
  /** The same order in other languages (same ids, number and amounts; other texts), by language. */
  translations?: Record<string, Model.Order>;
  /** The variants each line may be exchanged for; kept from the stored order when omitted. */
  exchangeVariants?: StoredExchange;
}

export interface ReturnStatusChange {
  status: ReturnStatus;
  /** For the shopper: why a return was declined, or what happens next. */
  note?: string;
  reason?: string;
  label?: Model.ReturnReceipt['label'];
}

const notFound = (what: string) => new AdapterError('not_found', `No ${what}`, { status: 404 });
const conflict = (message: string) => new AdapterError('conflict', message, { status: 409 });

/** Sorts events oldest first and lets the shipment's status follow its latest one. */
function withEvent(shipment: Model.Shipment, event: Model.TrackingEvent): Model.Shipment {
  const events = [...shipment.events, event].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = events[events.length - 1]!;
  return {
    ...shipment,
    events,
    status: latest.status,
    ...(latest.status === 'delivered' && !shipment.deliveredAt ? { deliveredAt: latest.at } : {}),
  };
}

/**
 * The merchant's side of the shop (the reference server's /admin routes):
 * orders in, tracking events, return decisions, review moderation, survey
 * answers out. Same state as the shopper's side, so a change shows at once.
 */
export class Merchant {
  constructor(private readonly state: ShopState) {}

  /**
   * Runs `work` as one unit (ShopState.transaction): a change and the rows
   * that report it, written on `tx` (the server's outbox), commit together.
   */
  transaction<T>(work: (merchant: Merchant, tx: StateTransaction | undefined) => Promise<T>): Promise<T> {
    return this.state.transaction((state, tx) => work(new Merchant(state), tx));
  }

  /** Creates or replaces an order; its number stays unique across orders. */
  async putOrder(orderId: string, input: MerchantOrder): Promise<StoredOrder> {
    if (input.order.id !== orderId) throw new AdapterError('invalid_request', 'order.id must be the id in the path');
    const owner = await this.state.findOrder(normalizeOrderNumber(input.order.number));
    if (owner && owner.order.id !== orderId)
      throw conflict(`Order number ${input.order.number} belongs to another order`);
    for (const [language, translation] of Object.entries(input.translations ?? {})) {
      if (translation.id !== orderId || translation.number !== input.order.number)
        throw new AdapterError('invalid_request', `translations.${language}: the same order id and number`);
    }
    const customerId = input.customerId ?? input.order.customer?.id;
    // Variants describe the catalogue, so an order update without them keeps them; translations describe this
    // version of the order, so a replace without them drops them (a stale one would show an old status).
    const exchangeVariants = (
      input.exchangeVariants ?? (await this.state.findOrder(orderId))?.exchangeVariants
    )?.filter((entry) => input.order.items.some((line) => line.id === entry.lineItemId));
    const stored: StoredOrder = {
      order: input.order,
      contact: {
        ...(input.contact?.email ? { email: input.contact.email.trim().toLowerCase() } : {}),
        ...(input.contact?.phone ? { phone: input.contact.phone } : {}),
      },
      ...(customerId ? { customerId } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.translations && Object.keys(input.translations).length ? { translations: input.translations } : {}),
      ...(exchangeVariants?.length ? { exchangeVariants } : {}),
    };
    await this.state.saveOrder(stored);
    return stored;
  }

  async getOrder(orderId: string): Promise<StoredOrder> {
    const stored = await this.state.findOrder(normalizeOrderNumber(orderId));
    if (!stored) throw notFound(`order ${orderId}`);
    return stored;
  }

  /** Adds a carrier event to a shipment (in every language the order is kept in); the shipment's status follows. */
  async addEvent(orderId: string, shipmentId: string, event: Model.TrackingEvent): Promise<Model.Shipment> {
    const stored = await this.getOrder(orderId);
    if (!stored.order.shipments.some((s) => s.id === shipmentId)) throw notFound(`shipment ${shipmentId}`);
    const update = (order: Model.Order): Model.Order => ({
      ...order,
      shipments: order.shipments.map((s) => (s.id === shipmentId ? withEvent(s, event) : s)),
    });
    const next: StoredOrder = {
      ...stored,
      order: update(stored.order),
      ...(stored.translations
        ? { translations: Object.fromEntries(Object.entries(stored.translations).map(([l, o]) => [l, update(o)])) }
        : {}),
    };
    await this.state.saveOrder(next);
    return next.order.shipments.find((s) => s.id === shipmentId)!;
  }

  async returns(status?: string) {
    return this.state.returns(status);
  }

  /** Moves a return on, if its status allows; a decline keeps its reason and note for the shopper. */
  async setReturnStatus(returnId: string, change: ReturnStatusChange): Promise<Model.ReturnReceipt> {
    const stored = await this.state.getReturn(returnId);
    if (!stored) throw notFound(`return ${returnId}`);
    if (!RETURN_TRANSITIONS[stored.status].includes(change.status)) {
      throw conflict(`A return that is ${stored.status} cannot become ${change.status}`);
    }
    const declined = change.status === 'rejected';
    const { decline: _decline, ...rest } = stored;
    const next = {
      ...rest,
      status: change.status,
      ...(declined && (change.reason || change.note)
        ? {
            decline: {
              ...(change.reason ? { reason: change.reason } : {}),
              ...(change.note ? { note: change.note } : {}),
            },
          }
        : {}),
      ...(change.label ? { label: change.label } : {}),
    };
    await this.state.saveReturn(next);
    const { request: _request, ...receipt } = next;
    return receipt;
  }

  reviews(status?: string): Promise<StoredReview[]> {
    return this.state.reviews(status);
  }

  async setReviewStatus(reviewId: string, status: ReviewStatus): Promise<StoredReview> {
    const review = await this.state.getReview(reviewId);
    if (!review) throw notFound(`review ${reviewId}`);
    await this.state.setReviewStatus(reviewId, status);
    return { ...review, status };
  }

  npsResponses(): Promise<NpsRecord[]> {
    return this.state.npsResponses();
  }
}

/** Survey answers as CSV (RFC 4180: quoted where needed, CRLF), one line per answer. */
export function npsCsv(records: NpsRecord[]): string {
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = records.map(({ id, response }) =>
    [id, response.surveyId, response.orderId, response.scale, response.score, response.comment, response.locale].map(
      cell,
    ),
  );
  return (
    [['responseId', 'surveyId', 'orderId', 'scale', 'score', 'comment', 'locale'], ...rows]
      .map((r) => r.join(','))
      .join('\r\n') + '\r\n'
  );
}
