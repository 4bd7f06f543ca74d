// Notifications out of server/main.ts, over real protocols on 127.0.0.1: a
// real SMTP server receives the e-mail (parsed with mailparser); local HTTP
// servers stand in for LINE, WhatsApp Cloud and the SMS gateway and check each
// request as their documentation states it; webhooks reach a receiver that
// verifies Aftercare-Signature.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { verifyWebhook } from '../../server/webhooks/out.js';
import { type HttpPeer, type SmtpPeer, startHttpPeer, startSmtp, waitUntil } from './notification-peers.js';
import { makeReturn, subscribe } from './notify-helpers.js';
import { orderAccess, type RunningServer, startServer } from './reference-server.js';

const LINE_TOKEN = 'line-access-token';
const LINE_SECRET = 'line-channel-secret';
const WA_TOKEN = 'wa-token';
const WEBHOOK_SECRET = 'whsec_test';

let server: RunningServer;
let smtp: SmtpPeer;
let line: HttpPeer;
let whatsapp: HttpPeer;
let sms: HttpPeer;
let hooks: HttpPeer;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

before(async () => {
  smtp = await startSmtp();
  line = await startHttpPeer(() => ({ sentMessages: [{ id: '1', quoteToken: 'q' }] }));
  line.check((request) => {
    assert.equal(request.method, 'POST');
    assert.ok(['/v2/bot/message/push', '/v2/bot/message/reply'].includes(request.path), request.path);
    assert.equal(request.headers['authorization'], `Bearer ${LINE_TOKEN}`);
    assert.match(String(request.headers['content-type']), /^application\/json/);
    const body = request.body as { to?: string; replyToken?: string; messages: { type: string; text: string }[] };
    if (request.path.endsWith('/push')) {
      assert.match(String(request.headers['x-line-retry-key']), UUID);
      assert.match(String(body.to), /^U[0-9a-f]{32}$/);
    } else assert.equal(typeof body.replyToken, 'string');
    assert.equal(body.messages.length, 1);
    assert.equal(body.messages[0]!.type, 'text');
    assert.ok(body.messages[0]!.text.length > 0 && body.messages[0]!.text.length <= 5000);
  });
  whatsapp = await startHttpPeer(() => ({ messaging_product: 'whatsapp', messages: [{ id: 'wamid.1' }] }));
  whatsapp.check((request) => {
    assert.equal(request.path, '/v21.0/1234567890/messages');
    assert.equal(request.headers['authorization'], `Bearer ${WA_TOKEN}`);
    assert.match(String(request.headers['content-type']), /^application\/json/);
    const body = request.body as Record<string, unknown> & {
      template: {
        name: string;
        language: { code: string };
        components: { type: string; parameters: { type: string; text: string }[] }[];
      };
    };
    assert.equal(body['messaging_product'], 'whatsapp');
    assert.equal(body['type'], 'template');
    assert.match(String(body['to']), /^\d{8,15}$/);
    assert.equal(body.template.name, 'order_update');
    assert.equal(body.template.components[0]!.type, 'body');
    assert.ok(body.template.components[0]!.parameters.every((p) => p.type === 'text' && p.text.length > 0));
  });
  sms = await startHttpPeer(() => ({ ok: true }));
  hooks = await startHttpPeer(() => ({ received: true }));
  hooks.check((request) => {
    assert.ok(verifyWebhook(WEBHOOK_SECRET, request.raw, String(request.headers['aftercare-signature'])), 'signature');
  });
  server = await startServer({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Baan Kafe <updates@baankafe.example>',
    AFTERCARE_STORE_NAME: 'Baan Kafe',
    AFTERCARE_ORDER_PAGE_URL: 'https://shop.example/orders/{order}?token={token}',
    LINE_CHANNEL_ACCESS_TOKEN: LINE_TOKEN,
    LINE_CHANNEL_SECRET: LINE_SECRET,
    LINE_API_BASE: line.url,
    LINE_OFFICIAL_ACCOUNT: '@baankafe',
    WHATSAPP_TOKEN: WA_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: '1234567890',
    WHATSAPP_API_BASE: `${whatsapp.url}/v21.0`,
    SMS_WEBHOOK_URL: `${sms.url}/sms`,
    AFTERCARE_WEBHOOK_URLS: `${hooks.url}/aftercare`,
    AFTERCARE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    OUTBOX_POLL_MS: '50',
    OUTBOX_BACKOFF_MS: '100',
  });
});
after(async () => {
  await server?.stop();
  await Promise.all([smtp?.close(), line?.close(), whatsapp?.close(), sms?.close(), hooks?.close()]);
});

