import { type Channel, type OutgoingMessage, postJson } from './types.js';

/**
 * SMS through the store's own gateway: one JSON POST to SMS_WEBHOOK_URL,
 * `{ "id", "to", "text", "locale" }` (`to` as given by the shopper, `text` the
 * whole message with its links), with `Idempotency-Key: <id>` (the same for
 * every attempt) and, when SMS_WEBHOOK_TOKEN is set, `Authorization: Bearer
 * <token>`. Any 2xx is sent; 408, 429 and 5xx are retried; other 4xx fail.
 */
export function smsChannel(url: string, token?: string): Channel {
  return {
    async send(message: OutgoingMessage) {
      const id = `msg_${message.outboxId}`;
      await postJson(
        url,
        { id, to: message.to, text: message.text, locale: message.language },
        { 'Idempotency-Key': id, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        'SMS gateway',
      );
    },
  };
}
