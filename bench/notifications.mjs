#!/usr/bin/env node
// Notifications through the outbox (docs/notifications.md): the reference
// server in its own process on 127.0.0.1, its mail going to a real SMTP server
// (smtp-server) in this one.
//
// - messages/s: one tracking event (POST /admin/orders/{id}/shipments/{id}/events)
//   for an order with N e-mail subscribers writes N outbox rows in the event's
//   transaction; the time until the N-th e-mail reaches the SMTP server.
// - delay: a status change (the same admin POST) to its e-mail reaching the
//   SMTP server, one at a time: median and p99.
//
//   node bench/notifications.mjs          1000 subscribers, 100 changes; PGlite, and PostgreSQL too when
//                                         BENCH_DATABASE_URL (or the tests' AFTERCARE_TEST_DATABASE_URL:
//                                         emptied first) is set; writes bench/results.json → notifications
//   node bench/notifications.mjs --short  the CI check: 150 subscribers, 15 changes, PGlite only
//
// The worker polls every OUTBOX_POLL_MS (default here 100, the server's default 1000): the delay is
// about half of it plus the send. Fails (exit 1) when a message is lost or sent twice, or when a
// change takes over DELAY_CEILING_MS to arrive.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const { values: options } = parseArgs({ options: { short: { type: 'boolean', default: false } } });
const SHORT = options.short;
const SIZE = SHORT ? { subscribers: 150, changes: 15 } : { subscribers: 1000, changes: 100 };
const POLL_MS = process.env.OUTBOX_POLL_MS ?? '100';
const DELAY_CEILING_MS = 5000;
const ADMIN_KEY = 'bench-admin-key';
const ADMIN = { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' };

/** Every e-mail received, by recipient, with when it arrived. */
const inbox = new Map();
let received = 0;

async function startSmtp() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const at = performance.now();
        const to = mail.to?.value?.[0]?.address ?? '';
        inbox.set(to, [...(inbox.get(to) ?? []), at]);
        received += 1;
        callback();
      }, callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return server;
}

async function startServer(env) {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      RESET: '1',
      DEMO: '1',
      AFTERCARE_ADMIN_KEYS: ADMIN_KEY,
      AFTERCARE_TOKEN_SECRET: 'bench-notifications-secret',
      AFTERCARE_ORDER_PAGE_URL: 'https://shop.example/orders/{order}?token={token}',
      MAIL_FROM: 'Bench shop <updates@shop.example>',
      OUTBOX_POLL_MS: POLL_MS,
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

async function call(url, method, path, body, headers = ADMIN) {
  const response = await fetch(`${url}${path}`, { method, headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** An order with one parcel on its way, and `count` e-mail subscribers, each proven by the order's e-mail. */
async function orderWithSubscribers(url, id, count) {
  const email = `${id.toLowerCase()}@example.com`;
  await call(url, 'PUT', `/admin/orders/${id}`, {
    id,
    number: id,
    placedAt: new Date(Date.now() - 86_400_000).toISOString(),
    status: 'open',
    total: { amount: '990.00', currency: 'THB' },
    items: [
      { id: 'li-1', productId: 'p-1', title: 'Scarf', quantity: 1, unitPrice: { amount: '990.00', currency: 'THB' } },
    ],
    shipments: [
      {
        id: 'sh-1',
        status: 'info_received',
        carrier: { code: 'flash', name: 'Flash Express' },
        trackingNumber: 'TH0123456789A',
        items: [{ lineItemId: 'li-1', quantity: 1 }],
        events: [],
      },
    ],
    contact: { email },
  });
  const { token } = await call(
    url,
    'POST',
    '/order-access',
    { orderId: id, email },
    { 'Content-Type': 'application/json' },
  );
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const addresses = Array.from({ length: count }, (_, n) => `${id.toLowerCase()}-${n}@example.com`);
  for (let start = 0; start < count; start += 8) {
    await Promise.all(
      addresses
        .slice(start, start + 8)
        .map((address) =>
          call(url, 'POST', '/update-subscriptions', { orderId: id, channel: 'email', address }, headers),
        ),
    );
  }
  return addresses;
}

async function until(check, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const STATUSES = ['in_transit', 'out_for_delivery'];
let clock = Date.now();
const event = (status) => ({ at: new Date((clock += 1000)).toISOString(), status, description: 'Bench scan' });

async function throughput(url, name) {
  const id = `BENCH-FAN-${name.toUpperCase()}`;
  const addresses = await orderWithSubscribers(url, id, SIZE.subscribers);
  const before = received;
  const started = performance.now();
  await call(url, 'POST', `/admin/orders/${id}/shipments/sh-1/events`, event('in_transit'));
  await until(() => addresses.every((a) => inbox.has(a)), 120_000, `${addresses.length} e-mails`);
  const seconds = (Math.max(...addresses.map((a) => inbox.get(a)[0])) - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 3 * Number(POLL_MS))); // a duplicate would show by now
  const twice = addresses.filter((a) => inbox.get(a).length !== 1);
  if (received - before !== addresses.length || twice.length) throw new Error(`${name}: ${twice.length} sent twice`);
  return {
    messages: addresses.length,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(addresses.length / seconds),
  };
}

async function delays(url, name) {
  const id = `BENCH-ONE-${name.toUpperCase()}`;
  const [address] = await orderWithSubscribers(url, id, 1);
  const samples = [];
  for (let n = 0; n < SIZE.changes; n++) {
    const started = performance.now();
    await call(url, 'POST', `/admin/orders/${id}/shipments/sh-1/events`, event(STATUSES[n % 2]));
    await until(() => (inbox.get(address)?.length ?? 0) > n, DELAY_CEILING_MS, `change ${n + 1}'s e-mail`);
    samples.push(inbox.get(address)[n] - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  return {
    changes: samples.length,
    medianMs: Math.round(at(0.5)),
    p99Ms: Math.round(at(0.99)),
    maxMs: Math.round(samples.at(-1)),
  };
}

async function measure(name, smtpUrl, env) {
  const { child, url } = await startServer({ SMTP_URL: smtpUrl, ...env });
  try {
    return { database: name, pollMs: Number(POLL_MS), ...(await throughput(url, name)), ...(await delays(url, name)) };
  } finally {
    child.kill();
  }
}

const smtp = await startSmtp();
const smtpUrl = `smtp://127.0.0.1:${smtp.server.address().port}`;
const results = [];
try {
  results.push(await measure('PGlite', smtpUrl, { DATA_DIR: 'memory://', DATABASE_URL: '' }));
  const postgres = process.env.BENCH_DATABASE_URL ?? process.env.AFTERCARE_TEST_DATABASE_URL;
  if (postgres && !SHORT) results.push(await measure('PostgreSQL', smtpUrl, { DATABASE_URL: postgres }));
} finally {
  smtp.close();
}

console.log(`\nNotifications through the outbox (e-mail to a local SMTP server; worker polls every ${POLL_MS} ms)\n`);
console.log('| database | messages | messages/s | change → e-mail median | p99 | max |');
console.log('| -------- | -------: | ---------: | ---------------------: | --: | --: |');
for (const r of results) {
  console.log(`| ${r.database} | ${r.messages} | ${r.perSecond} | ${r.medianMs} ms | ${r.p99Ms} ms | ${r.maxMs} ms |`);
}
if (!SHORT) {
  const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  writeFileSync('bench/results.json', JSON.stringify({ ...previous, notifications: results }, null, 2) + '\n');
}
