import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { Logger } from '../logger.js';
import { lineReply } from '../notifications/channels/line.js';
import type { NotificationConfig } from '../notifications/config.js';
import { announceSubscription } from '../notifications/enqueue.js';
import type { Queryable } from '../notifications/outbox.js';
import { fill, languageOf, type Language, type Templates } from '../notifications/templates.js';
import { problem } from '../problem.js';

/** X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret, compared in constant time. */
export function validLineSignature(channelSecret: string, rawBody: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(createHmac('sha256', channelSecret).update(rawBody).digest('base64'));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface LineEvent {
  type?: string;
  replyToken?: string;
  source?: { type?: string; userId?: string };
  message?: { type?: string; text?: string };
}

/** The one-time codes of enqueue.ts: 8 letters and digits without 0, O, 1 and I. */
const CODE = /\b([A-HJ-NP-Z2-9]{8})\b/;

/**
 * POST /webhooks/line. The signature is checked over the raw body before
 * anything is parsed (bad or missing → 401, nothing bound). A text message
 * carrying a waiting subscription's one-time code binds the sender's user id
 * to it, makes it active, and replies in the shopper's language. A code is
 * used once: a redelivered event binds nothing again.
 */
export function lineWebhook(
  db: Queryable,
  config: NotificationConfig,
  templates: Record<Language, Templates>,
  log: Logger,
) {
  return async (c: Context) => {
    const raw = await c.req.text();
    if (
      !config.lineChannelSecret ||
      !validLineSignature(config.lineChannelSecret, raw, c.req.header('X-Line-Signature'))
    ) {
      return problem(c, 'unauthorized', 'The X-Line-Signature does not match', {}, 401);
    }
    let events: LineEvent[];
    try {
      events = ((JSON.parse(raw) as { events?: LineEvent[] }).events ?? []).filter(Boolean);
    } catch {
      return problem(c, 'invalid_request', 'The body is not JSON');
    }
    for (const event of events) {
      const userId = event.source?.type === 'user' ? event.source.userId : undefined;
      const code =
        event.type === 'message' && event.message?.type === 'text'
          ? CODE.exec(event.message.text?.toUpperCase() ?? '')?.[1]
          : undefined;
      if (!userId || !code) continue;
      const [bound] = await db.query<{ id: string; order_id: string; locale: string }>(
        `update notification_subscriptions set status = 'active', address = $2, line_code = null, updated_at = now()
         where line_code = $1 and status = 'pending' and line_code_expires_at > now()
         returning id, order_id, locale`,
        [code, userId],
      );
      if (!bound) continue;
      await announceSubscription(db, Number(bound.id), bound.order_id, 'line', bound.locale);
      const [order] = await db.query<{ number: string }>('select number from orders where id = $1', [bound.order_id]);
      log.info('line bound', { subscription: Number(bound.id) });
      if (config.line && event.replyToken) {
        const text = fill(templates[languageOf(bound.locale)].lineConnected, {
          order: order?.number ?? bound.order_id,
        });
        await lineReply(config.line.apiBase, config.line.accessToken, event.replyToken, text).catch((error: unknown) =>
          log.error('line reply', { error: String(error) }),
        );
      }
    }
    return c.json({ ok: true });
  };
}
