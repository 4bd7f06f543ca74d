// GET /orders/{id}/update-subscriptions/{subscriptionId}: what the tracker asks
// when the shopper comes back from LINE. Pending with its code until the
// follower sends it to the Official Account (POST /webhooks/line), then active;
// only with that order's proof, and never another order's subscription.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { subscribe } from './notify-helpers.js';
import { orderAccess, type RunningServer, startServer } from './reference-server.js';

const LINE_SECRET = 'status-test-line-secret';
let server: RunningServer;

before(async () => {
  server = await startServer({
    AFTERCARE_TOKEN_SECRET: 'subscription-status-test-secret',
    LINE_CHANNEL_SECRET: LINE_SECRET,
    LINE_OFFICIAL_ACCOUNT: '@baankafe',
  });
});
after(() => server?.stop());

const status = async (orderId: string, id: string, headers: Record<string, string>) =>
  fetch(`${server.url}/orders/${orderId}/update-subscriptions/${id}`, { headers });

function lineMessage(text: string) {
  const body = JSON.stringify({
    destination: 'Uxxxxxxxx',
    events: [
      {
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        webhookEventId: '01STATUS',
        deliveryContext: { isRedelivery: false },
        replyToken: 'reply-token-status',
        source: { type: 'user', userId: `U${'cd34'.repeat(8)}` },
        message: { id: '7', type: 'text', text },
      },
    ],
  });
  return fetch(`${server.url}/webhooks/line`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Line-Signature': createHmac('sha256', LINE_SECRET).update(body).digest('base64'),
    },
    body,
  });
}

describe('a subscription’s status', () => {
  it('is pending with its code and link until the code arrives from LINE, then active', async () => {
    const made = await subscribe(server, 'BK-1004', 'line', 'line-official-account', 'en');
    assert.equal(made.status, 201);
    const receipt = (await made.json()) as Record<string, string>;
    assert.match(receipt['subscriptionId']!, /^\d+$/);
    const proof = await orderAccess(server, 'BK-1004');

    const pending = await status('BK-1004', receipt['subscriptionId']!, proof);
    assert.equal(pending.status, 200);
    assert.equal(pending.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await pending.json(), {
      subscriptionId: receipt['subscriptionId'],
      status: 'pending',
      lineCode: receipt['lineCode'],
      lineCodeExpiresAt: receipt['lineCodeExpiresAt'],
      lineConnectUrl: `https://line.me/R/oaMessage/@baankafe/?${receipt['lineCode']}`,
    });

    assert.equal((await lineMessage(receipt['lineCode']!)).status, 200);
    const active = await status('BK-1004', receipt['subscriptionId']!, proof);
    assert.deepEqual(await active.json(), { subscriptionId: receipt['subscriptionId'], status: 'active' });
  });

  it('needs that order’s proof and shows no other order’s subscription', async () => {
    const made = await subscribe(server, 'BK-1004', 'line', 'line-official-account', 'th');
    const { subscriptionId } = (await made.json()) as { subscriptionId: string };
    assert.equal((await status('BK-1004', subscriptionId, {})).status, 401);
    assert.equal((await status('BK-1004', subscriptionId, { Authorization: 'Bearer forged' })).status, 401);
    const other = await orderAccess(server, 'BK-1001');
    assert.equal((await status('BK-1004', subscriptionId, other)).status, 401, 'another order’s token');
    assert.equal((await status('BK-1001', subscriptionId, other)).status, 404, 'not that order’s subscription');
    assert.equal((await status('BK-1004', 'abc', await orderAccess(server, 'BK-1004'))).status, 404);
  });
});
