import type { Context, Hono } from 'hono';
import { fromAfterShipTracking, type AfterShipTracking } from '../../../src/adapters/aftership/index.js';
import {
  fromShopifyFulfillment,
  fromShopifyWebhookOrder,
  shopifyOrderPrivate,
  type ShopifyRestFulfillment,
  type ShopifyRestOrder,
} from '../../../src/adapters/shopify/webhook-order.js';
import { fromWooCommerceOrder, type WooCommerceOrder } from '../../../src/adapters/woocommerce/index.js';
import type { ShopState } from '../../../src/shop/state.js';
import type { Logger } from '../../logger.js';
import type { Notifications } from '../../notifications/index.js';
import { problem } from '../../problem.js';
import type { Database } from '../../storage/database.js';
import { Deliveries } from './deliveries.js';
import { Unmapped, WebhookOrders } from './orders.js';
import { parseWebhookJson, validSignature } from './signature.js';

export { WEBHOOKS_IN_MIGRATION } from './deliveries.js';

export type Platform = 'shopify' | 'woocommerce' | 'aftership';

/** The environment variable holding each platform's signing secret. */
export const WEBHOOK_SECRETS: Record<Platform, string> = {
  shopify: 'SHOPIFY_WEBHOOK_SECRET',
  woocommerce: 'WOOCOMMERCE_WEBHOOK_SECRET',
  aftership: 'AFTERSHIP_WEBHOOK_SECRET',
};

/** The header each platform signs with: base64 HMAC-SHA256 of the raw body. */
export const SIGNATURE_HEADERS: Record<Platform, string> = {
  shopify: 'X-Shopify-Hmac-Sha256',
  woocommerce: 'X-WC-Webhook-Signature',
  aftership: 'aftership-hmac-sha256',
};

