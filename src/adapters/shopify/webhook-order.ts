/**
 * Shopify's webhook payloads (orders/create, orders/updated, orders/fulfilled:
 * the Admin REST order; fulfillments/create, fulfillments/update: the REST
 * fulfillment) as an Aftercare order and its shipments. Pure: the server
 * verifies the signature and stores what this returns. The Customer Account
 * API's GraphQL shape is customer-account.ts's business.
 */
import type { LineItem, Order, Shipment, TrackingStatus } from '../../core/schemas/index.js';

type Maybe<T> = T | null | undefined;
/** Shopify's REST ids are integers past 2^53 in places: the server may hand them over as strings to keep every digit. */
type RestId = number | string;

/** Fields Shopify sends as text (or null). */
type Texts<K extends string> = { [P in K]?: Maybe<string> };

/** One fulfillment, inside an order's `fulfillments` or alone (fulfillments/* topics); shopify-api-node's `IFulfillment` fits. */
export type ShopifyRestFulfillment = Texts<'admin_graphql_api_id' | 'status' | 'created_at' | 'updated_at'> &
  Texts<'shipment_status' | 'tracking_company' | 'tracking_number' | 'tracking_url'> & {
    id?: RestId;
    order_id?: Maybe<RestId>;
    tracking_numbers?: Maybe<string[]>;
    tracking_urls?: Maybe<string[]>;
    line_items?: Maybe<({ id?: RestId; quantity?: Maybe<number> } & Texts<'admin_graphql_api_id'>)[]>;
  };

type ShopifyRestLineItem = Texts<'admin_graphql_api_id' | 'title' | 'variant_title' | 'name' | 'price'> & {
  id?: RestId;
  product_id?: Maybe<RestId>;
  variant_id?: Maybe<RestId>;
  quantity?: Maybe<number>;
  /** What is left after order edits and removals. */
  current_quantity?: Maybe<number>;
};

/** The fields of an Admin REST order this mapper reads (shopify-api-node's `IOrder` fits). */
export type ShopifyRestOrder = Texts<'admin_graphql_api_id' | 'name' | 'email' | 'contact_email' | 'phone'> &
  Texts<'created_at' | 'processed_at' | 'cancelled_at' | 'closed_at'> &
  Texts<'currency' | 'total_price' | 'current_total_price' | 'total_outstanding' | 'financial_status'> &
  Texts<'order_status_url' | 'customer_locale' | 'gateway'> & {
    id?: RestId;
    order_number?: Maybe<number>;
    payment_gateway_names?: Maybe<string[]>;
    customer?: Maybe<{ id?: RestId } & Texts<'first_name' | 'last_name' | 'phone'>>;
    line_items?: Maybe<ShopifyRestLineItem[]>;
    fulfillments?: Maybe<ShopifyRestFulfillment[]>;
  };

/** What only the server keeps: how the shopper proves the order, who owns it, its language. */
export interface ShopifyOrderPrivate {
  contact: { email?: string; phone?: string };
  customerId?: string;
  locale?: string;
}

/** A fulfillment's `shipment_status` (the carrier's latest word) in Aftercare's terms. */
const SHIPMENT_STATUS: Record<string, TrackingStatus> = {
  label_printed: 'info_received',
  label_purchased: 'info_received',
  confirmed: 'info_received',
  carrier_picked_up: 'in_transit',
  in_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  attempted_delivery: 'attempt_fail',
  ready_for_pickup: 'available_for_pickup',
  picked_up: 'delivered',
  delivered: 'delivered',
  delayed: 'exception',
  failure: 'exception',
};
/** Fulfillments that never left, or were taken back. */
const VOID_FULFILLMENTS = new Set(['cancelled', 'error', 'failure']);

const web = (url: Maybe<string>) => (url && /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined);
const text = (value: Maybe<string>) => value?.trim() || undefined;

/** The id as every digit of it: from the GraphQL id when Shopify sends one, else the REST id. */
function idOf(value: { id?: Maybe<RestId>; admin_graphql_api_id?: Maybe<string> }): string {
  const fromGid = /\/(\d+)$/.exec(value.admin_graphql_api_id ?? '')?.[1];
  return fromGid ?? (value.id === undefined || value.id === null ? '' : String(value.id));
}

function paymentMethod(order: ShopifyRestOrder): Order['paymentMethod'] {
  const gateways = [...(order.payment_gateway_names ?? []), order.gateway ?? ''].join(' ').toLowerCase();
  if (!gateways.trim()) return undefined;
  if (/cash on delivery|\bcod\b/.test(gateways)) return 'cod';
  if (/bank|transfer|deposit/.test(gateways)) return 'bank_transfer';
  if (/paypal|wallet|truemoney|gopay|ovo|dana|shop pay installments/.test(gateways)) return 'wallet';
  if (/shopify_payments|stripe|card|visa|mastercard|amex|omise|2c2p|xendit|midtrans/.test(gateways)) return 'card';
  return 'other';
}

