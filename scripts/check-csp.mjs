#!/usr/bin/env node
// Every widget on a page served with a strict Content Security Policy (no
// inline script or style, Trusted Types required), driven through its main
// interactions in Chromium: zero `securitypolicyviolation` events, or exit 1.
// Run after `npm run build` (uses dist/cdn).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../bench/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

// The page holds every element of the registry, so a new element cannot skip this check.
const { elements } = JSON.parse(readFileSync('src/elements.json', 'utf8'));
const pageHtml = readFileSync('test/csp/index.html', 'utf8');
const missing = elements.filter((e) => !pageHtml.includes(`<${e.tag}`)).map((e) => e.tag);
if (missing.length) {
  console.error(`test/csp/index.html lacks ${missing.join(', ')}: every element must be on the strict page`);
  process.exit(1);
}

const site = mkdtempSync(join(tmpdir(), 'aftercare-csp-'));
cpSync('test/csp', site, { recursive: true });
cpSync('dist/cdn', join(site, 'aftercare'), { recursive: true });
const { server, url } = await serve(site, { 'Content-Security-Policy': STRICT_CSP });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
page.on('console', (message) => {
  if (message.type() === 'error') errors.push(message.text());
});

try {
  await page.goto(`${url}/index.html`);
  // Everything renders: the journey's tracker, reviews and survey; the badge; the strip; the QR code.
  await page.locator('ac-order-journey ac-review-prompt [part="item"]').first().waitFor({ timeout: 15_000 });
  await page.locator('ac-loyalty-badge [part="card"]').waitFor();
  await page.locator('ac-recommendations [part="product"]').first().waitFor();
  const tracker = page.locator('ac-order-tracker[order="BK-1003"]');
  await tracker.locator('[part="help"]').waitFor();
  await tracker.locator('[part="support"] a').first().waitFor();
  // Copy the tracking number; subscribe to updates by e-mail.
  await tracker.locator('[part="copy-button"]').first().click();
  await tracker.locator('.updates-toggle').click();
  await tracker.locator('[part="subscribe-form"] #subscribe-address').fill('malee@example.com');
  await tracker.locator('[part="subscribe-form"] button[type="submit"]').click();
  await tracker.locator('.subscribe__done').waitFor();
  // The review form: a star opens it, a text and a submit send the review.
  const review = page.locator('ac-review-prompt#review');
  await review.locator('[part="stars"] [role="radio"]').nth(4).click();
  await review.locator('[part="review-form"] textarea').first().fill('ส่งไวมาก ของตรงปก');
  await review.locator('[part="review-form"] button[type="submit"]').click();
  await review.locator('[part="receipt"]').first().waitFor();
  const wizard = page.locator('ac-return-wizard').first();
  await wizard.locator('#item-li-1004-1').check();
  await wizard.locator('#reason-li-1004-1').selectOption('damaged');
  await wizard.locator('[part="photos"]').waitFor();
  await wizard.locator('#reason-li-1004-1').selectOption('wrong_size');
  await wizard.getByRole('button', { name: 'ถัดไป' }).click();
  await wizard.locator('input[name="resolution"]').first().check();
  await wizard.getByRole('button', { name: 'ถัดไป' }).click();
  await wizard.locator('input[name="method"]').first().check();
  await wizard.getByRole('button', { name: 'ถัดไป' }).click();
  await wizard.getByRole('button', { name: 'ยืนยันการคืนสินค้า' }).click();
  await wizard.locator('[part="qr-code"] path').waitFor();
  await page.locator('ac-nps-survey[survey="csp"] [role="radio"]').nth(4).click();
  await page.locator('ac-nps-survey[survey="csp"] [part="follow-up"]').waitFor();
  // The look-up form: a shopper finds an order by its number and e-mail.
  const lookup = page.locator('ac-order-tracker:not([email])');
  await lookup.locator('#lookup-order').fill('BK-1001');
  await lookup.locator('#lookup-contact').fill('somchai@example.com');
  await lookup.locator('[part="lookup-form"] button[type="submit"]').click();
  await lookup.locator('[part="copy-button"]').first().waitFor();
  await page.waitForTimeout(500);
  const violations = await page.evaluate(() => window.cspViolations);
  console.log(`${violations.length} CSP violations, ${errors.length} page errors`);
  for (const line of [...violations, ...errors]) console.error(`  ${line}`);
  process.exitCode = violations.length || errors.length ? 1 : 0;
} catch (error) {
  console.error(`CSP check failed: ${error.message}`);
  // A blocked style or script often shows up as a step that never finishes: name what was blocked.
  const violations = await page.evaluate(() => window.cspViolations).catch(() => []);
  for (const line of [...violations, ...errors]) console.error(`  ${line}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
