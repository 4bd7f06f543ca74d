import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { AdapterError } from '../../src/core/errors.js';
import { orderSchema, trackingEventSchema } from '../../src/core/schemas/order.js';
import { returnReceiptSchema, RETURN_STATUSES } from '../../src/core/schemas/returns.js';
import { Merchant, npsCsv } from '../../src/shop/merchant.js';
import type { ShopState } from '../../src/shop/state.js';
import { type OrderTokens, TOKEN_LIFETIME } from '../access/order-tokens.js';
import {
  enqueueForReturnChange,
  enqueueForShipmentChange,
  listOutbox,
  type Notifications,
  undeliverable,
} from '../notifications/index.js';

export const adminOrderSchema = z.extend(orderSchema, {
  /** How the shopper proves the order (POST /order-access): never shown to shoppers. */
  contact: z.optional(z.object({ email: z.optional(z.string()), phone: z.optional(z.string()) })),
  customerId: z.optional(z.string().check(z.minLength(1))),
  locale: z.optional(z.string().check(z.minLength(2))),
  /** The same order in other languages, by language code: the shopper's language is served when it is here. */
  translations: z.optional(z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)), orderSchema)),
  /** What each line may be exchanged for (with resolutions.exchange in the policy). */
  exchangeVariants: z.optional(
    z.array(
      z.object({
        lineItemId: z.string().check(z.minLength(1)),
        variants: z.array(
          z.object({
            id: z.string().check(z.minLength(1)),
            title: z.union([z.string(), z.record(z.string(), z.string())]),
            available: z.boolean(),
          }),
        ),
      }),
    ),
  ),
});
export const returnStatusSchema = z.object({
  status: z.enum(RETURN_STATUSES),
  note: z.optional(z.string()),
  reason: z.optional(z.string()),
  label: returnReceiptSchema.shape.label,
});
export const reviewStatusSchema = z.object({ status: z.enum(['published', 'pending_moderation', 'rejected']) });

export interface AdminOptions {
  state: ShopState;
  orderTokens: OrderTokens;
  /** AFTERCARE_ORDER_PAGE_URL: the shop's order page, with `{order}` and `{token}`. */
  orderPageUrl?: string | undefined;
  /** Messages to subscribers and webhooks to the store on every status change; none without. */
  notifications?: Notifications | undefined;
}

const UNDELIVERABLE = ['failed', 'unconfigured'] as const;

async function body<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new AdapterError('invalid_request', 'The body is not JSON');
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const where = result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw new AdapterError('invalid_request', where.slice(0, 5).join('; '));
  }
  return result.data;
}

/** The merchant API (/admin/*), behind AdminKeys: the shop's own systems put orders in and decide returns. */
export function adminRoutes({ state, orderTokens, orderPageUrl, notifications }: AdminOptions) {
  const merchant = new Merchant(state);
  const admin = new Hono();

  admin.put('/orders/:id', async (c) => {
    const { contact, customerId, locale, translations, exchangeVariants, ...order } = await body(c, adminOrderSchema);
    const existed = await state.findOrder(order.id);
    const stored = await merchant.putOrder(c.req.param('id'), {
      order,
      ...(contact ? { contact } : {}),
      ...(customerId ? { customerId } : {}),
      ...(locale ? { locale } : {}),
      ...(translations ? { translations } : {}),
      ...(exchangeVariants ? { exchangeVariants } : {}),
    });
    return c.json(stored, existed ? 200 : 201);
  });
  admin.get('/orders/:id', async (c) => c.json(await merchant.getOrder(c.req.param('id'))));
  admin.post('/orders/:id/shipments/:shipmentId/events', async (c) => {
    const event = await body(c, trackingEventSchema);
    // The event and its messages commit together: no change goes unreported, no message reports a change undone.
    const shipment = await merchant.transaction(async (changing, tx) => {
      const { order } = await changing.getOrder(c.req.param('id'));
      const before = order.shipments.find((s) => s.id === c.req.param('shipmentId'))?.status;
      const changed = await changing.addEvent(order.id, c.req.param('shipmentId'), event);
      if (notifications && changed.status !== before) {
        await enqueueForShipmentChange(tx ?? notifications.db, {
          orderId: order.id,
          shipmentId: changed.id,
          status: changed.status,
          ...(changed.estimatedDelivery ? { estimatedDelivery: changed.estimatedDelivery.from } : {}),
          changeId: `${event.at}:${event.status}`,
        });
      }
      return changed;
    });
    return c.json(shipment, 201);
  });
  admin.post('/orders/:id/access-links', async (c) => {
    const { order } = await merchant.getOrder(c.req.param('id'));
    const link = await orderTokens.sign(order.id, TOKEN_LIFETIME.accessLink);
    const url = orderPageUrl
      ?.replaceAll('{order}', encodeURIComponent(order.number))
      .replaceAll('{token}', encodeURIComponent(link.token));
    return c.json({ ...link, ...(url ? { url } : {}) }, 201);
  });
  admin.get('/returns', async (c) => c.json({ returns: await merchant.returns(c.req.query('status')) }));
  admin.post('/returns/:id/status', async (c) => {
    const change = await body(c, returnStatusSchema);
    const receipt = await merchant.transaction(async (changing, tx) => {
      const changed = await changing.setReturnStatus(c.req.param('id'), change);
      if (notifications) {
        await enqueueForReturnChange(tx ?? notifications.db, {
          orderId: changed.orderId,
          returnId: changed.id,
          status: changed.status,
        });
      }
      return changed;
    });
    return c.json(receipt);
  });
  admin.get('/outbox', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !(UNDELIVERABLE as readonly string[]).includes(status)) {
      throw new AdapterError('invalid_request', `status: one of ${UNDELIVERABLE.join(', ')}`);
    }
    const db = notifications?.db;
    const messages = !db ? [] : status ? await listOutbox(db, { status: status as 'failed' }) : await undeliverable(db);
    return c.json({ messages });
  });
  admin.get('/reviews', async (c) => c.json({ reviews: await merchant.reviews(c.req.query('status')) }));
  admin.post('/reviews/:id/status', async (c) => {
    const { status } = await body(c, reviewStatusSchema);
    return c.json(await merchant.setReviewStatus(c.req.param('id'), status));
  });
  admin.get('/nps-responses', async (c) => {
    const records = await merchant.npsResponses();
    if (/\btext\/csv\b/.test(c.req.header('Accept') ?? '')) {
      return c.body(npsCsv(records), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="nps-responses.csv"',
      });
    }
    return c.json({ responses: records.map(({ id, response }) => ({ responseId: id, ...response })) });
  });
  return admin;
}