function lineItem(li: ShopifyRestLineItem, currency: string): LineItem | undefined {
  const quantity = Math.trunc(li.current_quantity ?? li.quantity ?? 0);
  if (quantity < 1) return undefined;
  const id = idOf(li);
  const variant = text(li.variant_title);
  return {
    id,
    // A custom line item (no product) is still a line: its own id stands in.
    productId: li.product_id ? String(li.product_id) : id,
    ...(li.variant_id ? { variantId: String(li.variant_id) } : {}),
    title: text(li.title) ?? text(li.name) ?? '',
    ...(variant && variant !== 'Default Title' ? { variantTitle: variant } : {}),
    quantity,
    unitPrice: { amount: text(li.price) ?? '0', currency },
  };
}

const slug = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One fulfillment as a shipment. Its status comes from `shipment_status`
 * (with one event at the fulfillment's `updated_at`, described by the tracker
 * in words: Shopify sends no event texts); without it, a tracking number
 * means the label is made. `undefined` for a cancelled or failed fulfillment.
 */
export function fromShopifyFulfillment(f: ShopifyRestFulfillment): Shipment | undefined {
  if (VOID_FULFILLMENTS.has(f.status ?? '')) return undefined;
  const numbers = [
    ...new Set([f.tracking_number, ...(f.tracking_numbers ?? [])].map(text).filter(Boolean)),
  ] as string[];
  const urls = [f.tracking_url, ...(f.tracking_urls ?? [])].map(web).filter(Boolean) as string[];
  const reported = SHIPMENT_STATUS[(f.shipment_status ?? '').toLowerCase()];
  const status: TrackingStatus = reported ?? (numbers.length ? 'info_received' : 'pending');
  const at = text(f.updated_at) ?? text(f.created_at);
  const company = text(f.tracking_company) ?? '';
  return {
    id: idOf(f),
    status,
    carrier: { code: slug(company), name: company },
    ...(numbers[0] ? { trackingNumber: numbers[0] } : {}),
    ...(urls[0] ? { trackingUrl: urls[0] } : {}),
    ...(numbers.length > 1
      ? { trackingNumbers: numbers.map((number, i) => ({ number, ...(urls[i] ? { url: urls[i] } : {}) })) }
      : {}),
    ...(status === 'delivered' && at ? { deliveredAt: at } : {}),
    items: (f.line_items ?? []).map((li) => ({
      lineItemId: idOf(li),
      quantity: Math.max(0, Math.trunc(li.quantity ?? 0)),
    })),
    events: reported && at ? [{ at, status, description: '' }] : [],
  };
}

/** The order's status: cancelled, closed (archived: completed), or still open. */
function statusOf(order: ShopifyRestOrder): Order['status'] {
  if (order.cancelled_at) return 'cancelled';
  if (order.closed_at) return 'completed';
  return 'open';
}

/** One order of a Shopify order webhook as an Aftercare order, its fulfillments as shipments. */
export function fromShopifyWebhookOrder(order: ShopifyRestOrder): Order {
  const currency = (text(order.currency) ?? 'USD').toUpperCase();
  const total = { amount: text(order.current_total_price) ?? text(order.total_price) ?? '0', currency };
  const method = paymentMethod(order);
  const status = statusOf(order);
  const outstanding = text(order.total_outstanding);
  const name = [order.customer?.first_name, order.customer?.last_name].map(text).filter(Boolean).join(' ');
  const customer = {
    ...(order.customer?.id ? { id: String(order.customer.id) } : {}),
    ...(name ? { name } : {}),
  };
  const statusPage = web(order.order_status_url);
  return {
    id: idOf(order),
    number: text(order.name) ?? (order.order_number ? String(order.order_number) : idOf(order)),
    placedAt: text(order.processed_at) ?? text(order.created_at) ?? '',
    status,
    total,
    ...(method ? { paymentMethod: method } : {}),
    ...(method === 'cod' && status === 'open' && outstanding && Number(outstanding) > 0
      ? { amountDue: { amount: outstanding, currency } }
      : {}),
    ...(Object.keys(customer).length ? { customer } : {}),
    items: (order.line_items ?? []).map((li) => lineItem(li, currency)).filter((li): li is LineItem => !!li),
    shipments: (order.fulfillments ?? []).map(fromShopifyFulfillment).filter((s): s is Shipment => !!s),
    ...(statusPage ? { statusPageUrl: statusPage } : {}),
  };
}

/** The order's private side: the checkout's email and phone, the customer, the shopper's language. */
export function shopifyOrderPrivate(order: ShopifyRestOrder): ShopifyOrderPrivate {
  const email = text(order.email) ?? text(order.contact_email);
  const phone = text(order.phone) ?? text(order.customer?.phone);
  const locale = text(order.customer_locale);
  return {
    contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    ...(order.customer?.id ? { customerId: String(order.customer.id) } : {}),
    ...(locale && locale.length >= 2 ? { locale } : {}),
  };
}
