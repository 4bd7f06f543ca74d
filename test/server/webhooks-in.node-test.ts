// Webhooks in (DESIGN.md §5.4: POST /webhooks/shopify, /woocommerce, /aftership)
// over real HTTP against server/main.ts: each signature checked over the raw
// body (valid, wrong, missing, one byte altered), replays ignored, payloads
// that do not map refused with 422 and logged without them; a valid one makes
// the order readable with its access token, and a tracker's update notifies
// the order's subscribers. On PGlite, and on PostgreSQL when
// AFTERCARE_TEST_DATABASE_URL is set.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { AdminKeys } from '../../server/admin/keys.js';
import { parseWebhookJson } from '../../server/webhooks/in/signature.js';
import { ADMIN_KEY } from '../support/merchant-orders.js';
import { deliveredFulfillment, thaiWebhookOrder } from '../vendors/fixtures/shopify-webhook.js';
import { type SmtpPeer, startSmtp } from './notification-peers.js';
import { problemOf, type RunningServer, startServer } from './reference-server.js';

const SECRETS = {
  SHOPIFY_WEBHOOK_SECRET: 'shpss_test_4f1c9a',
  WOOCOMMERCE_WEBHOOK_SECRET: 'wc,secret;with:punctuation!',
  AFTERSHIP_WEBHOOK_SECRET: 'aftership-test-secret',
};
const ENV = { ...SECRETS, AFTERCARE_ADMIN_KEYS: AdminKeys.hashOf(ADMIN_KEY), AFTERCARE_TOKEN_SECRET: 'wh-in-secret' };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sign = (secret: string, body: string | Buffer) => createHmac('sha256', secret).update(body).digest('base64');
/** The same bytes but one: the first digit of the body changed. */
function altered(body: string): string {
  const at = body.search(/\d/);
  return body.slice(0, at) + String((Number(body[at]) + 1) % 10) + body.slice(at + 1);
}

interface Platform {
  name: 'shopify' | 'woocommerce';
  secret: string;
  header: string;
  headers: (id: string) => Record<string, string>;
  order: (id: number, tracking: string) => Json;
  email: string;
}
const PLATFORMS: Platform[] = [
  {
    name: 'shopify',
    secret: SECRETS.SHOPIFY_WEBHOOK_SECRET,
    header: 'X-Shopify-Hmac-Sha256',
    headers: (id) => ({ 'X-Shopify-Topic': 'orders/create', 'X-Shopify-Webhook-Id': id }),
    order: (id, tracking) => ({
      ...thaiWebhookOrder,
      id,
      admin_graphql_api_id: `gid://shopify/Order/${id}`,
      name: `#TH${id}`,
      fulfillments: [{ ...thaiWebhookOrder.fulfillments![0], order_id: id, tracking_number: tracking }],
    }),
    email: 'malee@example.com',
  },
  {
    name: 'woocommerce',
    secret: SECRETS.WOOCOMMERCE_WEBHOOK_SECRET,
    header: 'X-WC-Webhook-Signature',
    headers: (id) => ({ 'X-WC-Webhook-Topic': 'order.created', 'X-WC-Webhook-Delivery-ID': id }),
    order: (id, tracking) => ({
      id,
      number: `WC${id}`,
      status: 'processing',
      currency: 'IDR',
      date_created_gmt: '2026-05-01T03:00:00',
      total: '150000.00',
      customer_id: 0,
      billing: { first_name: 'Sari', last_name: 'Dewi', email: 'sari@example.co.id', phone: '+6281234567890' },
      payment_method: 'bacs',
      line_items: [{ id: id * 10, name: 'Kopi Toraja 250g', product_id: 77, quantity: 1, price: 150000 }],
      meta_data: [
        {
          key: '_wc_shipment_tracking_items',
          value: [{ tracking_id: `trk-${id}`, tracking_provider: 'jne', tracking_number: tracking }],
        },
      ],
    }),
    email: 'sari@example.co.id',
  },
];

