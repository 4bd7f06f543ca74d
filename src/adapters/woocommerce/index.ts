/**
 * `aftercare/adapters/woocommerce`: a WooCommerce REST API (v3) order, with
 * the trackings of the Shipment Tracking or Advanced Shipment Tracking
 * extension, as an Aftercare order. Pure and browser-safe: reading orders
 * needs the consumer secret, so that is the server's business.
 */
import { formatDecimal, parseDecimal } from '../../core/decimal.js';
import type { LineItem, Order, Shipment } from '../../core/schemas/index.js';
import { absoluteTime } from '../local-time.js';

type Maybe<T> = T | null | undefined;

type TrackingText =
  | 'tracking_id'
  | 'tracking_provider'
  | 'custom_tracking_provider'
  | 'formatted_tracking_provider'
  | 'tracking_number'
  | 'tracking_link'
  | 'custom_tracking_link'
  | 'formatted_tracking_link';

/** One item of `GET /wc-shipment-tracking/v3/orders/<id>/shipment-trackings` (both extensions answer it). */
export type WooCommerceTracking = { [K in TrackingText]?: Maybe<string> } & {
  /** Advanced Shipment Tracking's per-item tracking. */
  products_list?: Maybe<{ item_id?: Maybe<number | string>; qty?: Maybe<number | string> }[]>;
};

interface WooLineItem {
  id?: number;
  name?: string;
  parent_name?: Maybe<string>;
  product_id?: number;
  variation_id?: number;
  quantity?: number;
  subtotal?: string;
  price?: number | string;
  image?: Maybe<{ src?: Maybe<string> }>;
}

/** The fields of a WooCommerce order this mapper reads (woocommerce-rest-ts-api's `Orders` fits). */
export interface WooCommerceOrder {
  id?: number;
  number?: string;
  status?: string;
  currency?: string;
  date_created?: string | Date;
  date_created_gmt?: string | Date;
  total?: string;
  customer_id?: number;
  billing?: { first_name?: string; last_name?: string };
  payment_method?: string;
  line_items?: WooLineItem[];
  meta_data?: { key?: string; value?: unknown }[];
}

export interface WooCommerceOptions {
  /** The site's zone, for an order that has only its local `date_created`; default UTC. */
  timeZone?: string;
  /** The carrier's name for a provider code the extension sent without one. */
  carrierName?: (provider: string) => string | undefined;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  times: '×',
};

/** WordPress's HTML entities as the characters they stand for: text, never parsed as HTML. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}

/** Currencies priced in whole units (rupiah, yen, won, dong). */
const WHOLE = new Set(['IDR', 'JPY', 'KRW', 'VND']);

/**
 * An exact decimal string for a WooCommerce amount, rounded half up to the
 * currency's minor unit: `21.99` (a float in `line_items[].price`) is
 * "21.99", never 21.989999…; "150000.00" rupiah is "150000".
 */
export function wooDecimal(value: Maybe<number | string>, currency: string): string {
  let text = typeof value === 'number' ? String(value) : (value ?? '').trim() || '0';
  if (/e/i.test(text)) text = Number(text).toFixed(6);
  const d = parseDecimal(text);
  const scale = WHOLE.has(currency) ? 0 : 2;
  if (d.scale <= scale) return formatDecimal({ units: d.units * 10n ** BigInt(scale - d.scale), scale });
  const divisor = 10n ** BigInt(d.scale - scale);
  const negative = d.units < 0n;
  const magnitude = negative ? -d.units : d.units;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return formatDecimal({ units: negative ? -rounded : rounded, scale });
}

const web = (url: Maybe<string>) => (url && /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined);

/** `*_gmt` times come without a zone: they are UTC. */
function when(gmt: Maybe<string | Date>, local: Maybe<string | Date>, zone?: string): string | undefined {
  const text = (value: Maybe<string | Date>) => (value instanceof Date ? value.toISOString() : value);
  return absoluteTime(text(gmt), 'UTC') ?? absoluteTime(text(local), zone);
}

const STATUS: Record<string, Order['status']> = {
  completed: 'completed',
  cancelled: 'cancelled',
  refunded: 'cancelled',
  failed: 'cancelled',
  trash: 'cancelled',
};

