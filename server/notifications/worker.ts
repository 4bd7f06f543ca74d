import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Database } from '../storage/database.js';
import { deliverWebhook, type WebhookEventBody } from '../webhooks/out.js';
import { emailChannel } from './channels/email.js';
import { lineChannel } from './channels/line.js';
import { smsChannel } from './channels/sms.js';
import { type Channel, PermanentError, RetryAfterError } from './channels/types.js';
import { whatsappChannel } from './channels/whatsapp.js';
import type { NotificationConfig } from './config.js';
import type { NotificationLinks } from './links.js';
import { claimDue, finish, type OutboxRow, retryLater } from './outbox.js';
import { type Language, languageOf, loadTemplates, render, type Templates } from './templates.js';

const BATCH = 20;
const MAX_BACKOFF_MS = 3600_000;

interface Subscription {
  channel: string;
  address: string | null;
  locale: string;
  status: string;
}

/**
 * Sends what the outbox holds: claims due rows with a lease, sends each,
 * marks it sent, or puts it back with exponential backoff (OUTBOX_BACKOFF_MS
 * × 2^(attempt−1), at most an hour; a 429's Retry-After when longer) until
 * OUTBOX_MAX_ATTEMPTS, then keeps it as `failed`. Any number of workers, in
 * any number of instances, share one database: a row is held by one at a time.
 */
export class OutboxWorker {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly channels: Partial<Record<string, Channel>> = {};
  private readonly templates: Record<Language, Templates>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly config: NotificationConfig,
    private readonly links: NotificationLinks,
    private readonly log: Logger,
  ) {
    this.templates = loadTemplates(config.templatesFile);
    if (config.smtpUrl) this.channels['email'] = emailChannel(config.smtpUrl, config.mailFrom);
    if (config.line) this.channels['line'] = lineChannel(config.line.apiBase, config.line.accessToken);
    if (config.whatsapp) {
      const { apiBase, phoneNumberId, token, template } = config.whatsapp;
      this.channels['whatsapp'] = whatsappChannel(apiBase, phoneNumberId, token, template);
    }
    if (config.sms) this.channels['sms'] = smsChannel(config.sms.url, config.sms.token);
  }

  /** Polls every OUTBOX_POLL_MS until stop(). */
  start(): this {
    const tick = async () => {
      if (this.stopped) return;
      try {
        while ((await this.drainOnce()) > 0 && !this.stopped);
      } catch (error) {
        this.log.error('outbox', { worker: this.id, error: String(error) });
      }
      if (!this.stopped) this.timer = setTimeout(() => void tick(), this.config.pollMs);
    };
    void tick();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    (this.channels['email'] as { close?: () => void } | undefined)?.close?.();
  }

  /** Claims and handles one batch; returns how many rows it handled. */
  drainOnce(): Promise<number> {
    const run = (async () => {
      const rows = await claimDue(this.db, this.id, BATCH, this.config.leaseSeconds);
      await Promise.all(rows.map((row) => this.handle(row)));
      return rows.length;
    })();
    this.running = run.catch(() => 0);
    return run;
  }

  private async handle(row: OutboxRow): Promise<void> {
    try {
      const outcome = row.kind === 'webhook' ? await this.sendWebhook(row) : await this.sendMessage(row);
      if (outcome === 'sent') {
        await finish(this.db, row.id, this.id, 'sent');
        this.log.info('outbox sent', { id: row.id, channel: row.channel, attempts: row.attempts });
      } else {
        await finish(this.db, row.id, this.id, outcome.status, outcome.reason);
        this.log.info('outbox not sent', {
          id: row.id,
          channel: row.channel,
          status: outcome.status,
          reason: outcome.reason,
        });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentError || row.attempts >= this.config.maxAttempts) {
        await finish(this.db, row.id, this.id, 'failed', reason);
        this.log.error('outbox failed', { id: row.id, channel: row.channel, attempts: row.attempts, error: reason });
        return;
      }
      const backoff = Math.min(this.config.backoffMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
      const wait = error instanceof RetryAfterError ? Math.max(backoff, error.retryAfterMs) : backoff;
      await retryLater(this.db, row.id, this.id, wait, reason);
      this.log.info('outbox retry', { id: row.id, channel: row.channel, attempts: row.attempts, inMs: wait });
    }
  }

  private async sendWebhook(row: OutboxRow): Promise<'sent' | { status: 'unconfigured'; reason: string }> {
    const { url, event } = row.payload as { url: string; event: WebhookEventBody };
    // Unsigned, a receiver could not tell the store's events from anyone's.
    if (!this.config.webhookSecret) return { status: 'unconfigured', reason: 'AFTERCARE_WEBHOOK_SECRET is not set' };
    await deliverWebhook(url, event, this.config.webhookSecret);
    return 'sent';
  }

  private async sendMessage(row: OutboxRow): Promise<'sent' | { status: 'skipped' | 'unconfigured'; reason: string }> {
    const [subscription] = await this.db.query<Subscription>(
      'select channel, address, locale, status from notification_subscriptions where id = $1',
      [row.subscriptionId],
    );
    if (!subscription || subscription.status !== 'active' || !subscription.address) {
      return { status: 'skipped', reason: 'unsubscribed' };
    }
    const channel = this.channels[subscription.channel];
    if (!channel) return { status: 'unconfigured', reason: `no provider configured for ${subscription.channel}` };
    const payload = row.payload as {
      orderId: string;
      subject: 'shipment' | 'return';
      status: string;
      estimatedDelivery?: string;
    };
    const [order] = await this.db.query<{ number: string }>('select number from orders where id = $1', [
      payload.orderId,
    ]);
    const language = languageOf(subscription.locale);
    const unsubscribeUrl = this.links.unsubscribeUrl(row.subscriptionId!);
    const message = render(this.templates[language], language, {
      store: this.config.storeName,
      order: order?.number ?? payload.orderId,
      statusKey: `${payload.subject}.${payload.status}`,
      ...(payload.estimatedDelivery ? { estimate: payload.estimatedDelivery } : {}),
      link: await this.links.orderUrl(payload.orderId, order?.number ?? payload.orderId),
      unsubscribe: unsubscribeUrl,
    });
    await channel.send({
      ...message,
      outboxId: row.id,
      dedupeKey: row.dedupeKey,
      to: subscription.address,
      language,
      unsubscribeUrl,
    });
    return 'sent';
  }
}
