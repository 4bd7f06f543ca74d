import type { AftercareAdapter, RequestOptions } from '../../core/adapter.js';
import { AdapterError, type AdapterErrorCode } from '../../core/errors.js';
import type * as Model from '../../core/schemas/index.js';
import { ORDER_QUERY, REQUEST_RETURN_MUTATION, RETURN_OPTIONS_QUERY, RETURN_QUERY } from './documents.js';
import { type Fetch, gid, graphql } from './graphql.js';

export interface ShopifyCustomerAccountOptions {
  /** The shop's numeric id, as in https://shopify.com/<shopId>/account. */
  shopId: string;
  /** The signed-in shopper's Customer Account API access token (from the store's OAuth flow). */
  getAccessToken: () => string | Promise<string>;
  fetch?: Fetch;
  /** API version; default 2026-04. */
  apiVersion?: string;
  /** Another GraphQL endpoint, such as the store's own proxy; default Shopify's. */
  endpoint?: string;
}

type Money = { amount: string; currencyCode: string };
type Nodes<T> = { nodes: T[] };
const money = (m: Money): Model.Money => ({ amount: m.amount, currency: m.currencyCode });
/** A count Shopify sends as a plain Int: never below zero. */
const count = (n: number | null | undefined) => Math.max(0, Math.trunc(n ?? 0));
const web = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Shopify's fulfilment event statuses in Aftercare's words. */
const EVENT_STATUS: Record<string, Model.TrackingStatus> = {
  LABEL_PRINTED: 'info_received',
  LABEL_PURCHASED: 'info_received',
  CONFIRMED: 'info_received',
  CARRIER_PICKED_UP: 'in_transit',
  IN_TRANSIT: 'in_transit',
  DELAYED: 'exception',
  FAILURE: 'exception',
  OUT_FOR_DELIVERY: 'out_for_delivery',
  ATTEMPTED_DELIVERY: 'attempt_fail',
  READY_FOR_PICKUP: 'available_for_pickup',
  PICKED_UP: 'delivered',
  DELIVERED: 'delivered',
};
const RETURN_STATUS: Record<string, Model.ReturnReceipt['status']> = {
  REQUESTED: 'requested',
  OPEN: 'approved',
  CLOSED: 'closed',
  DECLINED: 'rejected',
  CANCELED: 'cancelled',
};
const INELIGIBLE: Record<string, Model.ReturnOptions['items'][number]['ineligibleReason']> = {
  FINAL_SALE: 'final_sale',
  RETURN_WINDOW_EXPIRED: 'window_expired',
  RETURNED: 'already_returned',
  UNFULFILLED: 'not_delivered',
};

interface ShopifyFulfillment {
  id: string;
  createdAt: string;
  estimatedDeliveryAt: string | null;
  latestShipmentStatus: string | null;
  trackingInformation: { company: string | null; number: string | null; url: string | null }[];
  fulfillmentLineItems: Nodes<{ quantity: number | null; lineItem: { id: string } }>;
  events: Nodes<{ id: string; happenedAt: string; status: string }>;
}

function shipment(f: ShopifyFulfillment): Model.Shipment {
  const [first, ...more] = f.trackingInformation.filter((t) => t.number);
  const company = first?.company ?? '';
  const status = EVENT_STATUS[f.latestShipmentStatus ?? ''] ?? (first ? 'info_received' : 'pending');
  return {
    id: f.id,
    status,
    carrier: { code: company.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: company },
    ...(first?.number ? { trackingNumber: first.number } : {}),
    ...(web(first?.url) ? { trackingUrl: first!.url! } : {}),
    ...(more.length
      ? {
          trackingNumbers: [first!, ...more].map((t) => ({
            number: t.number!,
            ...(web(t.url) ? { url: t.url! } : {}),
          })),
        }
      : {}),
    ...(f.estimatedDeliveryAt && status !== 'delivered' ? { estimatedDelivery: { from: f.estimatedDeliveryAt } } : {}),
    ...(status === 'delivered' ? { deliveredAt: f.events.nodes.at(-1)?.happenedAt ?? f.createdAt } : {}),
    items: f.fulfillmentLineItems.nodes.map((n) => ({ lineItemId: n.lineItem.id, quantity: count(n.quantity) })),
    // Shopify's customer API has no event texts: the tracker shows each status in words.
    events: f.events.nodes.map((e) => ({
      at: e.happenedAt,
      status: EVENT_STATUS[e.status] ?? 'in_transit',
      description: '',
    })),
  };
}

interface ShopifyReturn {
  id: string;
  status: string;
  createdAt: string | null;
  decline: { reason: string; note: string | null } | null;
  reverseDeliveries: Nodes<{
    id: string;
    deliverable: {
      label?: { publicFileUrl: string | null } | null;
      tracking?: { carrierName: string | null; trackingNumber: string | null; trackingUrl: string | null } | null;
    } | null;
  }>;
}

