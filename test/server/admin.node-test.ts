// The merchant API (DESIGN.md §5.4, /admin/*) over real HTTP against
// server/main.ts: on PGlite, and on PostgreSQL when AFTERCARE_TEST_DATABASE_URL
// is set, where two server processes on one database also see each other's
// orders and writes at once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { AdminKeys } from '../../server/admin/keys.js';
import { ADMIN_KEY, merchantOrder } from '../support/merchant-orders.js';
import { problemOf, type RunningServer, startServer } from './reference-server.js';

const ENV = {
  // Only the key's hash reaches the server.
  AFTERCARE_ADMIN_KEYS: `other-key,${AdminKeys.hashOf(ADMIN_KEY)}`,
  AFTERCARE_ORDER_PAGE_URL: 'https://shop.example.com/orders/{order}?token={token}',
  AFTERCARE_TOKEN_SECRET: 'admin-test-order-token-secret',
};
const ADMIN = { Authorization: `Bearer ${ADMIN_KEY}` };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(server: RunningServer, method: string, path: string, body?: unknown, headers = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: Json | undefined;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json ?? {} };
}
const admin = (server: RunningServer, method: string, path: string, body?: unknown, headers = {}) =>
  call(server, method, `/admin${path}`, body, { ...ADMIN, ...headers });

/** The shopper's proof for an order, by the contact the merchant put in. */
async function shopper(server: RunningServer, orderId: string, email: string) {
  const access = await call(server, 'POST', '/order-access', { orderId, email });
  assert.equal(access.status, 201, access.text);
  return { Authorization: `Bearer ${access.json['token']}` };
}

async function returnFor(server: RunningServer, orderId: string, proof: Record<string, string>) {
  const created = await call(
    server,
    'POST',
    '/returns',
    {
      orderId,
      resolution: 'refund',
      methodCode: 'seven-eleven',
      items: [{ lineItemId: `${orderId}-1`, quantity: 1, reasonCode: 'wrong_size' }],
    },
    proof,
  );
  assert.equal(created.status, 201, created.text);
  return String(created.json['id']);
}

