#!/usr/bin/env node
// Requests per second and latency of the reference server: the server in its
// own process on 127.0.0.1, a bounded load from this one (autocannon).
//
//   node bench/server-load.mjs          8 connections × 8 s per endpoint, PGlite, and PostgreSQL
//                                       too when BENCH_DATABASE_URL (or DATABASE_URL, or the tests'
//                                       AFTERCARE_TEST_DATABASE_URL: emptied first) is set; writes
//                                       bench/results.json → server
//   node bench/server-load.mjs --short  the CI check (npm run bench:server:ci): 2 s per endpoint after a
//                                       1 s warm-up, PGlite only, results.json left alone
//
// Both fail (exit 1) when an order read is slow for this machine: its requests/s
// under ORDER_FLOOR of GET /health's in the same run (the same server, load
// generator and machine, so a busy machine lowers both), its p99 over
// P99_CEILING_MS (or 4× /health's p99 on a machine too busy for that), or any
// answer that is not 2xx (a fast 401 is no benchmark).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({ options: { short: { type: 'boolean', default: false } } });
const SHORT = options.short;
const LOAD = SHORT ? { connections: 8, duration: 2, warmup: 1 } : { connections: 8, duration: 8, warmup: 1 };

/**
 * Order reads may not fall under this share of GET /health's requests/s. Measured since every read goes to the
 * database (issue 17): 9 % on an idle machine, where /health runs fastest (6,700 requests/s), to 16 % under load;
 * a 30 ms delay added to each read gives 4 %.
 */
const ORDER_FLOOR = 0.07;
/**
 * Nor may their p99 latency exceed this (measured: 16–51 ms), or four times
 * GET /health's p99 when the machine is so busy that even /health is slow.
 */
const P99_CEILING_MS = 100;

/** The merchant API key the benchmark's server takes, and the order it upserts again and again. */
const ADMIN_KEY = 'bench-admin-key';
const UPSERT = {
  id: 'BENCH-1',
  number: 'BENCH-1',
  placedAt: '2026-05-11T10:24:00+07:00',
  status: 'open',
  total: { amount: '990.00', currency: 'THB' },
  customer: { name: 'Bench' },
  items: [
    { id: 'li-1', productId: 'p-1', title: 'Scarf', quantity: 1, unitPrice: { amount: '990.00', currency: 'THB' } },
  ],
  shipments: [],
  contact: { email: 'bench@example.com' },
};

/** The Shopify app's secret the benchmark's server takes, and the orders/updated webhook it is sent, signed once. */
const SHOPIFY_SECRET = 'bench-shopify-secret';
const SHOPIFY_ORDER = JSON.stringify({
  id: 5940139491234,
  admin_graphql_api_id: 'gid://shopify/Order/5940139491234',
  name: '#BENCH1042',
  email: 'bench@example.com',
  created_at: '2026-05-01T21:15:00+07:00',
  currency: 'THB',
  total_price: '990.00',
  payment_gateway_names: ['shopify_payments'],
  customer_locale: 'th',
  line_items: [{ id: 14001, product_id: 9001, title: 'Scarf', quantity: 1, price: '990.00' }],
  fulfillments: [
    {
      id: 4451001,
      status: 'success',
      updated_at: '2026-05-02T18:30:00+07:00',
      shipment_status: 'in_transit',
      tracking_company: 'Flash Express',
      tracking_number: 'TH0123456789A',
      line_items: [{ id: 14001, quantity: 1 }],
    },
  ],
});

/** The demo order every read asks for, and the email it was placed with (the shopper's proof). */
const ORDER = { orderId: 'BK-1001', email: 'somchai@example.com' };

/**
 * The order reads as a shop's page makes them, with whatever the server asks
 * for access: today an order access token from POST /order-access, sent as
 * `Authorization: Bearer`. When the server's access rules change, change this.
 */
async function orderRequests(url) {
  const response = await fetch(`${url}/order-access`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ORDER),
  });
  if (!response.ok) throw new Error(`POST /order-access: ${response.status} ${await response.text()}`);
  const { token } = await response.json();
  const headers = { Authorization: `Bearer ${token}` };
  return [
    // Every request reads the database: the order, and for return options its returns too.
    { endpoint: 'GET /orders/{id}', path: `/orders/${ORDER.orderId}`, headers, checked: true },
    { endpoint: 'GET /orders/{id}/return-options', path: `/orders/${ORDER.orderId}/return-options`, headers },
    {
      endpoint: 'PUT /admin/orders/{id} (upsert)',
      path: `/admin/orders/${UPSERT.id}`,
      method: 'PUT',
      body: JSON.stringify(UPSERT),
      headers: { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' },
      upserts: true,
    },
    {
      // Each delivery has its own webhook id, as Shopify's have: every one is verified and upserts the order.
      endpoint: 'POST /webhooks/shopify (signed order)',
      path: '/webhooks/shopify',
      method: 'POST',
      body: SHOPIFY_ORDER,
      headers: {
        'Content-Type': 'application/json',
        'X-Shopify-Topic': 'orders/updated',
        'X-Shopify-Hmac-Sha256': createHmac('sha256', SHOPIFY_SECRET).update(SHOPIFY_ORDER).digest('base64'),
      },
      fresh: (headers) => ({ ...headers, 'X-Shopify-Webhook-Id': randomUUID() }),
      webhooks: true,
    },
  ];
}

