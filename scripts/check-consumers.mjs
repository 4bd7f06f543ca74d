#!/usr/bin/env node
// Packs the library (`npm pack`), installs the tarball into two fresh consumer
// projects and checks them in Chromium: a plain HTML page with only tags and
// the CDN bundle, and a React 19 app built with Vite using aftercare/react.
// Run after `npm run build`; exits non-zero when either is broken.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
async function check(name, folder, test) {
  const { server, url } = await serve(folder);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${url}/`);
    await test(page);
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

await check('React 19 app built with Vite', join(react, 'dist'), async (page) => {
  await page.locator('#loaded', { hasText: 'BK-1004' }).waitFor({ timeout: 10_000 });
  await page.locator('ac-order-tracker').getByRole('button', { name: 'Retur atau tukar' }).click();
  await page.locator('ac-return-wizard').getByRole('heading', { name: 'Pilih produk yang ingin diretur' }).waitFor();
});

await browser.close();
rmSync(work, { recursive: true, force: true });
console.log(`${2 - failures} of 2 consumers work`);
process.exit(failures ? 1 : 0);