function webhookSuite(label: string, env: Record<string, string>) {
  describe(`webhooks in on ${label}`, () => {
    let server: RunningServer;
    let smtp: SmtpPeer;
    // Unique per run: a PostgreSQL database is kept between runs.
    let next = Date.now() % 1_000_000_000;
    before(async () => {
      smtp = await startSmtp();
      server = await startServer({
        ...ENV,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'shop@example.com',
        OUTBOX_POLL_MS: '50',
        ...env,
      });
    });
    after(async () => {
      await server?.stop();
      await smtp?.close();
    });

    const post = (path: string, body: string, headers: Record<string, string>) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });
    const stored = async (id: string) => {
      const response = await fetch(`${server.url}/admin/orders/${id}`, {
        headers: { Authorization: `Bearer ${ADMIN_KEY}` },
      });
      return response.status === 200 ? ((await response.json()) as Json) : undefined;
    };
    /** The order as its shopper reads it, proved by the checkout email. */
    const shopperView = async (id: string, email: string) => {
      const access = await post('/order-access', JSON.stringify({ orderId: id, email }), {});
      assert.equal(access.status, 201, await access.clone().text());
      const { token } = (await access.json()) as { token: string };
      const response = await fetch(`${server.url}/orders/${id}`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(response.status, 200);
      return { order: (await response.json()) as Json, token };
    };

    for (const platform of PLATFORMS) {
      const path = `/webhooks/${platform.name}`;
      it(`${platform.name}: refuses a missing, wrong or one-byte-altered signature with 401, storing nothing`, async () => {
        const id = ++next;
        const body = JSON.stringify(platform.order(id, `TRK${id}`));
        const cases: [string, Record<string, string>][] = [
          [body, {}],
          [body, { [platform.header]: sign('not-the-secret', body) }],
          [body, { [platform.header]: '' }],
          [altered(body), { [platform.header]: sign(platform.secret, body) }],
          [body, { [platform.header]: `${sign(platform.secret, body)}=` }],
        ];
        for (const [sent, signature] of cases) {
          const problem = await problemOf(await post(path, sent, { ...platform.headers(randomUUID()), ...signature }));
          assert.equal(problem.status, 401, problem.text);
          assert.match(problem.contentType ?? '', /^application\/problem\+json/);
        }
        assert.equal(await stored(String(id)), undefined, 'nothing stored');
      });

      it(`${platform.name}: a signed order is stored and readable with its access token; a replay changes nothing`, async () => {
        const id = ++next;
        const delivery = randomUUID();
        const body = JSON.stringify(platform.order(id, `TRK${id}`));
        const response = await post(path, body, {
          ...platform.headers(delivery),
          [platform.header]: sign(platform.secret, body),
        });
        assert.equal(response.status, 200, await response.clone().text());
        assert.deepEqual(await response.json(), { ok: true, orderId: String(id) });
        const { order } = await shopperView(String(id), platform.email);
        assert.equal(order['shipments'][0]['trackingNumber'], `TRK${id}`);
        assert.equal(order['items'].length, 1);

        const changed = JSON.stringify({
          ...platform.order(id, `OTHER${id}`),
          cancelled_at: '2026-05-02T00:00:00Z',
          status: 'cancelled',
        });
        const replay = await post(path, changed, {
          ...platform.headers(delivery),
          [platform.header]: sign(platform.secret, changed),
        });
        assert.equal(replay.status, 200);
        assert.deepEqual(await replay.json(), { ok: true, replayed: true });
        const kept = (await stored(String(id)))!;
        assert.equal(kept['order']['status'], 'open', 'the replay changed nothing');
        assert.equal(kept['order']['shipments'][0]['trackingNumber'], `TRK${id}`);
      });

      it(`${platform.name}: a payload that does not map answers 422 problem, stores nothing, logs no personal data`, async () => {
        const id = ++next;
        const body = JSON.stringify({
          id,
          email: 'leak@example.com',
          billing: { email: 'leak@example.com' },
          line_items: [{ id: 1 }],
        });
        const problem = await problemOf(
          await post(path, body, { ...platform.headers(randomUUID()), [platform.header]: sign(platform.secret, body) }),
        );
        assert.equal(problem.status, 422, problem.text);
        assert.equal(problem.body?.['code'], 'invalid_request');
        assert.equal(await stored(String(id)), undefined);
        const line = server.logs.findLast((l) => l.message === 'webhook not mapped');
        assert.equal(line?.['platform'], platform.name);
        assert.ok(!server.logs.some((l) => l.raw.includes('leak@example.com')), 'no body in the log');
      });
    }

    it('woocommerce: answers the unsigned ping sent when a webhook is saved with 200', async () => {
      const response = await fetch(`${server.url}/webhooks/woocommerce`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'webhook_id=42',
      });
      assert.equal(response.status, 200);
    });

    it('shopify: fulfillments/update moves the shipment on and e-mails its subscriber; a topic it does not read is ignored', async () => {
      const id = ++next;
      const shopify = PLATFORMS[0]!;
      const body = JSON.stringify(shopify.order(id, `TRK${id}`));
      assert.equal(
        (
          await post('/webhooks/shopify', body, {
            ...shopify.headers(randomUUID()),
            [shopify.header]: sign(shopify.secret, body),
          })
        ).status,
        200,
      );
      const { token } = await shopperView(String(id), shopify.email);
      const subscribed = await post(
        '/update-subscriptions',
        JSON.stringify({ orderId: String(id), channel: 'email', address: 'malee@example.com' }),
        {
          Authorization: `Bearer ${token}`,
        },
      );
      assert.equal(subscribed.status, 204, await subscribed.clone().text());
      const mails = smtp.mails.length;
      const fulfillment = JSON.stringify({ ...deliveredFulfillment, order_id: id, tracking_number: `TRK${id}` });
      const headers = {
        'X-Shopify-Topic': 'fulfillments/update',
        'X-Shopify-Webhook-Id': randomUUID(),
        [shopify.header]: sign(shopify.secret, fulfillment),
      };
      assert.equal((await post('/webhooks/shopify', fulfillment, headers)).status, 200);
      const shipment = (await stored(String(id)))!['order']['shipments'][0];
      assert.equal(shipment['status'], 'delivered');
      assert.equal(shipment['events'].length, 2, 'the in-transit event kept, the delivery added');
      await smtp.waitFor(mails + 1);

      const other = '{"id":1}';
      const ignored = await post('/webhooks/shopify', other, {
        'X-Shopify-Topic': 'products/create',
        'X-Shopify-Webhook-Id': randomUUID(),
        [shopify.header]: sign(shopify.secret, other),
      });
      assert.deepEqual(await ignored.json(), { ok: true, ignored: 'products/create' });
    });

    it('shopify: an update older than the one applied (deliveries out of order) changes nothing', async () => {
      const id = ++next;
      const shopify = PLATFORMS[0]!;
      const send = (body: string) =>
        post('/webhooks/shopify', body, {
          'X-Shopify-Topic': 'orders/updated',
          'X-Shopify-Webhook-Id': randomUUID(),
          [shopify.header]: sign(shopify.secret, body),
        });
      const newer = JSON.stringify({ ...shopify.order(id, `NEW${id}`), updated_at: '2026-05-02T10:00:00+07:00' });
      const older = JSON.stringify({
        ...shopify.order(id, `OLD${id}`),
        updated_at: '2026-05-02T09:59:59+07:00',
        cancelled_at: '2026-05-02T09:59:59+07:00',
      });
      assert.deepEqual(await (await send(newer)).json(), { ok: true, orderId: String(id) });
      assert.deepEqual(await (await send(older)).json(), { ok: true, ignored: 'stale' });
      const kept = (await stored(String(id)))!['order'];
      assert.deepEqual([kept['status'], kept['shipments'][0]['trackingNumber']], ['open', `NEW${id}`]);
      assert.deepEqual(
        await (await send(newer)).json(),
        { ok: true, orderId: String(id) },
        'the same time again is fresh',
      );
    });

    it('aftership: a signed tracking update appends its events to the order with that tracking number, once', async () => {
      const id = ++next;
      const woo = PLATFORMS[1]!;
      const order = JSON.stringify(woo.order(id, `JNE${id}`));
      assert.equal(
        (
          await post('/webhooks/woocommerce', order, {
            ...woo.headers(randomUUID()),
            [woo.header]: sign(woo.secret, order),
          })
        ).status,
        200,
      );
      const event = {
        event: 'tracking_update',
        event_id: randomUUID(),
        ts: 1_777_700_000,
        msg: {
          id: `as-${id}`,
          tracking_number: `JNE${id}`,
          slug: 'jne',
          tag: 'OutForDelivery',
          destination_country_region: 'IDN',
          checkpoints: [
            {
              checkpoint_time: '2026-05-02T08:00:00',
              tag: 'InTransit',
              message: 'Tiba di gudang Jakarta',
              location: 'Jakarta',
            },
            { checkpoint_time: '2026-05-03T07:30:00', tag: 'OutForDelivery', message: 'Kurir menuju alamat' },
          ],
        },
      };
      const body = JSON.stringify(event);
      const header = 'aftership-hmac-sha256';
      for (const [sent, signature] of [
        [body, {}],
        [altered(body), { [header]: sign(SECRETS.AFTERSHIP_WEBHOOK_SECRET, body) }],
        [body, { [header]: sign('wrong', body) }],
      ] as const) {
        assert.equal((await post('/webhooks/aftership', sent, signature)).status, 401);
      }
      assert.equal((await stored(String(id)))!['order']['shipments'][0]['events'].length, 0, 'nothing appended');

      const signed = { [header]: sign(SECRETS.AFTERSHIP_WEBHOOK_SECRET, body) };
      assert.equal((await post('/webhooks/aftership', body, signed)).status, 200);
      const { order: seen } = await shopperView(String(id), woo.email);
      const shipment = seen['shipments'][0];
      assert.equal(shipment['status'], 'out_for_delivery');
      assert.deepEqual(
        shipment['events'].map((e: Json) => e['description']),
        ['Tiba di gudang Jakarta', 'Kurir menuju alamat'],
      );
      assert.equal(shipment['events'][0]['at'], '2026-05-02T08:00:00+07:00', 'a local time in the destination’s zone');

      assert.deepEqual(await (await post('/webhooks/aftership', body, signed)).json(), { ok: true, replayed: true });
      assert.equal((await stored(String(id)))!['order']['shipments'][0]['events'].length, 2, 'once');

      const unknown = JSON.stringify({
        ...event,
        event_id: randomUUID(),
        msg: { ...event.msg, tracking_number: 'NOPE' },
      });
      const problem = await problemOf(
        await post('/webhooks/aftership', unknown, { [header]: sign(SECRETS.AFTERSHIP_WEBHOOK_SECRET, unknown) }),
      );
      assert.equal(problem.status, 422);
    });
  });
}

