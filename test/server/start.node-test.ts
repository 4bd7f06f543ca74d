// `npm start` (scripts/start.mjs): the demo storefront on Vite and the reference
// server on PGlite, one command. Started as `npm start` runs it, then read over
// HTTP as a browser would: the page, the server behind its /api proxy with the
// signed demo link it printed and with an e-mail look-up, the merchant API with
// the key it printed; Ctrl-C (SIGINT) then stops both.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { merchantOrder } from '../support/merchant-orders.js';

interface Started {
  page: string;
  api: string;
  server: string;
  key: string;
  link: string;
}

/** The URLs, key and link the banner prints, once it has printed them. */
async function banner(child: ChildProcess): Promise<Started> {
  let out = '';
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`npm start exited (${code}) before it was ready:\n${out}`);
  });
  const ready = new Promise<Started>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('Ctrl-C stops both.')) return;
      const find = (pattern: RegExp) => out.match(pattern)?.[1] ?? '';
      resolve({
        page: find(/Aftercare demo storefront\s+(\S+)/),
        api: find(/at (\S+) \(proxied/),
        server: find(/proxied to (\S+)\)/),
        key: find(/Merchant API key, this run\s+(\S+)/),
        link: find(/Signed link of an order\s+(\S+)/),
      });
    });
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`npm start was not ready in 90 s:\n${out}`)), 90_000).unref(),
  );
  return Promise.race([ready, exited, timeout]);
}

const refused = (url: string) =>
  fetch(url).then(
    () => false,
    () => true,
  );

describe('npm start', () => {
  let child: ChildProcess;
  let started: Started;
  before(async () => {
    // What `npm start` runs; any free ports, no browser opened.
    const { PORT: _port, DATA_DIR: _dir, ...env } = process.env;
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...env, CI: '1', DEMO_PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    started = await banner(child);
  });
  after(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });

  it('serves the storefront, which gets the server’s /api and its signed demo links', async () => {
    const html = await (await fetch(started.page)).text();
    assert.match(html, /Baan Rim Nam/);
    const script = await (await fetch(new URL('demo.ts', started.page))).text();
    const token = new URL(started.link).searchParams.get('token');
    assert.ok(token && script.includes(token), 'the page knows BK-1001’s signed link');
    assert.ok(script.includes('"/api"'), 'the page calls the server at /api');
  });

  it('reads a demo order through the proxy with its signed link, and with an e-mail look-up; 401 without', async () => {
    const token = new URL(started.link).searchParams.get('token')!;
    assert.equal((await fetch(`${started.api}/orders/BK-1001`)).status, 401);
    const order = await fetch(`${started.api}/orders/BK-1001`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(order.status, 200);
    assert.equal(((await order.json()) as { number: string }).number, 'BK-1001');
    const access = await fetch(`${started.api}/order-access`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderId: 'BK-1004', email: 'somchai@example.com' }),
    });
    assert.equal(access.status, 201);
    const { token: earned } = (await access.json()) as { token: string };
    const looked = await fetch(`${started.api}/orders/BK-1004`, { headers: { Authorization: `Bearer ${earned}` } });
    assert.equal(looked.status, 200);
  });

  it('signs the page in as each demo order’s customer: their loyalty account opens, another customer’s does not', async () => {
    const script = await (await fetch(new URL('demo.ts', started.page))).text();
    const customers = JSON.parse(
      JSON.parse(/"VITE_AFTERCARE_DEMO_CUSTOMERS":\s*("(?:[^"\\]|\\.)*")/.exec(script)![1]!) as string,
    ) as Record<string, string>;
    const somchai = { Authorization: `Bearer ${customers['BK-1001']}` };
    const account = await fetch(`${started.api}/loyalty/cust-gold`, { headers: somchai });
    assert.equal(account.status, 200);
    assert.equal(((await account.json()) as { tier: { code: string } }).tier.code, 'gold');
    assert.equal((await fetch(`${started.api}/loyalty/cust-silver`, { headers: somchai })).status, 401);
  });

  it('takes an order through the merchant API with the printed key; its access link opens the storefront', async () => {
    const admin = { Authorization: `Bearer ${started.key}`, 'Content-Type': 'application/json' };
    const put = await fetch(`${started.api}/admin/orders/MX-7001`, {
      method: 'PUT',
      headers: admin,
      body: JSON.stringify(merchantOrder('MX-7001')),
    });
    assert.equal(put.status, 201, await put.text());
    const link = await fetch(`${started.api}/admin/orders/MX-7001/access-links`, { method: 'POST', headers: admin });
    const { url, token } = (await link.json()) as { url: string; token: string };
    assert.equal(url, `${started.page}?order=MX-7001&token=${encodeURIComponent(token)}`);
    assert.equal((await fetch(url)).status, 200);
    const order = await fetch(`${started.api}/orders/MX-7001`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(order.status, 200);
    // A shopper's answer is kept by the server: the merchant reads it back.
    const answer = await fetch(`${started.api}/nps-responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ surveyId: 'post-delivery', orderId: 'MX-7001', scale: 'nps', score: 10, locale: 'th' }),
    });
    assert.equal(answer.status, 201, await answer.clone().text());
    const { responseId } = (await answer.json()) as { responseId: string };
    const kept = await fetch(`${started.api}/admin/nps-responses`, { headers: admin });
    const { responses } = (await kept.json()) as { responses: { responseId: string }[] };
    assert.ok(responses.some((r) => r.responseId === responseId));
  });

  it('stops the storefront and the server on Ctrl-C', async () => {
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.ok(await refused(started.page), 'the storefront stopped');
    assert.ok(await refused(`${started.server}/health`), 'the server stopped');
  });
});