/** A new return's status in words (the demo shop approves some at once). */
const WORDS = {
  en: { requested: 'We have your return request', approved: 'Your return is approved' },
  th: { requested: 'ได้รับคำขอคืนสินค้าแล้ว', approved: 'อนุมัติคำขอคืนสินค้าแล้ว' },
  id: { requested: 'Permintaan retur sudah kami terima', approved: 'Retur disetujui' },
} as Record<'en' | 'th' | 'id', Record<string, string>>;

const linkIn = (text: string, prefix: string) => new RegExp(`${prefix}[^\\s"<]+`).exec(text)?.[0];

describe('e-mail', () => {
  it('sends a Thai update as text and HTML, whose link opens the order and whose unsubscribe link works', async () => {
    assert.equal((await subscribe(server, 'BK-1004', 'email', 'somchai@example.com', 'th-TH,th;q=0.9')).status, 204);
    await makeReturn(server, 'BK-1004');
    const [mail] = await smtp.waitFor(1);
    assert.equal(mail!.to && 'text' in mail!.to ? mail!.to.text : '', 'somchai@example.com');
    assert.match(mail!.from?.text ?? '', /updates@baankafe\.example/);
    assert.equal(mail!.subject, 'Baan Kafe: คำสั่งซื้อ BK-1004 ได้รับคำขอคืนสินค้าแล้ว');
    assert.match(mail!.text ?? '', /ได้รับคำขอคืนสินค้าแล้ว\nคำสั่งซื้อ BK-1004/);
    assert.doesNotMatch(mail!.text ?? '', /ค่ะ|คะ/);
    assert.match(String(mail!.html), /<html lang="th">/);
    const link = linkIn(mail!.text ?? '', 'https://shop\\.example/orders/BK-1004\\?token=');
    assert.ok(link, 'a link to the order page');
    const token = decodeURIComponent(new URL(link).searchParams.get('token')!);
    const order = await fetch(`${server.url}/orders/BK-1004`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(order.status, 200, 'the link’s token opens the order');
    const unsubscribe = linkIn(mail!.text ?? '', `${server.url.replace(/[.]/g, '\\.')}/unsubscribe\\?token=`);
    assert.ok(unsubscribe, 'an unsubscribe link');
    assert.match(JSON.stringify(mail!.headers.get('list')), /\/unsubscribe\?token=/);
    assert.doesNotMatch(unsubscribe, /somchai|BK-1004|%40/, 'nothing personal in its URL');
    const page = await fetch(unsubscribe);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /คุณจะไม่ได้รับอัปเดตของคำสั่งซื้อนี้อีก/);
    const forged = await fetch(unsubscribe.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    assert.equal(forged.status, 404);
  });
});

const signLine = (body: string) => createHmac('sha256', LINE_SECRET).update(body).digest('base64');
const postLine = (body: string, signature: string) =>
  fetch(`${server.url}/webhooks/line`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Line-Signature': signature },
    body,
  });

describe('LINE', () => {
  const userId = `U${'ab12'.repeat(8)}`;
  it('binds the follower who sends the one-time code (a wrong signature binds nothing), replies, then pushes', async () => {
    const made = await subscribe(server, 'BK-1004', 'line', 'pending', 'th');
    assert.equal(made.status, 201);
    const { status, lineCode, lineConnectUrl } = (await made.json()) as Record<string, string>;
    assert.equal(status, 'pending');
    assert.match(lineCode!, /^[A-HJ-NP-Z2-9]{8}$/);
    assert.equal(lineConnectUrl, `https://line.me/R/oaMessage/@baankafe/?${lineCode}`);
    const event = (text: string) =>
      JSON.stringify({
        destination: 'Uxxxxxxxx',
        events: [
          {
            type: 'message',
            mode: 'active',
            timestamp: Date.now(),
            webhookEventId: '01HXYZ',
            deliveryContext: { isRedelivery: false },
            replyToken: 'reply-token-1',
            source: { type: 'user', userId },
            message: { id: '1', type: 'text', text },
          },
        ],
      });
    const body = event(lineCode!);
    assert.equal((await postLine(body, signLine(body + ' '))).status, 401, 'a wrong signature');
    assert.equal((await postLine(body, '')).status, 401, 'no signature');
    assert.equal(line.requests.length, 0, 'nothing bound, no reply');
    assert.equal((await postLine(body, signLine(body))).status, 200);
    const [reply] = await line.waitFor(1);
    assert.equal(reply!.path, '/v2/bot/message/reply');
    assert.deepEqual(reply!.body, {
      replyToken: 'reply-token-1',
      messages: [{ type: 'text', text: 'คุณจะได้รับอัปเดตของคำสั่งซื้อ BK-1004 ที่นี่' }],
    });
    assert.equal((await postLine(body, signLine(body))).status, 200, 'a redelivery');
    const { status: returnStatus } = await makeReturn(server, 'BK-1004');
    const [, push] = await line.waitFor(2);
    assert.equal(push!.path, '/v2/bot/message/push');
    const pushed = push!.body as { to: string; messages: { text: string }[] };
    assert.equal(pushed.to, userId);
    assert.match(pushed.messages[0]!.text, new RegExp(WORDS.th[returnStatus]!));
    assert.match(pushed.messages[0]!.text, /\/unsubscribe\?token=/);
    assert.equal(line.accepted().length, 2, 'one reply (the redelivery bound nothing), one push');
    assert.deepEqual(line.errors, []);
  });
});

