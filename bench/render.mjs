#!/usr/bin/env node
// Render timings in headless Chromium against the built CDN bundle
// (run `npm run build` first). Writes the medians to bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser.mjs';
import { serve } from './static-server.mjs';

if (!existsSync('dist/cdn/aftercare.js')) throw new Error('Run npm run build first');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const PAGES = [
  { page: 'tracker-300.html', name: 'ac-order-tracker, 300 tracking events' },
  { page: 'nps-click.html', name: 'ac-nps-survey' },
  { page: 'wizard-step.html', name: 'ac-return-wizard' },
  { page: 'badges-50.html', name: 'ac-loyalty-badge × 50' },
  { page: 'layout-shift.html', name: 'order page with a tracker, loading (CLS, not ms)' },
];

const { server, url } = await serve('.');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const results = [];
try {
  for (const { page: file, name } of PAGES) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(error));
    await page.goto(`${url}/bench/pages/${file}`);
    const runs = await page
      .waitForFunction(() => window.benchResult, null, { timeout: 60_000 })
      .then((h) => h.jsonValue());
    for (const [metric, values] of Object.entries(runs)) {
      const value = median(values);
      results.push({
        benchmark: name,
        metric,
        median: Number(value.toFixed(metric === 'layoutShift' ? 4 : 1)),
        runs: values.length,
      });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', JSON.stringify({ ...previous, render: results }, null, 2) + '\n');
console.log('| benchmark | metric | median |');
console.log('| --- | --- | ---: |');
for (const r of results) {
  console.log(`| ${r.benchmark} | ${r.metric} | ${r.metric === 'layoutShift' ? r.median : `${r.median} ms`} |`);
}