/** What a delivery did, for the platform (and the tests): never anything personal. */
type Outcome = { orderId?: string; ignored?: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** Shopify's order topics (the payload is an order) and fulfillment topics (a fulfillment with its order_id). */
const SHOPIFY_ORDER_TOPICS = new Set([
  'orders/create',
  'orders/updated',
  'orders/fulfilled',
  'orders/partially_fulfilled',
  'orders/paid',
  'orders/cancelled',
]);
const SHOPIFY_FULFILLMENT_TOPICS = new Set(['fulfillments/create', 'fulfillments/update']);
const WOO_ORDER_TOPICS = new Set(['order.created', 'order.updated', 'order.restored']);

/** WooCommerce's ping when a webhook is saved: `webhook_id=<n>`, form-encoded and unsigned. */
const WOO_PING = /^webhook_id=\d+$/;

/**
 * POST /webhooks/shopify, /webhooks/woocommerce and /webhooks/aftership: the
 * store's platform sends its orders and a tracker its parcels' progress. The
 * signature is checked over the raw body before anything is parsed (bad or
 * missing → 401, nothing stored); a delivery seen before answers 200 and
 * changes nothing; a payload that does not map answers 422 and is logged by
 * its reason only. A platform without its secret set has no route (404).
 */
export class IncomingWebhooks {
  private readonly deliveries: Deliveries;
  readonly orders: WebhookOrders;

  constructor(
    db: Database,
    state: ShopState,
    private readonly secrets: Partial<Record<Platform, string>>,
    private readonly log: Logger,
    notifications?: Notifications,
  ) {
    this.deliveries = new Deliveries(db);
    this.orders = new WebhookOrders(db, state, notifications);
  }

  static fromEnv(
    db: Database,
    env: Record<string, string | undefined>,
    options: { state: ShopState; log: Logger; notifications?: Notifications },
  ): IncomingWebhooks {
    const secrets: Partial<Record<Platform, string>> = {};
    for (const [platform, name] of Object.entries(WEBHOOK_SECRETS) as [Platform, string][]) {
      if (env[name]) secrets[platform] = env[name];
    }
    return new IncomingWebhooks(db, options.state, secrets, options.log, options.notifications);
  }

  /** The platforms whose secret is set. */
  get configured(): Platform[] {
    return (Object.keys(this.secrets) as Platform[]).filter((p) => this.secrets[p]);
  }

  routes(app: Hono): void {
    app.post('/webhooks/shopify', (c) =>
      this.handle(c, 'shopify', {
        topic: c.req.header('X-Shopify-Topic'),
        deliveryId: () => c.req.header('X-Shopify-Webhook-Id'),
        apply: (body, topic) => this.shopify(body, topic),
      }),
    );
    app.post('/webhooks/woocommerce', (c) =>
      this.handle(c, 'woocommerce', {
        topic: c.req.header('X-WC-Webhook-Topic'),
        ping: (raw) => WOO_PING.test(raw),
        deliveryId: () => c.req.header('X-WC-Webhook-Delivery-ID'),
        apply: (body, topic) => this.woocommerce(body, topic),
      }),
    );
    app.post('/webhooks/aftership', (c) =>
      this.handle(c, 'aftership', {
        topic: undefined,
        deliveryId: (body) => {
          const msg = isObject(body['msg']) ? body['msg'] : {};
          return str(body['event_id']) ?? (str(msg['id']) && `${str(msg['id'])}:${str(body['ts']) ?? ''}`);
        },
        apply: (body) => this.aftership(body),
      }),
    );
  }

  private async handle(
    c: Context,
    platform: Platform,
    how: {
      topic: string | undefined;
      ping?: (raw: string) => boolean;
      deliveryId: (body: Json) => string | undefined;
      apply: (body: Json, topic: string | undefined) => Promise<Outcome>;
    },
  ) {
    const secret = this.secrets[platform];
    // Not set up: answered as any unknown path is, so nothing tells which connectors a server has.
    if (!secret) return problem(c, 'not_found', 'No such endpoint');
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const text = Buffer.from(raw).toString('utf8');
    if (how.ping?.(text)) return c.json({ ok: true });
    if (!validSignature(secret, raw, c.req.header(SIGNATURE_HEADERS[platform]))) {
      return problem(c, 'unauthorized', `The ${SIGNATURE_HEADERS[platform]} signature does not match`, {}, 401);
    }
    const topic = how.topic?.trim().toLowerCase();
    let body: unknown;
    try {
      body = parseWebhookJson(text);
    } catch {
      return this.unmapped(c, platform, topic, 'the body is not JSON');
    }
    if (!isObject(body)) return this.unmapped(c, platform, topic, 'the body is not a JSON object');
    const deliveryId = how.deliveryId(body)?.trim();
    if (deliveryId && !(await this.deliveries.claim(platform, deliveryId))) {
      return c.json({ ok: true, replayed: true });
    }
    try {
      const outcome = await how.apply(body, topic);
      return c.json({ ok: true, ...outcome });
    } catch (error) {
      // Nothing was done: the platform's retry gets its turn.
      if (deliveryId) await this.deliveries.release(platform, deliveryId);
      if (error instanceof Unmapped) return this.unmapped(c, platform, topic, error.message);
      throw error;
    }
  }

  private unmapped(c: Context, platform: Platform, topic: string | undefined, reason: string) {
    // The reason names fields, never their values: payloads carry names, addresses and phone numbers.
    this.log.error('webhook not mapped', { platform, ...(topic ? { topic } : {}), reason });
    return problem(c, 'invalid_request', `The payload does not map to an order: ${reason}`);
  }

  private async shopify(body: Json, topic: string | undefined): Promise<Outcome> {
    if (topic && SHOPIFY_FULFILLMENT_TOPICS.has(topic)) {
      const fulfillment = body as ShopifyRestFulfillment;
      const orderId = str(fulfillment.order_id);
      const shipment = fromShopifyFulfillment(fulfillment);
      if (!orderId || !shipment?.id) throw new Unmapped('a fulfillment needs its id and order_id');
      if (!(await this.deliveries.fresh('shopify', `fulfillment:${shipment.id}`, fulfillment.updated_at ?? undefined)))
        return { ignored: 'stale' };
      return { orderId: (await this.orders.upsertShipment(orderId, shipment)).order.id };
    }
    if (topic && !SHOPIFY_ORDER_TOPICS.has(topic)) return { ignored: topic };
    const order = body as ShopifyRestOrder & { updated_at?: string };
    const mapped = fromShopifyWebhookOrder(order);
    if (mapped.id && !(await this.deliveries.fresh('shopify', `order:${mapped.id}`, order.updated_at)))
      return { ignored: 'stale' };
    const stored = await this.orders.upsert(mapped, shopifyOrderPrivate(order));
    return { orderId: stored.order.id };
  }

  private async woocommerce(body: Json, topic: string | undefined): Promise<Outcome> {
    if (topic && !WOO_ORDER_TOPICS.has(topic)) return { ignored: topic };
    const order = body as WooCommerceOrder & {
      billing?: { email?: string; phone?: string };
      date_modified_gmt?: string;
    };
    // *_gmt times come without a zone: they are UTC.
    const modified = order.date_modified_gmt && `${order.date_modified_gmt.replace(/Z$/i, '')}Z`;
    if (order.id && !(await this.deliveries.fresh('woocommerce', `order:${order.id}`, modified)))
      return { ignored: 'stale' };
    const email = order.billing?.email?.trim();
    const phone = order.billing?.phone?.trim();
    const stored = await this.orders.upsert(fromWooCommerceOrder(order), {
      contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
      ...(order.customer_id ? { customerId: String(order.customer_id) } : {}),
    });
    return { orderId: stored.order.id };
  }

  private async aftership(body: Json): Promise<Outcome> {
    const event = str(body['event']);
    if (event && event !== 'tracking_update' && event !== 'edd_revise') return { ignored: event };
    const msg = body['msg'];
    const tracking = isObject(msg) ? (msg as AfterShipTracking & { order_id?: unknown; order_number?: unknown }) : {};
    const trackingNumber = str(tracking.tracking_number)?.trim();
    if (!trackingNumber) throw new Unmapped('msg.tracking_number is missing');
    const stored = await this.orders.findByTracking(trackingNumber, str(tracking.order_id), str(tracking.order_number));
    if (!stored) throw new Unmapped('no order here has a shipment with this tracking number');
    await this.orders.applyTracking(stored, trackingNumber, fromAfterShipTracking(tracking));
    return { orderId: stored.order.id };
  }
}
