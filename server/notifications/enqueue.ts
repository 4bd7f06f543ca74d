import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { notificationConfig, type NotificationConfig } from './config.js';
import { addToOutbox, type OutboxItem, type Queryable } from './outbox.js';
import { languageOf } from './templates.js';

/**
 * The entry points the code that changes things calls, inside its own
 * transaction, on the same connection (`tx`): the messages and webhook
 * deliveries exist exactly when the change does, and the outbox worker
 * (worker.ts) sends them.
 *
 *   enqueueForShipmentChange(tx, { orderId, shipmentId, status, estimatedDelivery?, changeId? })
 *   enqueueForReturnChange(tx, { orderId, returnId, status, created?, changeId?, data? })
 *   enqueueEvent(tx, 'review.submitted', data, eventId?)
 *
 * Each is idempotent per change: called twice with the same change, it adds
 * nothing the second time.
 */

export const WEBHOOK_EVENTS = [
  'return.created',
  'return.updated',
  'review.submitted',
  'nps.answered',
  'subscription.created',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

let config: Pick<NotificationConfig, 'webhookUrls'> | undefined;

/** Sets where webhooks go (main.ts does, from the environment); else read from process.env on first use. */
export function configureNotifications(settings: Pick<NotificationConfig, 'webhookUrls'>): void {
  config = settings;
}
const settings = () => (config ??= notificationConfig(process.env));

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

interface SubscriptionRow {
  id: string | number;
  channel: string;
}

async function activeSubscriptions(tx: Queryable, orderId: string): Promise<SubscriptionRow[]> {
  return tx.query<SubscriptionRow>(
    `select id, channel from notification_subscriptions where order_id = $1 and status = 'active' order by id`,
    [orderId],
  );
}

async function messagesFor(
  tx: Queryable,
  orderId: string,
  change: string,
  payload: Record<string, unknown>,
): Promise<OutboxItem[]> {
  return (await activeSubscriptions(tx, orderId)).map((subscription) => ({
    dedupeKey: `message:${subscription.id}:${change}`,
    kind: 'message' as const,
    channel: subscription.channel,
    subscriptionId: Number(subscription.id),
    payload: { orderId, ...payload },
  }));
}

/**
 * One webhook delivery per endpoint of AFTERCARE_WEBHOOK_URLS. `eventId`
 * names the event (the same id, the same deliveries); by default a new one.
 */
export async function enqueueEvent(
  tx: Queryable,
  type: WebhookEvent,
  data: Record<string, unknown>,
  eventId: string = `evt_${randomUUID().replaceAll('-', '')}`,
): Promise<number> {
  const event = { id: eventId, type, created: Math.floor(Date.now() / 1000), data };
  return addToOutbox(
    tx,
    settings().webhookUrls.map((url) => ({
      dedupeKey: `webhook:${digest(url)}:${eventId}`,
      kind: 'webhook' as const,
      channel: 'webhook',
      payload: { url, event },
    })),
  );
}

export interface ShipmentChange {
  orderId: string;
  shipmentId: string;
  status: string;
  /** The new estimate's first day (ISO date), when known. */
  estimatedDelivery?: string | undefined;
  /** What makes this change one (a tracking event's id); default: the status, so one message per status. */
  changeId?: string | undefined;
}

/** A shipment's status changed: one message to each active subscription of its order. */
export async function enqueueForShipmentChange(tx: Queryable, change: ShipmentChange): Promise<number> {
  const key = `shipment:${change.shipmentId}:${change.changeId ?? change.status}`;
  const items = await messagesFor(tx, change.orderId, key, {
    subject: 'shipment',
    shipmentId: change.shipmentId,
    status: change.status,
    ...(change.estimatedDelivery ? { estimatedDelivery: change.estimatedDelivery } : {}),
  });
  return addToOutbox(tx, items);
}

export interface ReturnChange {
  orderId: string;
  returnId: string;
  status: string;
  /** The return was just made (return.created), else return.updated. */
  created?: boolean;
  changeId?: string | undefined;
  /** The webhook event's data; default `{ returnId, orderId, status }`. */
  data?: Record<string, unknown>;
}

/** A return was made or its status changed: messages to the order's subscriptions, and return.created / return.updated. */
export async function enqueueForReturnChange(tx: Queryable, change: ReturnChange): Promise<number> {
  const key = `return:${change.returnId}:${change.changeId ?? change.status}`;
  const items = await messagesFor(tx, change.orderId, key, {
    subject: 'return',
    returnId: change.returnId,
    status: change.status,
  });
  const type = change.created ? 'return.created' : 'return.updated';
  const data = change.data ?? { returnId: change.returnId, orderId: change.orderId, status: change.status };
  return (await addToOutbox(tx, items)) + (await enqueueEvent(tx, type, data, `evt_${digest(`${type}:${key}`)}`));
}

export interface NewSubscription {
  orderId: string;
  channel: string;
  address: string;
  locale?: string | undefined;
}

export interface SubscriptionResult {
  id: number;
  status: 'active' | 'pending';
  /** LINE: the one-time code the shopper sends to the store's Official Account, and when it expires. */
  lineCode?: string;
  lineCodeExpiresAt?: string;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LINE_CODE_LIFETIME_HOURS = 24;

function oneTimeCode(): string {
  return Array.from(randomBytes(8), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

/**
 * A shopper asked for updates. E-mail, SMS and WhatsApp are active at once;
 * LINE waits (`pending`) until the follower sends the one-time code to the
 * store's Official Account (POST /webhooks/line). The same order, channel and
 * address again reuses the subscription (its language updated, active again).
 */
export async function createSubscription(tx: Queryable, sub: NewSubscription): Promise<SubscriptionResult> {
  const locale = languageOf(sub.locale);
  if (sub.channel === 'line') {
    const code = oneTimeCode();
    const [row] = await tx.query<{ id: string; line_code_expires_at: Date | string }>(
      `insert into notification_subscriptions (order_id, channel, locale, status, line_code, line_code_expires_at)
       values ($1, 'line', $2, 'pending', $3, now() + make_interval(hours => $4::integer))
       returning id, line_code_expires_at`,
      [sub.orderId, locale, code, LINE_CODE_LIFETIME_HOURS],
    );
    return {
      id: Number(row!.id),
      status: 'pending',
      lineCode: code,
      lineCodeExpiresAt: new Date(row!.line_code_expires_at).toISOString(),
    };
  }
  const [existing] = await tx.query<{ id: string }>(
    `update notification_subscriptions set locale = $4, status = 'active', updated_at = now()
     where id = (select id from notification_subscriptions where order_id = $1 and channel = $2 and address = $3
                 order by id limit 1)
     returning id`,
    [sub.orderId, sub.channel, sub.address, locale],
  );
  const id = existing
    ? Number(existing.id)
    : Number(
        (
          await tx.query<{ id: string }>(
            `insert into notification_subscriptions (order_id, channel, address, locale) values ($1, $2, $3, $4) returning id`,
            [sub.orderId, sub.channel, sub.address, locale],
          )
        )[0]!.id,
      );
  if (!existing) await announceSubscription(tx, id, sub.orderId, sub.channel, locale);
  return { id, status: 'active' };
}

/** subscription.created, without the shopper's address. */
export async function announceSubscription(
  tx: Queryable,
  id: number,
  orderId: string,
  channel: string,
  locale: string,
) {
  await enqueueEvent(tx, 'subscription.created', { subscriptionId: id, orderId, channel, locale }, `evt_sub_${id}`);
}

/** Stops a subscription at once: its messages not yet sent are skipped. */
export async function unsubscribe(tx: Queryable, subscriptionId: number): Promise<boolean> {
  const rows = await tx.query(
    `update notification_subscriptions set status = 'unsubscribed', updated_at = now() where id = $1 returning id`,
    [subscriptionId],
  );
  return rows.length === 1;
}