function receipt(r: ShopifyReturn, orderId: string): Model.ReturnReceipt {
  const delivery = r.reverseDeliveries.nodes[0];
  const label = web(delivery?.deliverable?.label?.publicFileUrl);
  const tracking = delivery?.deliverable?.tracking;
  return {
    id: r.id,
    orderId,
    createdAt: r.createdAt ?? new Date().toISOString(),
    status: RETURN_STATUS[r.status] ?? 'requested',
    ...(r.decline
      ? { decline: { reason: r.decline.reason.toLowerCase(), ...(r.decline.note ? { note: r.decline.note } : {}) } }
      : {}),
    ...(label ? { label: { url: label } } : {}),
    ...(tracking?.trackingNumber
      ? {
          returnShipment: {
            id: delivery!.id,
            status: 'info_received',
            carrier: { code: '', name: tracking.carrierName ?? '' },
            trackingNumber: tracking.trackingNumber,
            ...(web(tracking.trackingUrl) ? { trackingUrl: tracking.trackingUrl! } : {}),
            items: [],
            events: [],
          },
        }
      : {}),
  };
}

const USER_ERROR: Record<string, AdapterErrorCode> = {
  NOT_FOUND: 'not_found',
  NOT_AUTHORIZED: 'unauthorized',
  ALREADY_EXISTS: 'conflict',
  TAKEN: 'conflict',
};

/**
 * The signed-in shopper's orders, fulfilments and returns from Shopify's
 * Customer Account API. Reviews, surveys and loyalty come from other parts:
 * compose it with them (`composeAdapters`).
 */
export class ShopifyCustomerAccountAdapter implements Partial<AftercareAdapter> {
  private readonly writes = new Map<string, { body: string; write: Promise<Model.ReturnReceipt> }>();
  private readonly products = new Map<string, string[]>();

  constructor(private readonly options: ShopifyCustomerAccountOptions) {}

  private async call<T>(query: string, variables: Record<string, unknown>, opts?: RequestOptions): Promise<T> {
    const { shopId, apiVersion = '2026-04', endpoint } = this.options;
    const url =
      endpoint ?? `https://shopify.com/${encodeURIComponent(shopId)}/account/customer/api/${apiVersion}/graphql`;
    const token = await this.options.getAccessToken();
    const fetchFn = this.options.fetch ?? ((input, init) => fetch(input, init));
    return graphql<T>(fetchFn, url, { Authorization: token }, query, variables, opts?.signal);
  }

