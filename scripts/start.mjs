#!/usr/bin/env node
// `npm start`: the demo storefront (demo/, Vite with hot reload) against the
// reference server (server/main.ts) on embedded PGlite, seeded with the demo
// shop. The page reaches the server through Vite's proxy at /api (one origin,
// no CORS); each demo order opens from a signed access link the server made,
// or by its e-mail in the look-up form; writes persist until the server stops.
// Prints the URLs and a merchant API key made for this run. Ctrl-C stops both.
//
// Settings: DATA_DIR (default memory://: a fresh demo shop each start, its
// dates relative to today; a folder such as ./.data/demo keeps writes across
// restarts, while the seeded orders age), DEMO_PORT (5173), PORT (the server's;
// default a free one), and any other setting of docs/server.md, passed on.
// `npm run demo:static` is the same page on in-browser demo data, no server.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer as listen } from 'node:net';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { createServer } from 'vite';

// Paths below are the repository's, wherever this is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const HOST = '127.0.0.1';
const env = process.env;

/** The port asked for when it is free, else one the system picks. */
async function freePort(preferred) {
  for (const port of [preferred, 0]) {
    const probe = listen();
    try {
      await new Promise((resolve, reject) => probe.once('error', reject).listen(port, HOST, resolve));
      const { port: got } = probe.address();
      await new Promise((resolve) => probe.close(resolve));
      return got;
    } catch {
      probe.close();
    }
  }
  throw new Error('no free port');
}

const demoPort = await freePort(Number(env['DEMO_PORT'] ?? 5173));
const apiPort = env['PORT'] ? Number(env['PORT']) : await freePort(0);
const page = `http://${HOST}:${demoPort}/demo/`;
const api = `http://${HOST}:${demoPort}/api`;

// A merchant API key for this run only: the server gets its hash, the terminal the key.
const adminKey = `dev-${randomBytes(18).toString('base64url')}`;
const adminHash = `sha256:${createHash('sha256').update(adminKey).digest('hex')}`;
// The store's login, for this run: the demo page is signed in as each demo order's customer (their loyalty badge).
const customerSecret = env['AFTERCARE_CUSTOMER_TOKEN_SECRET'] ?? randomBytes(32).toString('base64url');

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: {
    ...env,
    PORT: String(apiPort),
    HOST,
    DATA_DIR: env['DATA_DIR'] || 'memory://',
    DEMO: env['DEMO'] ?? '1',
    AFTERCARE_ADMIN_KEYS: [env['AFTERCARE_ADMIN_KEYS'], adminHash].filter(Boolean).join(','),
    AFTERCARE_CUSTOMER_TOKEN_SECRET: customerSecret,
    AFTERCARE_ORDER_PAGE_URL: env['AFTERCARE_ORDER_PAGE_URL'] ?? `${page}?order={order}&token={token}`,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let vite;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  await vite?.close();
  if (server.exitCode === null && server.signalCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0));
// Ctrl-C in a terminal reaches the server too, which then stops by itself (exit code 0).
server.on('exit', (code) => {
  if (!stopping && code !== 0) console.error(`aftercare: the reference server stopped (${code}); stopping the demo`);
  void stop(code === 0 ? 0 : 1);
});
/** Anything failing from here on stops the server as well. */
process.on('uncaughtException', (error) => {
  console.error(error);
  void stop(1);
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  void stop(1);
});

// The server logs one JSON line per request; the terminal shows only its warnings and errors.
const listening = new Promise((resolve) => {
  createInterface({ input: server.stdout }).on('line', (raw) => {
    let line;
    try {
      line = JSON.parse(raw);
    } catch {
      line = { level: 'info', message: raw };
    }
    if (line.message === 'listening') resolve(line.url);
    else if (line.level !== 'info') console.error(raw);
  });
});
const serverUrl = await listening;

// The demo orders' signed links, as their shipping e-mails would carry them (30 days).
const { orders } = JSON.parse(readFileSync('src/adapters/memory/demo-orders.json', 'utf8'));
const links = {};
for (const { id } of orders) {
  const response = await fetch(`${serverUrl}/admin/orders/${encodeURIComponent(id)}/access-links`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminKey}` },
  });
  if (response.ok) links[id] = (await response.json()).token;
}
// And each order's customer signed in, as the shop's login would do it (a day), for their points and perks.
const customers = {};
for (const { id, customerId } of orders)
  if (customerId)
    customers[id] = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(customerId)
      .setExpirationTime('1d')
      .sign(new TextEncoder().encode(customerSecret));

// Read by demo/demo.ts through import.meta.env; the proxy by vite.config.ts.
env['VITE_AFTERCARE_ENDPOINT'] = '/api';
env['VITE_AFTERCARE_DEMO_LINKS'] = JSON.stringify(links);
env['VITE_AFTERCARE_DEMO_CUSTOMERS'] = JSON.stringify(customers);
env['AFTERCARE_DEMO_API'] = serverUrl;
vite = await createServer({ server: { port: demoPort, strictPort: true, host: HOST } });
await vite.listen();

const first = orders[0];
console.log(`
  Aftercare demo storefront   ${page}
    on the reference server (PGlite ${env['DATA_DIR'] ? `in ${env['DATA_DIR']}` : 'in memory, fresh each start'}),
    at ${api} (proxied to ${serverUrl})
  Signed link of an order     ${page}?order=${first.id}&token=${links[first.id]}
  Look-up by e-mail           ${page}?order=${first.id}   then ${first.email}
  Demo data in the browser    ${page}?demo
  Merchant API key, this run  ${adminKey}
    curl -H "Authorization: Bearer ${adminKey}" ${api}/admin/returns
    curl -X POST -H "Authorization: Bearer ${adminKey}" ${api}/admin/orders/${first.id}/access-links
  Ctrl-C stops both.
`);