describe('WhatsApp and SMS', () => {
  it('sends an Indonesian WhatsApp template message', async () => {
    assert.equal((await subscribe(server, 'JK-2003', 'whatsapp', '+62 812 3456 7890', 'id')).status, 204);
    const { status: returnStatus } = await makeReturn(server, 'JK-2003');
    const [request] = await whatsapp.waitFor(1);
    const body = request!.body as {
      to: string;
      template: { language: { code: string }; components: { parameters: { text: string }[] }[] };
    };
    assert.equal(body.to, '6281234567890');
    assert.equal(body.template.language.code, 'id');
    const texts = body.template.components[0]!.parameters.map((p) => p.text);
    assert.equal(texts.length, 6);
    assert.deepEqual(texts.slice(0, 3), ['Baan Kafe', 'JK-2003', WORDS.id[returnStatus]]);
    assert.match(texts[4]!, /^https:\/\/shop\.example\/orders\/JK-2003\?token=/);
    assert.match(texts[5]!, /\/unsubscribe\?token=/);
    assert.deepEqual(whatsapp.errors, []);
  });

  it('posts the documented SMS JSON, and retries a 429 and a 500 until it is taken, once', async () => {
    sms.script([429, 500], { 'Retry-After': '1' });
    assert.equal((await subscribe(server, 'JK-2003', 'sms', '+66812345678', 'en')).status, 204);
    const { status: returnStatus } = await makeReturn(server, 'JK-2003');
    const [taken] = await sms.waitFor(1, 15_000);
    assert.deepEqual(
      sms.requests.map((request) => request.status),
      [429, 500, 200],
    );
    const keys = new Set(sms.requests.map((request) => request.headers['idempotency-key']));
    assert.equal(keys.size, 1, 'one message, the same key on each attempt');
    const body = taken!.body as Record<string, string>;
    assert.deepEqual(Object.keys(body).sort(), ['id', 'locale', 'text', 'to']);
    assert.equal(body['to'], '+66812345678');
    assert.equal(body['locale'], 'en');
    assert.ok(
      body['text']!.startsWith(`${WORDS.en[returnStatus]}\nOrder JK-2003\nSee your order: https://shop.example/`),
    );
  });
});

describe('webhooks out', () => {
  it('signs and sends return.created, subscription.created, review.submitted and nps.answered', async () => {
    const nps = await fetch(`${server.url}/nps-responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ surveyId: 'post-delivery', scale: 'nps', score: 9, locale: 'en' }),
    });
    assert.equal(nps.status, 201);
    const headers = await orderAccess(server, 'JK-2003');
    const request = (await (await fetch(`${server.url}/orders/JK-2003/review-request`, { headers })).json()) as {
      items: { lineItemId: string; productId: string }[];
    };
    const item = request.items[0]!;
    const review = await fetch(`${server.url}/reviews`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderId: 'JK-2003', lineItemId: item.lineItemId, productId: item.productId, rating: 5 }),
    });
    assert.equal(review.status, 201, await review.clone().text());
    await waitUntil(
      () =>
        ['nps.answered', 'review.submitted'].every((type) =>
          hooks.accepted().some((request) => (request.body as { type: string }).type === type),
        ),
      10_000,
      'nps.answered and review.submitted',
    );
    const types = new Set(hooks.accepted().map((request) => (request.body as { type: string }).type));
    for (const type of ['return.created', 'subscription.created', 'nps.answered', 'review.submitted'])
      assert.ok(types.has(type), type);
    for (const request of hooks.accepted()) {
      const event = request.body as { id: string; type: string; created: number; data: Record<string, unknown> };
      assert.equal(request.headers['aftercare-event'], event.type);
      assert.equal(request.headers['aftercare-delivery'], event.id);
      assert.equal(typeof event.created, 'number');
      assert.doesNotMatch(request.raw, /@example\.com|\+66/, 'no shopper contact in events');
    }
    assert.deepEqual(hooks.errors, [], 'every signature verified');
    const ids = hooks.accepted().map((request) => (request.body as { id: string }).id);
    assert.equal(new Set(ids).size, ids.length, 'each event once');
  });
});
