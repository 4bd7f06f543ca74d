import type { Context, Hono } from 'hono';
import type { SubscriptionStatus, UpdateSubscriptionReceipt } from '../../src/core/schemas/index.js';
import type { StateTransaction } from '../../src/shop/state.js';
import type { OrderTokens } from '../access/order-tokens.js';
import type { Logger } from '../logger.js';
import { problem } from '../problem.js';
import type { Database } from '../storage/database.js';
import { lineWebhook } from '../webhooks/line.js';
import { notificationConfig, type NotificationConfig } from './config.js';
import {
  configureNotifications,
  createSubscription,
  enqueueEvent,
  enqueueForReturnChange,
  type NewSubscription,
  type SubscriptionResult,
  unsubscribe,
} from './enqueue.js';
import { NotificationLinks } from './links.js';
import { type Language, languageOf, loadTemplates, type Templates } from './templates.js';
import { OutboxWorker } from './worker.js';

export {
  createSubscription,
  enqueueEvent,
  enqueueForReturnChange,
  enqueueForShipmentChange,
  unsubscribe,
  WEBHOOK_EVENTS,
} from './enqueue.js';
export { listOutbox, undeliverable, type OutboxRow, type OutboxStatus, type Queryable } from './outbox.js';

/** "Connect LINE": opens the store's Official Account with the one-time code typed in the message field. */
export function lineConnectUrl(officialAccount: string, code: string): string {
  const account = officialAccount.startsWith('@')
    ? `@${encodeURIComponent(officialAccount.slice(1))}`
    : encodeURIComponent(officialAccount);
  return `https://line.me/R/oaMessage/${account}/?${encodeURIComponent(code)}`;
}

const page = (language: Language, text: string) =>
  `<!doctype html><html lang="${language}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${text}</title><p>${text}</p></html>`;

/**
 * The server's notifications: what the shopper routes call after a write,
 * the LINE and unsubscribe routes, and the outbox worker.
 */
export class Notifications {
  readonly links: NotificationLinks;
  readonly templates: Record<Language, Templates>;
  readonly worker: OutboxWorker;

  constructor(
    readonly db: Database,
    readonly config: NotificationConfig,
    orderTokens: OrderTokens,
    secret: string,
    private readonly log: Logger,
  ) {
    configureNotifications(config);
    this.templates = loadTemplates(config.templatesFile);
    this.links = new NotificationLinks(secret, orderTokens, config);
    this.worker = new OutboxWorker(db, config, this.links, log);
  }

  static fromEnv(
    db: Database,
    env: Record<string, string | undefined>,
    orderTokens: OrderTokens,
    secret: string,
    log: Logger,
    defaults: { publicUrl?: string } = {},
  ) {
    return new Notifications(db, notificationConfig(env, defaults), orderTokens, secret, log);
  }

  /** A shopper subscribed; for LINE, with the code and the link that opens the store's Official Account. */
  async subscribe(
    sub: NewSubscription,
  ): Promise<SubscriptionResult & { subscriptionId: string; lineConnectUrl?: string }> {
    const result = await createSubscription(this.db, sub);
    return { ...result, ...this.receiptOf(result), status: result.status };
  }

  /** The contract's receipt, with the "Connect LINE" link when the Official Account is set. */
  private receiptOf(
    result: SubscriptionResult | (Omit<SubscriptionResult, 'status'> & { status: SubscriptionStatus }),
  ) {
    const account = this.config.lineOfficialAccount;
    const receipt: UpdateSubscriptionReceipt = { subscriptionId: String(result.id), status: result.status };
    if (result.lineCode) {
      receipt.lineCode = result.lineCode;
      if (result.lineCodeExpiresAt) receipt.lineCodeExpiresAt = result.lineCodeExpiresAt;
      if (account) receipt.lineConnectUrl = lineConnectUrl(account, result.lineCode);
    }
    return receipt;
  }

  /** A subscription of one of these order ids (an order's id and number), as its receipt; undefined when not theirs. */
  async subscription(orderIds: string[], subscriptionId: string): Promise<UpdateSubscriptionReceipt | undefined> {
    if (!/^\d{1,18}$/.test(subscriptionId)) return undefined;
    const [row] = await this.db.query<{ status: SubscriptionStatus; line_code: string | null; expires: Date | null }>(
      `select status, line_code, line_code_expires_at as expires from notification_subscriptions
       where id = $1 and order_id = any($2::text[])`,
      [subscriptionId, orderIds],
    );
    if (!row) return undefined;
    const waiting = row.status === 'pending' && row.line_code && row.expires;
    return this.receiptOf({
      id: Number(subscriptionId),
      status: row.status,
      ...(waiting ? { lineCode: row.line_code!, lineCodeExpiresAt: new Date(row.expires!).toISOString() } : {}),
    });
  }

  /** Each of these three on the write's transaction when given one (Shop.transaction), so both commit or neither. */
  returnCreated(receipt: { id: string; orderId: string; status: string; createdAt?: string }, tx?: StateTransaction) {
    return enqueueForReturnChange(tx ?? this.db, {
      orderId: receipt.orderId,
      returnId: receipt.id,
      status: receipt.status,
      created: true,
      data: { returnId: receipt.id, orderId: receipt.orderId, status: receipt.status, createdAt: receipt.createdAt },
    });
  }

  reviewSubmitted(orderId: string, receipt: { id: string; status: string }, rating?: number, tx?: StateTransaction) {
    return enqueueEvent(
      tx ?? this.db,
      'review.submitted',
      { reviewId: receipt.id, orderId, status: receipt.status, ...(rating === undefined ? {} : { rating }) },
      `evt_review_${orderId}_${receipt.id}`,
    );
  }

  npsAnswered(
    responseId: string,
    answer: { scale: string; score: number; orderId?: string | undefined },
    tx?: StateTransaction,
  ) {
    return enqueueEvent(tx ?? this.db, 'nps.answered', {
      responseId,
      scale: answer.scale,
      score: answer.score,
      ...(answer.orderId ? { orderId: answer.orderId } : {}),
    });
  }

  /** POST /webhooks/line, GET and POST /unsubscribe. */
  routes(app: Hono): void {
    app.post('/webhooks/line', lineWebhook(this.db, this.config, this.templates, this.log));
    const handle = async (c: Context) => {
      const id = this.links.subscriptionOf(c.req.query('token') ?? '');
      if (id === undefined) return problem(c, 'not_found', 'This unsubscribe link is not valid');
      await unsubscribe(this.db, id);
      const [row] = await this.db.query<{ locale: string }>(
        'select locale from notification_subscriptions where id = $1',
        [id],
      );
      const language = languageOf(row?.locale);
      return c.html(page(language, this.templates[language].unsubscribed));
    };
    app.get('/unsubscribe', handle);
    app.post('/unsubscribe', handle);
  }
}