function merchantSuite(name: string, env: Record<string, string>) {
  describe(`the merchant API on ${name}`, () => {
    let server: RunningServer;
    before(async () => {
      server = await startServer({ ...ENV, ...env });
    });
    after(() => server?.stop());

    it('refuses a missing, wrong or unhashed-lookalike key with 401 problem+json', async () => {
      for (const headers of [
        {},
        { Authorization: 'Bearer nope' },
        { Authorization: `Bearer ${AdminKeys.hashOf(ADMIN_KEY)}` },
      ]) {
        const response = await call(server, 'GET', '/admin/returns', undefined, headers);
        assert.equal(response.status, 401);
        assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
      }
      assert.equal(
        (await call(server, 'GET', '/admin/returns', undefined, { Authorization: 'Bearer other-key' })).status,
        200,
      );
    });

    it('answers every /admin operation of docs/openapi.json (tag admin, an admin key, examples), 401 without a key', async () => {
      const document = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as Json;
      const operations = Object.entries(document['paths'] as Json)
        .filter(([path]) => path.startsWith('/admin/'))
        .flatMap(([path, item]) =>
          Object.entries(item as Json).map(([method, op]) => ({ path, method, op: op as Json })),
        );
      assert.equal(operations.length, 10);
      for (const { path, method, op } of operations) {
        assert.deepEqual(op['tags'], ['admin'], path);
        assert.deepEqual(op['security'], [{ adminKey: [] }], path);
        assert.ok(JSON.stringify(op).includes('"example"') || method === 'get', `${method} ${path} has an example`);
        const concrete = path.replace(/\{[^}]+\}/g, 'X-1');
        const response = await call(server, method.toUpperCase(), concrete, method === 'get' ? undefined : {});
        assert.equal(response.status, 401, `${method} ${concrete}`);
        // With the key, a route of its own answers (a missing order, a body it refuses), never "no such endpoint".
        const routed = await admin(
          server,
          method.toUpperCase(),
          concrete.slice('/admin'.length),
          method === 'get' ? undefined : {},
        );
        assert.notEqual(routed.json['detail'], 'No such endpoint', `${method} ${concrete}`);
      }
    });

    it('puts an order in: 201, then 200; the shopper proves it with its contact and sees it, the contact never', async () => {
      const order = merchantOrder('MX-5001');
      const created = await admin(server, 'PUT', '/orders/MX-5001', order);
      assert.equal(created.status, 201, created.text);
      assert.equal((await admin(server, 'PUT', '/orders/MX-5001', order)).status, 200);
      assert.equal((await call(server, 'GET', '/orders/MX-5001')).status, 401);
      const wrong = await call(server, 'POST', '/order-access', { orderId: 'MX-5001', email: 'someone@example.com' });
      assert.equal(wrong.status, 404);
      const seen = await call(
        server,
        'GET',
        '/orders/mx-5001',
        undefined,
        await shopper(server, 'MX-5001', 'MX-5001@example.com'),
      );
      assert.equal(seen.status, 200, seen.text);
      assert.equal(seen.json['number'], 'MX-5001');
      assert.deepEqual(
        seen.json['shipments'].map((s: Json) => s.status),
        ['delivered', 'in_transit'],
      );
      assert.ok(!seen.text.includes('example.com') && !seen.text.includes('555'), 'no contact in the shopper view');
    });

    it('refuses a body that is not an Order with 422 naming the path, and a taken number with 409', async () => {
      const bad = await admin(server, 'PUT', '/orders/MX-5002', {
        ...merchantOrder('MX-5002'),
        total: { amount: 'lots' },
      });
      assert.equal(bad.status, 422);
      assert.match(String(bad.json['detail']), /total\.amount/);
      const mismatch = await admin(server, 'PUT', '/orders/MX-5002', merchantOrder('MX-5003'));
      assert.equal(mismatch.status, 422);
      await admin(server, 'PUT', '/orders/MX-5004', merchantOrder('MX-5004'));
      const taken = await admin(server, 'PUT', '/orders/MX-5005', { ...merchantOrder('MX-5005'), number: 'MX-5004' });
      assert.equal(taken.status, 409);
      assert.match(taken.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    });

    it('keeps an order’s translations and exchange variants; a replace without variants keeps them, without translations drops them', async () => {
      const order = merchantOrder('MX-5060');
      const thai = { ...order, items: order.items.map((item, i) => (i ? item : { ...item, title: 'ผ้าพันคอไหม' })) };
      const { contact: _c, locale: _l, ...thaiOrder } = thai;
      const variants = [
        {
          lineItemId: 'MX-5060-1',
          variants: [{ id: 'scarf-rose', title: { en: 'Silk scarf, rose', th: 'ผ้าพันคอไหม สีชมพู' }, available: true }],
        },
      ];
      const wrong = await admin(server, 'PUT', '/orders/MX-5060', {
        ...order,
        translations: { th: { ...thaiOrder, id: 'MX-9999' } },
      });
      assert.equal(wrong.status, 422, wrong.text);
      const put = await admin(server, 'PUT', '/orders/MX-5060', {
        ...order,
        translations: { th: thaiOrder },
        exchangeVariants: variants,
      });
      assert.equal(put.status, 201, put.text);
      const proof = await shopper(server, 'MX-5060', 'mx-5060@example.com');
      const inThai = { ...proof, 'Accept-Language': 'th' };
      const seen = await call(server, 'GET', '/orders/MX-5060', undefined, inThai);
      assert.equal(seen.json['items'][0].title, 'ผ้าพันคอไหม');
      const offer = async () => (await call(server, 'GET', '/orders/MX-5060/return-options', undefined, inThai)).json;
      assert.deepEqual((await offer())['exchangeVariants'], [
        { lineItemId: 'MX-5060-1', variants: [{ id: 'scarf-rose', title: 'ผ้าพันคอไหม สีชมพู', available: true }] },
      ]);
      assert.equal((await admin(server, 'PUT', '/orders/MX-5060', order)).status, 200);
      assert.equal(
        (await call(server, 'GET', '/orders/MX-5060', undefined, inThai)).json['items'][0].title,
        'Silk scarf, teal',
      );
      assert.ok((await offer())['resolutions'].some((r: Json) => r.type === 'exchange'));
      assert.equal((await offer())['exchangeVariants'][0].variants[0].id, 'scarf-rose');
    });

    it('appends a tracking event; the shipment’s status follows, and the shopper sees it', async () => {
      await admin(server, 'PUT', '/orders/MX-5010', merchantOrder('MX-5010'));
      const event = { at: new Date().toISOString(), status: 'out_for_delivery', description: 'With the rider' };
      const added = await admin(server, 'POST', '/orders/MX-5010/shipments/MX-5010-b/events', event);
      assert.equal(added.status, 201, added.text);
      assert.equal(added.json['status'], 'out_for_delivery');
      assert.equal((await admin(server, 'POST', '/orders/MX-5010/shipments/nope/events', event)).status, 404);
      const order = await call(
        server,
        'GET',
        '/orders/MX-5010',
        undefined,
        await shopper(server, 'MX-5010', 'mx-5010@example.com'),
      );
      const parcel = order.json['shipments'].find((s: Json) => s.id === 'MX-5010-b');
      assert.equal(parcel.status, 'out_for_delivery');
      assert.equal(parcel.events.at(-1).description, 'With the rider');
    });

    it('makes an access link: a 30-day token that opens the order, in the order page’s URL', async () => {
      await admin(server, 'PUT', '/orders/MX-5020', merchantOrder('MX-5020'));
      const link = await admin(server, 'POST', '/orders/MX-5020/access-links');
      assert.equal(link.status, 201, link.text);
      const days = (Date.parse(link.json['expiresAt']) - Date.now()) / 86_400_000;
      assert.ok(days > 29.9 && days <= 30, `${days} days`);
      assert.equal(
        link.json['url'],
        `https://shop.example.com/orders/MX-5020?token=${encodeURIComponent(link.json['token'])}`,
      );
      const order = await call(server, 'GET', '/orders/MX-5020', undefined, {
        Authorization: `Bearer ${link.json['token']}`,
      });
      assert.equal(order.status, 200);
      assert.equal((await admin(server, 'POST', '/orders/MX-0000/access-links')).status, 404);
    });

    it('moves a return through valid transitions only (409 otherwise); the shopper sees the status and a decline’s reason', async () => {
      await admin(server, 'PUT', '/orders/MX-5030', merchantOrder('MX-5030'));
      const proof = await shopper(server, 'MX-5030', 'mx-5030@example.com');
      const id = await returnFor(server, 'MX-5030', proof);
      const listed = await admin(server, 'GET', '/returns?status=requested');
      assert.ok(
        listed.json['returns'].some((r: Json) => r.id === id && r.request.items[0].reasonCode === 'wrong_size'),
      );
      const approved = await admin(server, 'POST', `/returns/${id}/status`, { status: 'approved' });
      assert.equal(approved.status, 200, approved.text);
      assert.equal((await call(server, 'GET', `/returns/${id}`, undefined, proof)).json['status'], 'approved');
      assert.ok(
        !(await admin(server, 'GET', '/returns?status=requested')).json['returns'].some((r: Json) => r.id === id),
      );
      const invalid = await admin(server, 'POST', `/returns/${id}/status`, { status: 'refunded' });
      const problem = await problemOf(new Response(invalid.text, { status: invalid.status, headers: invalid.headers }));
      assert.equal(problem.status, 409);
      assert.match(problem.contentType ?? '', /^application\/problem\+json/);
      assert.equal(problem.body?.['code'], 'conflict');
      assert.equal((await admin(server, 'POST', `/returns/${id}/status`, { status: 'shipped?' })).status, 422);
      assert.equal((await admin(server, 'POST', '/returns/RMA-0-0/status', { status: 'approved' })).status, 404);

      await call(server, 'POST', `/admin/returns/${id}/status`, { status: 'cancelled' }, ADMIN);
      const second = await returnFor(server, 'MX-5030', proof);
      const declined = await admin(server, 'POST', `/returns/${second}/status`, {
        status: 'rejected',
        reason: 'Worn',
        note: 'The tag was removed',
      });
      assert.equal(declined.status, 200, declined.text);
      const seen = await call(server, 'GET', `/returns/${second}`, undefined, proof);
      assert.equal(seen.json['status'], 'rejected');
      assert.deepEqual(seen.json['decline'], { reason: 'Worn', note: 'The tag was removed' });
    });

    it('runs a status change once per Idempotency-Key', async () => {
      await admin(server, 'PUT', '/orders/MX-5040', merchantOrder('MX-5040'));
      const id = await returnFor(server, 'MX-5040', await shopper(server, 'MX-5040', 'mx-5040@example.com'));
      const key = { 'Idempotency-Key': `admin-${id}` };
      const first = await admin(server, 'POST', `/returns/${id}/status`, { status: 'approved' }, key);
      const again = await admin(server, 'POST', `/returns/${id}/status`, { status: 'approved' }, key);
      assert.equal(first.status, 200);
      assert.equal(again.status, 200, 'a replay, not a 409 for approved → approved');
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      const other = await admin(server, 'POST', `/returns/${id}/status`, { status: 'cancelled' }, key);
      assert.equal(other.status, 409);
      // Without the key, a replayed Idempotency-Key answers nothing.
      const stranger = await call(server, 'POST', `/admin/returns/${id}/status`, { status: 'approved' }, key);
      assert.equal(stranger.status, 401);
    });

    it('moderates reviews: a held review is listed, then published', async () => {
      await admin(server, 'PUT', '/orders/MX-5050', merchantOrder('MX-5050'));
      const proof = await shopper(server, 'MX-5050', 'mx-5050@example.com');
      const review = await call(
        server,
        'POST',
        '/reviews',
        { orderId: 'MX-5050', lineItemId: 'MX-5050-1', productId: 'm-scarf', rating: 2, body: 'Thin' },
        proof,
      );
      assert.equal(review.status, 201, review.text);
      assert.equal(review.json['status'], 'pending_moderation');
      const held = await admin(server, 'GET', '/reviews?status=pending_moderation');
      assert.ok(held.json['reviews'].some((r: Json) => r.id === review.json['id'] && r.review.rating === 2));
      const published = await admin(server, 'POST', `/reviews/${review.json['id']}/status`, { status: 'published' });
      assert.equal(published.status, 200, published.text);
      assert.ok(
        (await admin(server, 'GET', '/reviews?status=published')).json['reviews'].some(
          (r: Json) => r.id === review.json['id'],
        ),
      );
      assert.ok(
        !(await admin(server, 'GET', '/reviews?status=pending_moderation')).json['reviews'].some(
          (r: Json) => r.id === review.json['id'],
        ),
      );
      assert.equal(
        (await admin(server, 'POST', `/reviews/${review.json['id']}/status`, { status: 'gone' })).status,
        422,
      );
    });

    it('exports survey answers as JSON and as CSV', async () => {
      const comment = 'Fast, "very" kind';
      const answer = await call(server, 'POST', '/nps-responses', {
        surveyId: 'post-delivery',
        scale: 'nps',
        score: 9,
        comment,
        locale: 'th',
      });
      assert.equal(answer.status, 201, answer.text);
      const json = await admin(server, 'GET', '/nps-responses');
      assert.match(json.headers.get('Content-Type') ?? '', /^application\/json/);
      assert.ok(
        json.json['responses'].some((r: Json) => r.responseId === answer.json['responseId'] && r.comment === comment),
      );
      const csv = await admin(server, 'GET', '/nps-responses', undefined, { Accept: 'text/csv' });
      assert.match(csv.headers.get('Content-Type') ?? '', /^text\/csv/);
      const lines = csv.text.trimEnd().split('\r\n');
      assert.equal(lines[0], 'responseId,surveyId,orderId,scale,score,comment,locale');
      assert.ok(lines.includes(`${answer.json['responseId']},post-delivery,,nps,9,"Fast, ""very"" kind",th`), csv.text);
    });
  });
}