  async getOrder(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.Order> {
    type Answer = {
      order: {
        id: string;
        name: string;
        processedAt: string;
        cancelledAt: string | null;
        statusPageUrl: string;
        totalPrice: Money;
        customer: { id: string; displayName: string } | null;
        lineItems: Nodes<{
          id: string;
          productId: string | null;
          variantId: string | null;
          title: string;
          variantTitle: string | null;
          quantity: number;
          image: { url: string } | null;
          price: Money | null;
        }>;
        fulfillments: Nodes<ShopifyFulfillment>;
      } | null;
    };
    const { order } = await this.call<Answer>(ORDER_QUERY, { id: gid('Order', ref.orderId) }, opts);
    if (!order) throw new AdapterError('not_found');
    const total = money(order.totalPrice);
    const items = order.lineItems.nodes.map((li) => ({
      id: li.id,
      productId: li.productId ?? li.id,
      ...(li.variantId ? { variantId: li.variantId } : {}),
      title: li.title,
      ...(li.variantTitle ? { variantTitle: li.variantTitle } : {}),
      ...(web(li.image?.url) ? { imageUrl: li.image!.url } : {}),
      quantity: Math.max(1, li.quantity),
      unitPrice: li.price ? money(li.price) : { amount: '0', currency: total.currency },
    }));
    const products = [...new Set(items.map((i) => i.productId))];
    this.products.set(order.id, products).set(gid('Order', ref.orderId), products);
    return {
      id: order.id,
      number: order.name.replace(/^#/, ''),
      placedAt: order.processedAt,
      status: order.cancelledAt ? 'cancelled' : 'open',
      total,
      ...(order.customer ? { customer: { id: order.customer.id, name: order.customer.displayName } } : {}),
      items,
      shipments: order.fulfillments.nodes.map(shipment),
      ...(web(order.statusPageUrl) ? { statusPageUrl: order.statusPageUrl } : {}),
    };
  }

  /** The products of an order read before, for `shopifyRecommendations({ productsOf })`. */
  async productIds(orderId: string | undefined, opts?: RequestOptions): Promise<string[]> {
    if (!orderId) return [];
    const id = gid('Order', orderId);
    if (!this.products.has(id)) await this.getOrder({ orderId }, opts);
    return this.products.get(id) ?? [];
  }

  async getReturnOptions(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.ReturnOptions> {
    type Answer = {
      order: {
        id: string;
        totalPrice: Money;
        returnInformation: {
          returnShippingMethods: string[];
          returnableLineItems: Nodes<{
            quantity: number;
            lineItem: {
              id: string;
              suggestedReturnReasonDefinitions: Nodes<{ id: string; handle: string; name: string }> | null;
            };
          }>;
          nonReturnableLineItems: Nodes<{
            quantity: number;
            lineItem: { id: string };
            quantityDetails: { reasonCode: string }[];
          }>;
        };
      } | null;
    };
    const { order } = await this.call<Answer>(RETURN_OPTIONS_QUERY, { id: gid('Order', ref.orderId) }, opts);
    if (!order) throw new AdapterError('not_found');
    const info = order.returnInformation;
    const reasons = new Map<string, { code: string; label: string }>();
    for (const node of info.returnableLineItems.nodes)
      for (const d of node.lineItem.suggestedReturnReasonDefinitions?.nodes ?? [])
        reasons.set(d.id, { code: d.id, label: d.name });
    const zero = { amount: '0', currency: order.totalPrice.currencyCode };
    return {
      orderId: order.id,
      policy: { perks: [] },
      items: [
        ...info.returnableLineItems.nodes.map((n) => ({
          lineItemId: n.lineItem.id,
          returnableQuantity: count(n.quantity),
        })),
        ...info.nonReturnableLineItems.nodes.map((n) => {
          const reason = INELIGIBLE[n.quantityDetails[0]?.reasonCode ?? ''];
          return { lineItemId: n.lineItem.id, returnableQuantity: 0, ...(reason ? { ineligibleReason: reason } : {}) };
        }),
      ],
      reasons: reasons.size ? [...reasons.values()] : [{ code: 'other' }],
      resolutions: [{ type: 'refund' }],
      // Shopify tells only who provides the label; the fee, if any, is the merchant's to tell.
      methods: (info.returnShippingMethods.length ? info.returnShippingMethods : ['MERCHANT_PROVIDED_LABEL']).map(
        (code) => ({
          code,
          kind: 'mail' as const,
          fee: zero,
        }),
      ),
    };
  }

  createReturn(request: Model.ReturnRequest, opts?: RequestOptions): Promise<Model.ReturnReceipt> {
    // Shopify has no idempotency key for this mutation: one request per key from this page.
    // A key reused for another request is refused, as the contract's backends refuse it (409).
    const key = opts?.idempotencyKey;
    const body = JSON.stringify(request);
    const known = key ? this.writes.get(key) : undefined;
    if (known) {
      return known.body === body
        ? known.write
        : Promise.reject(new AdapterError('conflict', 'This key was used for another return'));
    }
    const write = this.requestReturn(request, opts);
    if (key) {
      this.writes.set(key, { body, write });
      write.catch(() => this.writes.delete(key));
    }
    return write;
  }

  private async requestReturn(request: Model.ReturnRequest, opts?: RequestOptions): Promise<Model.ReturnReceipt> {
    type Answer = {
      orderRequestReturn: {
        return: ShopifyReturn | null;
        userErrors: { code: string | null; message: string }[];
      } | null;
    };
    const orderId = gid('Order', request.orderId);
    const items = request.items.map((item) => ({
      lineItemId: item.lineItemId,
      quantity: item.quantity,
      ...(item.reasonCode.startsWith('gid://') ? { returnReasonDefinitionId: item.reasonCode } : {}),
      ...(item.comment ? { customerNote: item.comment } : {}),
    }));
    const answer = await this.call<Answer>(REQUEST_RETURN_MUTATION, { orderId, items }, opts);
    const error = answer.orderRequestReturn?.userErrors[0];
    if (error) throw new AdapterError(USER_ERROR[error.code ?? ''] ?? 'invalid_request', error.message);
    const created = answer.orderRequestReturn?.return;
    if (!created) throw new AdapterError('invalid_response', 'Shopify created no return');
    return receipt(created, orderId);
  }

  async getReturn(returnId: string, opts?: RequestOptions): Promise<Model.ReturnReceipt> {
    type Answer = {
      return: ShopifyReturn | null;
      customer: { orders: Nodes<{ id: string; returns: Nodes<{ id: string }> }> };
    };
    const id = gid('Return', returnId);
    const answer = await this.call<Answer>(RETURN_QUERY, { id }, opts);
    if (!answer.return) throw new AdapterError('not_found');
    const order = answer.customer.orders.nodes.find((o) => o.returns.nodes.some((r) => r.id === id));
    if (!order) throw new AdapterError('not_found');
    return receipt(answer.return, order.id);
  }
}
