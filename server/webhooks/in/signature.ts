import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `signature` is the base64 HMAC-SHA256 of the raw body bytes under
 * `secret` (Shopify's X-Shopify-Hmac-Sha256, WooCommerce's
 * X-WC-Webhook-Signature, AfterShip's aftership-hmac-sha256 alike). Compared
 * as text in constant time: a signature that only decodes to the same bytes
 * (other padding, stray characters) is not the one the platform sent.
 */
export function validSignature(secret: string, raw: Uint8Array, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(raw).digest('base64'));
  const given = Buffer.from(signature.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * JSON.parse, with integer ids past 2^53 kept as strings: Shopify's REST ids
 * can be that long, and a float would lose their last digits. Only a value of
 * a key ending in "id" that is a bare integer of 16 digits or more changes.
 */
export function parseWebhookJson(text: string): unknown {
  return JSON.parse(text.replace(/(?<!\\)("\w*id"\s*:\s*)(\d{16,})(?=\s*[,}\]])/gi, '$1"$2"'));
}
