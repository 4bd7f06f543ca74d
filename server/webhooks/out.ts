import { createHmac, timingSafeEqual } from 'node:crypto';
import { postJson } from '../notifications/channels/types.js';

/**
 * Webhooks out to the store's own systems. Each delivery is a POST of the
 * event as JSON, `{ "id", "type", "created", "data" }`, with
 *
 *   Aftercare-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(AFTERCARE_WEBHOOK_SECRET, t + "." + body)>
 *   Aftercare-Event: <type>
 *   Aftercare-Delivery: <event id>
 *
 * A receiver recomputes v1 over the raw body, compares in constant time, and
 * refuses a `t` older than a few minutes (docs/notifications.md has the code).
 * An event id seen before is a retry: the receiver answers 2xx and does nothing.
 */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/** Checks an Aftercare-Signature header (for receivers, and the tests). */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string | null | undefined,
  toleranceSeconds = 300,
  now = Math.floor(Date.now() / 1000),
): boolean {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]),
  );
  const t = Number(parts['t']);
  if (!Number.isInteger(t) || Math.abs(now - t) > toleranceSeconds || !/^[0-9a-f]{64}$/.test(parts['v1'] ?? '')) {
    return false;
  }
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return timingSafeEqual(expected, Buffer.from(parts['v1']!));
}

export interface WebhookEventBody {
  id: string;
  type: string;
  created: number;
  data: Record<string, unknown>;
}

export async function deliverWebhook(url: string, event: WebhookEventBody, secret: string): Promise<void> {
  const body = JSON.stringify(event);
  const headers = {
    'Aftercare-Event': event.type,
    'Aftercare-Delivery': event.id,
    'Aftercare-Signature': signWebhook(secret, body),
  };
  await postJson(url, body, headers, 'webhook'); // the bytes signed are the bytes sent
}