merchantSuite('PGlite', {});

const postgres = process.env['AFTERCARE_TEST_DATABASE_URL'];
if (postgres) {
  merchantSuite('PostgreSQL', { DATABASE_URL: postgres, DEMO: '1' });

  describe('two server processes on one PostgreSQL', () => {
    let first: RunningServer;
    let second: RunningServer;
    before(async () => {
      // Started together: the migrations run once, under the advisory lock.
      [first, second] = await Promise.all([
        startServer({ ...ENV, DATABASE_URL: postgres, DEMO: '1', RESET: '0' }),
        startServer({ ...ENV, DATABASE_URL: postgres, DEMO: '1', RESET: '0' }),
      ]);
    });
    after(async () => {
      await Promise.all([first?.stop(), second?.stop()]);
    });

    it('see each other’s orders, events and return decisions at once', async () => {
      const order = merchantOrder('MX-6001');
      assert.equal((await admin(first, 'PUT', '/orders/MX-6001', order)).status, 201);
      const proof = await shopper(second, 'MX-6001', 'mx-6001@example.com');
      assert.equal((await call(second, 'GET', '/orders/MX-6001', undefined, proof)).json['number'], 'MX-6001');
      const event = { at: new Date().toISOString(), status: 'delivered', description: 'Delivered' };
      await admin(second, 'POST', '/orders/MX-6001/shipments/MX-6001-b/events', event);
      const seen = await call(first, 'GET', '/orders/MX-6001', undefined, proof);
      assert.equal(seen.json['shipments'][1].status, 'delivered');
      const id = await returnFor(first, 'MX-6001', proof);
      assert.equal((await admin(second, 'POST', `/returns/${id}/status`, { status: 'approved' })).status, 200);
      assert.equal((await call(first, 'GET', `/returns/${id}`, undefined, proof)).json['status'], 'approved');
      // A demo order, seeded once for both.
      const demo = await call(first, 'POST', '/order-access', { orderId: 'BK-1001', email: 'somchai@example.com' });
      assert.equal(demo.status, 201);
    });
  });
}
