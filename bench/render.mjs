#!/usr/bin/env node
// Render timings in headless Chromium against the built CDN bundle
// (run `npm run build` first). Writes the medians to bench/results.json, and
// fails (exit 1) over a budget.
//
// Milliseconds on a shared 2-core machine move with its load, so each timing
// is also taken against a baseline in the same page and run
// (bench/pages/bench-kit.js): a plain Lit element drawing as many elements the
// same way (inserted → data from a promise → laid out; a click → more
// elements), its runs alternating with the widget's. The budget is on the
// ratio of the two ("ready": DOM complete and laid out, without the wait for
// the display's next frame), the median of each pair's ratio. A page over a
// ratio budget is measured once more and fails only if over again. An
// absolute ceiling on the painted median is the backstop for what slows the
// baseline as well (Lit itself, the browser, the machine).
//
//   --slowdown=N      self-check: a busy loop makes each widget's measured path
//                     N times as long; `--slowdown=3` must fail every budget.
//   --cpu-throttle=N  Chromium's CPU throttling on every page, as a slower
//                     machine: the ratios hold, the ceilings catch a large N.
//   --raw=FILE        every run's figures, to choose budgets from.
// With --slowdown or --cpu-throttle, bench/results.json is not written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser.mjs';
import { serve } from './static-server.mjs';

if (!existsSync('dist/cdn/aftercare.js')) throw new Error('Run npm run build first');

const { values: options } = parseArgs({
  options: {
    slowdown: { type: 'string', default: '1' },
    'cpu-throttle': { type: 'string', default: '1' },
    raw: { type: 'string' },
  },
});
const slowdown = Number(options.slowdown);
const throttle = Number(options['cpu-throttle']);
const experiment = slowdown !== 1 || throttle !== 1;

/**
 * Per metric: `ratio`, the most the widget's ready time may be of the
 * baseline's (the median of the paired runs' ratios), and `ceilingMs`, the
 * most its painted median may be. Chosen from runs of this script on a 2-core
 * machine shared with other jobs (load average 2–12); the comments give the
 * ratios seen, lowest–highest over 7 runs, with `--slowdown=3` in brackets,
 * and the painted medians seen. A ratio budget is about twice the worst ratio
 * seen, and always below the lowest ratio seen with --slowdown=3, so that a
 * widget 3× slower fails (a page over budget is measured again and fails
 * only when over twice). A ceiling is about three times the worst painted
 * median seen: it is there for what slows the baseline as well.
 */
const BUDGETS = {
  // ratio 1.77–2.06 [5.76–7.52]; painted 11–21 ms
  firstRender: { ratio: 4, ceilingMs: 60 },
  // ratio 0.97–1.10 [3.14–3.27]; painted 41–90 ms, 222 ms at a load average of 15
  expandAll: { ratio: 2.2, ceilingMs: 600 },
  // ratio 2.18–2.51 [7.19–8.47]; painted 13–18 ms (one frame), so the ceiling is three frames
  clickToFollowUp: { ratio: 5, ceilingMs: 50 },
  // ratio 4.47–8.05 [14.2–23.7], the widest spread: 1.4× the worst, 0.8× the slowed; painted 11–18 ms
  stepChange: { ratio: 11, ceilingMs: 50 },
  // ratio 1.58–4.24 [8.30–12.6] with 1920 elements for 50, the spread from the machine's load; 4.14–4.54 while
  // the card's laid-out skeleton gave each of its 17 bones an inline style (no style sharing, restyled on every
  // shimmer frame), static classes since (badge-skeleton.ts)
  fiftyBadges: { ratio: 4.5, ceilingMs: 1500 },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const PAGES = [
  { page: 'tracker-300.html', name: 'ac-order-tracker, 300 tracking events' },
  { page: 'nps-click.html', name: 'ac-nps-survey' },
  { page: 'wizard-step.html', name: 'ac-return-wizard' },
  { page: 'badges-50.html', name: 'ac-loyalty-badge × 50' },
];

// Cross-origin isolated, so that performance.now() counts in 5 µs steps rather than 100 µs: the
// smallest baselines (a click redrawing a few dozen elements) take under a millisecond.
const { server, url } = await serve('.', {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
});
// --expose-gc: each run starts with the previous one's garbage collected (bench-kit.js).
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const raw = [];

/** One load of a benchmark page: a row per metric. */
async function measure(file, name) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  try {
    if (throttle !== 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`${url}/bench/pages/${file}${slowdown !== 1 ? `?slowdown=${slowdown}` : ''}`);
    const { runs, ready, baselines } = await page
      .waitForFunction(
        () =>
          window.benchResult && {
            runs: window.benchResult,
            ready: window.benchReady ?? {},
            baselines: window.benchBaseline ?? {},
          },
        null,
        { timeout: 180_000 },
      )
      .then((h) => h.jsonValue());
    raw.push({ page: file, painted: runs, ready, baselines });
    return Object.entries(runs).map(([metric, values]) => {
      const row = {
        benchmark: name,
        metric,
        median: Number(median(values).toFixed(1)),
        runs: values.length,
      };
      const baseline = baselines[metric];
      if (baseline && ready[metric]) {
        row.readyMedian = Number(median(ready[metric]).toFixed(2));
        row.baselineMedian = Number(median(baseline.painted).toFixed(1));
        row.baselineReadyMedian = Number(median(baseline.ready).toFixed(2));
        row.baselineElements = baseline.elements;
        row.ratio = Number(median(ready[metric].map((v, i) => v / baseline.ready[i])).toFixed(2));
      }
      if (BUDGETS[metric]) {
        row.ratioBudget = BUDGETS[metric].ratio;
        row.ceilingMs = BUDGETS[metric].ceilingMs;
      }
      return row;
    });
  } finally {
    await page.close();
  }
}

