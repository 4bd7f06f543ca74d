#!/usr/bin/env node
// Packs the library (`npm pack`), installs the tarball into two fresh consumer
// projects and checks them in Chromium: a plain HTML page with only tags and
// the CDN bundle (and one with a tracker alone, which must fetch no other
// element's code), and a React 19 app built with Vite using aftercare/react;
// and `npx aftercare-server` from a third, empty one, on PGlite.
// Run after `npm run build`; exits non-zero when either is broken.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../bench/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser.mjs';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'aftercare-consumers-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

const tarball = resolve(
  work,
  run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop(),
);
console.log(`packed ${tarball}`);

// 1. Plain HTML: copy the CDN bundle out of the installed package.
const html = join(work, 'html');
cpSync(join(root, 'test/consumers/html'), html, { recursive: true });
run('npm', ['init', '-y'], html);
run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], html);
cpSync(join(html, 'node_modules/aftercare/dist/cdn'), join(html, 'aftercare'), { recursive: true });

// 2. React 19 + Vite, importing the package like any app would.
const react = join(work, 'react');
cpSync(join(root, 'test/consumers/react'), react, { recursive: true });
run(
  'npm',
  ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, 'react@19', 'react-dom@19', 'vite@8'],
  react,
);
run('npx', ['vite', 'build'], react);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let failures = 0;
async function check(name, folder, test, path = '/') {
  const { server, url } = await serve(folder);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Every script the page fetched, for a check of what a page pays for.
  const scripts = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js'))
      scripts.push(
        response.text().then(
          (text) => ({ file: response.url().split('/').pop(), text }),
          () => ({ file: response.url().split('/').pop(), text: '' }), // a late one, after the page closed
        ),
      );
  });
  try {
    await page.goto(`${url}${path}`);
    await test(page, scripts);
    if (errors.length) throw new Error(errors.join('; '));
    console.log(`✓ ${name}`);
  } catch (error) {
    failures++;
    console.error(`✗ ${name}: ${error.message}`);
  } finally {
    await page.close();
    server.close();
  }
}

await check('plain HTML page with the CDN bundle', html, async (page) => {
  // Thai page: the order renders, in Thai, with the Buddhist year.
  await page.locator('ac-order-tracker').getByText('กำลังนำส่ง').first().waitFor({ timeout: 10_000 });
  await page.locator('ac-nps-survey [role="radio"]').first().waitFor();
});

await check(
  'a tracker alone fetches no wizard, survey or other widget code',
  html,
  async (page, scripts) => {
    // In Thai, with the tracker's and the shared strings only (scripts/locale-split.mjs).
    await page.locator('ac-order-tracker').getByText('กำลังนำส่ง').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    // An element's code is where its tag is registered: defineElement('ac-…', …). (The tracker draws a
    // recommendations strip itself, so that one may come.)
    const fetched = await Promise.all(scripts);
    const code = fetched.map((script) => script.text).join('\n');
    const registers = (tag) => new RegExp(`\\(\\s*["'\\x60]${tag}["'\\x60]\\s*,`).test(code);
    if (!registers('ac-order-tracker')) throw new Error('the tracker was not registered by the fetched code');
    const others = ['ac-return-wizard', 'ac-nps-survey', 'ac-review-prompt', 'ac-order-journey', 'ac-loyalty-badge'];
    const elements = others.filter(registers);
    if (elements.length) throw new Error(`fetched the code of ${elements.join(', ')}`);
    const strings = fetched.filter(({ file }) => /^th-(?!order-tracker-|shared-|recommendations-)/.test(file));
    if (strings.length) throw new Error(`fetched ${strings.map(({ file }) => file).join(', ')}`);
    if (!fetched.some(({ file }) => file.startsWith('th-order-tracker-'))) throw new Error("no tracker's strings");
  },
  '/tracker.html',
);

await check('React 19 app built with Vite', join(react, 'dist'), async (page) => {
  await page.locator('#loaded', { hasText: 'BK-1004' }).waitFor({ timeout: 10_000 });
  await page.locator('ac-order-tracker').getByRole('button', { name: 'Retur atau tukar' }).click();
  await page.locator('ac-return-wizard').getByRole('heading', { name: 'Pilih produk yang ingin diretur' }).waitFor();
});

await browser.close();

// 3. The reference server from the package alone: an empty folder, the tarball, `npx aftercare-server`.
const bare = join(work, 'server');
mkdirSync(bare);
run('npm', ['init', '-y'], bare);
run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], bare);
try {
  const help = run('npx', ['--no-install', 'aftercare-server', '--help'], bare);
  for (const name of ['PORT', 'DATABASE_URL', 'AFTERCARE_POLICY', 'AFTERCARE_ADMIN_KEYS', 'SMTP_URL'])
    if (!help.includes(name)) throw new Error(`--help does not name ${name}`);
  const port = await new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
  const env = { ...process.env, DEMO: '1', PORT: String(port), DATA_DIR: join(bare, '.data') };
  delete env.DATABASE_URL;
  const child = spawn('npx', ['--no-install', 'aftercare-server'], { cwd: bare, env, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    let health;
    for (let tries = 0; tries < 120 && !health?.ok; tries++) {
      health = await fetch(`${base}/health`).catch(() => new Promise((done) => setTimeout(done, 250)));
    }
    if (!health?.ok) throw new Error('/health did not answer');
    const access = await fetch(`${base}/order-access`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orderId: 'BK-1001', email: 'somchai@example.com' }),
    });
    if (access.status !== 201) throw new Error(`POST /order-access: ${access.status}`);
    const { token } = await access.json();
    const order = await fetch(`${base}/orders/BK-1001`, { headers: { authorization: `Bearer ${token}` } });
    const body = order.ok ? await order.json() : {};
    if (!JSON.stringify(body).includes('BK-1001')) throw new Error(`GET /orders/BK-1001: ${order.status}`);
    console.log('✓ npx aftercare-server on PGlite: --help, /health and an order');
  } finally {
    process.kill(-child.pid, 'SIGTERM'); // npx and the server it started
  }
} catch (error) {
  failures++;
  console.error(`✗ npx aftercare-server: ${error.message}`);
}

rmSync(work, { recursive: true, force: true });
console.log(`${4 - failures} of 4 consumer checks pass`);
process.exit(failures ? 1 : 0);
