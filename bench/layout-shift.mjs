#!/usr/bin/env node
// Cumulative layout shift while each widget loads, at a phone's and a
// desktop's width, with the shop's content below the widget in view (so any
// change of the widget's height counts), in headless Chromium against the
// built CDN bundle (run `npm run build` first). The page keeps each widget's
// place before its script loads, as docs/theming.md recommends; the data
// arrives after 400 ms. Writes bench/results.json's `layoutShift` and fails
// (exit 1) over a budget.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser.mjs';
import { serve } from './static-server.mjs';

if (!existsSync('dist/cdn/aftercare.js')) throw new Error('Run npm run build first');

/** "Good" in Core Web Vitals is 0.1 for a whole visit; one widget's load gets a fraction of it. */
const BUDGET = 0.02;

/** Every element that shows a placeholder while its data loads (the strip of recommendations stays hidden instead). */
const WIDGETS = [
  {
    tag: 'ac-order-tracker',
    attributes: { order: 'BK-1001', email: 'somchai@example.com' },
    ready: '[part="shipment"]',
  },
  {
    tag: 'ac-return-wizard',
    attributes: { order: 'BK-1004', email: 'somchai@example.com' },
    ready: '[part="return-item"]',
  },
  { tag: 'ac-review-prompt', attributes: { order: 'BK-1004', email: 'somchai@example.com' }, ready: '[part="item"]' },
  { tag: 'ac-nps-survey', attributes: { survey: 'post-delivery', customer: 'cust-gold' }, ready: '[part="scale"]' },
  { tag: 'ac-loyalty-badge', attributes: { customer: 'cust-gold', variant: 'full' }, ready: '[part="card"]' },
  {
    tag: 'ac-order-journey',
    attributes: { order: 'BK-1004', email: 'somchai@example.com' },
    ready: '[part="section"]',
  },
];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 1400 },
];

const { server, url } = await serve('.');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const widget of WIDGETS)
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage({ viewport });
      page.on('pageerror', (error) => console.error(error));
      const query = new URLSearchParams({
        tag: widget.tag,
        attributes: JSON.stringify(widget.attributes),
        ready: widget.ready,
      });
      await page.goto(`${url}/bench/pages/layout-shift.html?${query}`);
      const result = await page
        .waitForFunction(() => window.benchResult, null, { timeout: 30_000 })
        .then((handle) => handle.jsonValue());
      await page.close();
      if (!result.drawn) throw new Error(`${widget.tag} at ${viewport.name} width never drew ${widget.ready}`);
      rows.push({
        element: widget.tag,
        width: viewport.name,
        layoutShift: Number(result.layoutShift.toFixed(4)),
        heights: [...new Set(result.heights)],
      });
    }
} finally {
  await browser.close();
  server.close();
}

console.log(`\n| element | phone (390 px) | desktop (1280 px) |\n| --- | ---: | ---: |`);
for (const { tag } of WIDGETS) {
  const [phone, desktop] = VIEWPORTS.map((v) => rows.find((r) => r.element === tag && r.width === v.name));
  console.log(
    `| ${tag} | ${phone.layoutShift} (${phone.heights.join(' → ')} px) | ${desktop.layoutShift} (${desktop.heights.join(' → ')} px) |`,
  );
}
const results = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ ...results, layoutShift: { budget: BUDGET, rows } }, null, 2)}\n`,
);
const over = rows.filter((row) => row.layoutShift > BUDGET);
for (const row of over)
  console.error(`${row.element} at ${row.width} width shifts the page by ${row.layoutShift}: budget ${BUDGET}`);
process.exit(over.length ? 1 : 0);