function paymentMethod(code: Maybe<string>): Order['paymentMethod'] {
  if (!code) return undefined;
  if (code === 'cod') return 'cod';
  if (code === 'bacs') return 'bank_transfer';
  if (/stripe|omise|square|2c2p/i.test(code)) return 'card';
  if (/paypal|ppcp|wallet|truemoney|gopay|ovo|dana/i.test(code)) return 'wallet';
  return 'other';
}

function lineItem(li: WooLineItem, currency: string): LineItem {
  const name = decodeEntities(li.name ?? '');
  const parent = li.parent_name ? decodeEntities(li.parent_name) : undefined;
  const quantity = Math.max(1, li.quantity ?? 1);
  const price = li.price ?? (quantity === 1 ? li.subtotal : undefined);
  const image = web(li.image?.src);
  // "Batik shirt – Indigo, M": the variation's attributes after the parent's name.
  const variant =
    parent && name.startsWith(parent) ? /^\s*[-–—]\s*(.+)$/.exec(name.slice(parent.length))?.[1] : undefined;
  return {
    id: String(li.id ?? ''),
    productId: String(li.product_id ?? ''),
    ...(li.variation_id ? { variantId: String(li.variation_id) } : {}),
    title: parent ?? name,
    ...(variant ? { variantTitle: variant } : {}),
    ...(image ? { imageUrl: image } : {}),
    quantity,
    unitPrice: { amount: wooDecimal(price, currency), currency },
  };
}

function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function shipment(
  t: WooCommerceTracking,
  index: number,
  order: WooCommerceOrder,
  items: LineItem[],
  options: WooCommerceOptions,
): Shipment {
  const provider = t.tracking_provider?.trim() || t.custom_tracking_provider?.trim() || '';
  const name = decodeEntities(
    t.formatted_tracking_provider?.trim() ||
      t.custom_tracking_provider?.trim() ||
      options.carrierName?.(provider) ||
      provider,
  );
  const url = web(t.formatted_tracking_link) ?? web(t.tracking_link) ?? web(t.custom_tracking_link);
  const perItem = (t.products_list ?? []).filter((p) => p.item_id != null);
  return {
    id: t.tracking_id?.trim() || `${order.id ?? 'order'}-${index + 1}`,
    status: 'info_received',
    carrier: { code: slug(provider), name },
    ...(t.tracking_number?.trim() ? { trackingNumber: t.tracking_number.trim() } : {}),
    ...(url ? { trackingUrl: url } : {}),
    items: perItem.length
      ? perItem.map((p) => ({
          lineItemId: String(p.item_id),
          quantity: Math.max(0, Math.trunc(Number(p.qty ?? 1)) || 0),
        }))
      : items.map((item) => ({ lineItemId: item.id, quantity: item.quantity })),
    events: [],
  };
}

/**
 * One WooCommerce order as an Aftercare order. `trackings` are the items of
 * the tracking extension's endpoint; without them, the order's own
 * `_wc_shipment_tracking_items` meta is read when the REST API exposes it.
 */
export function fromWooCommerceOrder(
  order: WooCommerceOrder,
  trackings?: WooCommerceTracking[],
  options: WooCommerceOptions = {},
): Order {
  const currency = (order.currency || 'USD').toUpperCase();
  const items = (order.line_items ?? []).map((li) => lineItem(li, currency));
  const meta = order.meta_data?.find((m) => m.key === '_wc_shipment_tracking_items')?.value;
  const tracked = trackings ?? (Array.isArray(meta) ? (meta as WooCommerceTracking[]) : []);
  const status = STATUS[order.status ?? ''] ?? 'open';
  const total = { amount: wooDecimal(order.total, currency), currency };
  const method = paymentMethod(order.payment_method);
  const name = decodeEntities([order.billing?.first_name, order.billing?.last_name].filter(Boolean).join(' ').trim());
  const customer = { ...(order.customer_id ? { id: String(order.customer_id) } : {}), ...(name ? { name } : {}) };
  return {
    id: String(order.id ?? ''),
    number: order.number || String(order.id ?? ''),
    placedAt: when(order.date_created_gmt, order.date_created, options.timeZone) ?? '1970-01-01',
    status,
    total,
    ...(method ? { paymentMethod: method } : {}),
    ...(method === 'cod' && status === 'open' ? { amountDue: total } : {}),
    ...(Object.keys(customer).length ? { customer } : {}),
    items,
    shipments: tracked.map((t, i) => shipment(t, i, order, items, options)),
  };
}
