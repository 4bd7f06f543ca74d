// The merchant API's status changes reach subscribers (DESIGN.md §5.4), over
// real HTTP with a real SMTP server on 127.0.0.1: a tracking event that moves
// a parcel on, and a return decision, each send one e-mail; GET /admin/outbox
// lists what will not go out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminKeys } from '../../server/admin/keys.js';
import { ADMIN_KEY, merchantOrder } from '../support/merchant-orders.js';
import { type SmtpPeer, startSmtp } from './notification-peers.js';
import { makeReturn, subscribe } from './notify-helpers.js';
import { type RunningServer, startServer } from './reference-server.js';

const ADMIN = { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' };
let server: RunningServer;
let smtp: SmtpPeer;

before(async () => {
  smtp = await startSmtp();
  server = await startServer({
    AFTERCARE_ADMIN_KEYS: AdminKeys.hashOf(ADMIN_KEY),
    AFTERCARE_TOKEN_SECRET: 'admin-notifications-test-secret',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Baan Kafe <updates@baankafe.example>',
    AFTERCARE_STORE_NAME: 'Baan Kafe',
    OUTBOX_POLL_MS: '50',
  });
});
after(async () => {
  await server?.stop();
  await smtp?.close();
});

const admin = (method: string, path: string, body?: unknown, headers: Record<string, string> = ADMIN) =>
  fetch(`${server.url}/admin${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** Subscribes to a merchant's order, proving it by the contact the merchant put in. */
async function subscribeTo(orderId: string, email: string, channel: string, address: string) {
  const access = await fetch(`${server.url}/order-access`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ orderId, email }),
  });
  assert.equal(access.status, 201);
  const { token } = (await access.json()) as { token: string };
  const response = await fetch(`${server.url}/update-subscriptions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'en' },
    body: JSON.stringify({ orderId, channel, address }),
  });
  assert.equal(response.status, 204, await response.clone().text());
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('merchant API → outbox', () => {
  it('sends one e-mail for a tracking event that changes the status, none for one that does not', async () => {
    const order = merchantOrder('MX-7101');
    assert.equal((await admin('PUT', '/orders/MX-7101', order)).status, 201);
    await subscribeTo('MX-7101', order.contact.email, 'email', 'shopper-7101@example.com');
    await subscribeTo('MX-7101', order.contact.email, 'sms', '+66815550199');
    const before = smtp.mails.length;
    const event = { at: new Date().toISOString(), status: 'delivered', description: 'Delivered to the recipient' };
    const posted = await admin('POST', '/orders/MX-7101/shipments/MX-7101-b/events', event);
    assert.equal(posted.status, 201);
    const mails = await smtp.waitFor(before + 1);
    const mail = mails[before]!;
    assert.equal(mail.to && 'text' in mail.to ? mail.to.text : '', 'shopper-7101@example.com');
    assert.match(mail.subject ?? '', /MX-7101/);
    const same = { ...event, at: new Date(Date.now() + 1000).toISOString(), description: 'Still delivered' };
    assert.equal((await admin('POST', '/orders/MX-7101/shipments/MX-7101-b/events', same)).status, 201);
    await settle();
    assert.equal(smtp.mails.length, before + 1, 'no message without a status change');
  });

  it('sends one e-mail when the merchant approves a return', async () => {
    assert.equal((await subscribe(server, 'BK-1004', 'email', 'somchai@example.com', 'en')).status, 204);
    const count = smtp.mails.length;
    const receipt = await makeReturn(server, 'BK-1004');
    assert.equal(receipt.status, 'requested', 'the demo shop waits for the merchant');
    const created = 1; // "We have your return request"
    await smtp.waitFor(count + created);
    const approved = await admin('POST', `/returns/${receipt.id}/status`, { status: 'approved' });
    assert.equal(approved.status, 200, await approved.clone().text());
    const mails = await smtp.waitFor(count + created + 1);
    assert.match(mails[count + created]!.subject ?? '', /approved/i);
    await settle();
    assert.equal(smtp.mails.length, count + created + 1, 'exactly one for the approval');
  });

  it('lists undeliverable messages at GET /admin/outbox, behind the admin key', async () => {
    assert.equal((await admin('GET', '/outbox', undefined, {})).status, 401);
    assert.equal((await admin('GET', '/outbox?status=sent')).status, 422);
    type Listed = { messages: { channel: string; status: string }[] };
    let listed: Listed = { messages: [] };
    const deadline = Date.now() + 5000;
    while (!listed.messages.some((m) => m.channel === 'sms') && Date.now() < deadline) {
      listed = (await (await admin('GET', '/outbox?status=unconfigured')).json()) as Listed;
      if (!listed.messages.some((m) => m.channel === 'sms')) await settle();
    }
    assert.ok(
      listed.messages.some((m) => m.channel === 'sms'),
      'the SMS with no gateway is listed',
    );
    assert.ok(listed.messages.every((m) => m.status === 'unconfigured'));
    const failed = (await (await admin('GET', '/outbox?status=failed')).json()) as Listed;
    assert.ok(failed.messages.every((m) => m.status === 'failed'));
    assert.equal((await admin('GET', '/outbox')).status, 200);
  });
});