const overBudget = (row) => BUDGETS[row.metric] && row.ratio > BUDGETS[row.metric].ratio;
const results = [];
try {
  for (const { page: file, name } of PAGES) {
    let rows = await measure(file, name);
    const over = rows.filter(overBudget);
    if (over.length) {
      // Confirm on a second load: per metric, the lower ratio of the two counts.
      console.log(`${file}: ${over.map((r) => `${r.metric} ${r.ratio}×`).join(', ')} over budget; measuring again`);
      const again = await measure(file, name);
      rows = rows.map((row) => {
        if (!overBudget(row)) return row;
        const second = again.find((r) => r.metric === row.metric);
        return second && second.ratio < row.ratio ? { ...second, remeasured: true } : { ...row, remeasured: true };
      });
    }
    results.push(...rows);
  }
} finally {
  await browser.close();
  server.close();
}

if (options.raw) writeFileSync(options.raw, JSON.stringify(raw) + '\n');
if (experiment) {
  console.log(`Experiment, bench/results.json not written: slowdown ${slowdown}×, CPU throttling ${throttle}×`);
} else {
  const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  writeFileSync('bench/results.json', JSON.stringify({ ...previous, render: results }, null, 2) + '\n');
}
console.log('| benchmark | metric | median (painted) | ready | baseline ready | ratio | budget |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const value = `${r.median} ms`;
  const ready = r.readyMedian === undefined ? '' : `${r.readyMedian} ms`;
  const baseline =
    r.baselineReadyMedian === undefined ? '' : `${r.baselineReadyMedian} ms (${r.baselineElements} elements)`;
  const budget = r.ratioBudget === undefined ? '' : `≤ ${r.ratioBudget}×, ≤ ${r.ceilingMs} ms`;
  console.log(`| ${r.benchmark} | ${r.metric} | ${value} | ${ready} | ${baseline} | ${r.ratio ?? ''} | ${budget} |`);
}

const failures = [];
for (const [metric, budget] of Object.entries(BUDGETS)) {
  const row = results.find((r) => r.metric === metric);
  if (!row) failures.push(`${metric}: not measured (no page reports it any more)`);
  else if (row.ratio === undefined) failures.push(`${row.benchmark}, ${metric}: no baseline to compare with`);
  else {
    if (row.ratio > budget.ratio)
      failures.push(
        `${row.benchmark}, ${metric}: ${row.ratio}× the plain Lit baseline (ready in ${row.readyMedian} ms ` +
          `against ${row.baselineReadyMedian} ms), budget ${budget.ratio}×${row.remeasured ? ', on two loads' : ''}`,
      );
    if (row.median > budget.ceilingMs)
      failures.push(
        `${row.benchmark}, ${metric}: painted in ${row.median} ms (median), ceiling ${budget.ceilingMs} ms`,
      );
  }
}
if (failures.length) {
  console.error(`\nRender budgets exceeded (bench/render.mjs):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nRender budgets: all ${Object.keys(BUDGETS).length} within their ratio and ceiling.`);
