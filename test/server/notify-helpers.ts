// Shopper actions over HTTP for the notification tests.
import assert from 'node:assert/strict';
import { orderAccess, type RunningServer } from './reference-server.js';

interface ReturnOptions {
  items: { lineItemId: string; returnableQuantity: number; ineligibleReason?: string }[];
  reasons: { code: string; requiresComment?: boolean; requiresPhoto?: boolean }[];
  resolutions: { type: string; refundAccountRequired?: boolean }[];
  methods: { code: string }[];
}

export async function subscribe(
  server: RunningServer,
  orderId: string,
  channel: string,
  address: string,
  language: string,
): Promise<Response> {
  const headers = await orderAccess(server, orderId);
  return fetch(`${server.url}/update-subscriptions`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify({ orderId, channel, address }),
  });
}

/** A return of one returnable item: the change that sends a message. */
export async function makeReturn(server: RunningServer, orderId: string): Promise<{ id: string; status: string }> {
  const headers = await orderAccess(server, orderId);
  const options = (await (
    await fetch(`${server.url}/orders/${orderId}/return-options`, { headers })
  ).json()) as ReturnOptions;
  const item = options.items.find((i) => i.returnableQuantity > 0 && !i.ineligibleReason);
  assert.ok(item, `${orderId} has an item to return`);
  const reason = options.reasons.find((r) => !r.requiresComment && !r.requiresPhoto) ?? options.reasons[0]!;
  const resolution = options.resolutions.find((r) => !r.refundAccountRequired)!;
  const response = await fetch(`${server.url}/returns`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      orderId,
      resolution: resolution.type,
      methodCode: options.methods[0]!.code,
      items: [{ lineItemId: item.lineItemId, quantity: 1, reasonCode: reason.code, comment: 'Too big' }],
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as { id: string; status: string };
}