/**
 * Starts server/main.ts (or AFTERCARE_SERVER_MAIN, say a deliberately slowed copy) on a free port;
 * resolves with its URL once it logs that it listens.
 */
async function startServer(env) {
  const main = process.env.AFTERCARE_SERVER_MAIN ?? 'server/main.ts';
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', main], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      RESET: '1',
      DEMO: '1',
      AFTERCARE_ADMIN_KEYS: ADMIN_KEY,
      SHOPIFY_WEBHOOK_SECRET: SHOPIFY_SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 90 s')), 90_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const { message, url } = JSON.parse(line);
        if (message === 'listening') {
          clearTimeout(timer);
          resolve(url);
        }
      } catch {
        // Not a log line.
      }
    });
  });
  return { child, url };
}

async function load(url, { path, headers = {}, method = 'GET', body, fresh }) {
  const requests = fresh
    ? [{ setupRequest: (request) => ({ ...request, headers: fresh(request.headers) }) }]
    : undefined;
  const run = (duration) =>
    autocannon({ url: `${url}${path}`, method, body, headers, requests, connections: LOAD.connections, duration });
  await run(LOAD.warmup);
  return run(LOAD.duration);
}

async function measure(database, env) {
  const { child, url } = await startServer(env);
  try {
    const rows = [];
    for (const request of [{ endpoint: 'GET /health', path: '/health' }, ...(await orderRequests(url))]) {
      const result = await load(url, request);
      rows.push({
        database,
        endpoint: request.endpoint,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        ...(request.checked ? { checked: true } : {}),
        ...(request.upserts ? { upserts: true } : {}),
        ...(request.webhooks ? { webhooks: true } : {}),
      });
    }
    const health = rows[0];
    for (const row of rows.slice(1))
      row.shareOfHealth = Number((row.requestsPerSecond / health.requestsPerSecond).toFixed(2));
    for (const row of rows.filter((r) => r.checked)) row.p99CeilingMs = Math.max(P99_CEILING_MS, 4 * health.p99Ms);
    return rows;
  } finally {
    child.kill();
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
}

const results = await measure('PGlite (embedded)', { DATA_DIR: 'memory://' });
const postgres = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.AFTERCARE_TEST_DATABASE_URL;
if (postgres && !SHORT) results.push(...(await measure('PostgreSQL', { DATABASE_URL: postgres })));

if (!SHORT) {
  const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  const server = results.map(({ checked: _, p99CeilingMs: __, upserts: ___, webhooks: ____, ...row }) => row);
  writeFileSync('bench/results.json', JSON.stringify({ ...previous, server }, null, 2) + '\n');
}
console.log(
  `Reference server, ${LOAD.connections} connections × ${LOAD.duration} s per endpoint (after ${LOAD.warmup} s warm-up)`,
);
console.log('| database | endpoint | requests/s | of /health | p50 | p99 | errors |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const share = r.shareOfHealth === undefined ? '' : `${Math.round(r.shareOfHealth * 100)} %`;
  console.log(
    `| ${r.database} | ${r.endpoint} | ${r.requestsPerSecond} | ${share} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.errors} |`,
  );
}

for (const r of results.filter((row) => row.upserts || row.webhooks)) {
  console.log(
    `${r.database}: ${r.requestsPerSecond} ${r.webhooks ? 'webhooks/s (signed Shopify orders)' : 'order upserts/s'}`,
  );
}

const failures = [];
for (const r of results) {
  if (r.errors) failures.push(`${r.database} ${r.endpoint}: ${r.errors} answers that were errors or not 2xx`);
  if (!r.checked) continue;
  if (r.shareOfHealth < ORDER_FLOOR)
    failures.push(
      `${r.database} ${r.endpoint}: ${r.requestsPerSecond} requests/s, ${Math.round(r.shareOfHealth * 100)} % of ` +
        `GET /health's; the floor is ${Math.round(ORDER_FLOOR * 100)} %`,
    );
  if (r.p99Ms > r.p99CeilingMs)
    failures.push(`${r.database} ${r.endpoint}: p99 ${r.p99Ms} ms, the ceiling is ${r.p99CeilingMs} ms`);
}
if (failures.length) {
  console.error(`\nServer budgets exceeded (bench/server-load.mjs):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\nServer budgets: GET /orders/{id} at ≥ ${Math.round(ORDER_FLOOR * 100)} % of GET /health's requests/s, p99 within ` +
    `${P99_CEILING_MS} ms (or 4× /health's), no errors.`,
);