webhookSuite('PGlite', {});
const postgres = process.env['AFTERCARE_TEST_DATABASE_URL'];
if (postgres) webhookSuite('PostgreSQL', { DATABASE_URL: postgres, DEMO: '1', RESET: '0' });

describe('webhooks in without their secrets', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({
      SHOPIFY_WEBHOOK_SECRET: '',
      WOOCOMMERCE_WEBHOOK_SECRET: '',
      AFTERSHIP_WEBHOOK_SECRET: '',
    });
  });
  after(() => server?.stop());

  it('answers 404 problem for a connector that is not set up, as for any unknown path', async () => {
    for (const name of ['shopify', 'woocommerce', 'aftership']) {
      const body = '{"id":1}';
      const problem = await problemOf(
        await fetch(`${server.url}/webhooks/${name}`, {
          method: 'POST',
          body,
          headers: { 'X-Shopify-Hmac-Sha256': sign('', body) },
        }),
      );
      assert.equal(problem.status, 404, name);
      assert.equal(problem.body?.['detail'], 'No such endpoint');
    }
  });
});

describe('parseWebhookJson', () => {
  it('keeps every digit of an id past 2^53, and nothing else changes', () => {
    const text =
      '{"id":820982911946154508,"order_id": 820982911946154508,"total":12345678901234567,"note":"\\"id\\":1234567890123456789","n":[1,2]}';
    assert.deepEqual(parseWebhookJson(text), {
      id: '820982911946154508',
      order_id: '820982911946154508',
      total: JSON.parse('12345678901234567') as number,
      note: '"id":1234567890123456789',
      n: [1, 2],
    });
    assert.notEqual(
      String((JSON.parse(text) as Json)['id']),
      '820982911946154508',
      'what JSON.parse alone makes of it',
    );
  });
});
