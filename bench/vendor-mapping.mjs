#!/usr/bin/env node
// Mapping speed of the AfterShip adapter: 1,000 trackings of 50 check-points
// each, carrier-local times without an offset (the slow path: each made
// absolute in its country's zone), through `fromAfterShipTracking` as the
// browser bundle has it. Prints the median of 15 runs and writes it to
// bench/results.json.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForBrowser } from '../scripts/browser-bundle.mjs';

const TRACKINGS = 1000;
const CHECKPOINTS = 50;
const RUNS = 15;

const { output } = await bundleForBrowser({ entry: 'src/adapters/aftership/index.ts' });
const dir = mkdtempSync(join(tmpdir(), 'aftercare-bench-'));
for (const chunk of output.filter((c) => c.type === 'chunk')) writeFileSync(join(dir, chunk.fileName), chunk.code);
const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
const { fromAfterShipTracking } = await import(pathToFileURL(join(dir, entry.fileName)).href);
rmSync(dir, { recursive: true, force: true });

const TAGS = ['InfoReceived', 'InTransit', 'InTransit', 'OutForDelivery', 'AttemptFail', 'Delivered'];
const COUNTRIES = ['CHN', 'THA', 'IDN', 'SGP', 'MYS'];
const start = Date.UTC(2026, 4, 1, 2, 0, 0);
const trackings = Array.from({ length: TRACKINGS }, (_, t) => ({
  tracking_number: `TH${String(t).padStart(10, '0')}`,
  slug: t % 2 ? 'kerry-logistics' : 'jne',
  tag: TAGS[t % TAGS.length],
  destination_country_region: t % 2 ? 'THA' : 'IDN',
  latest_estimated_delivery: { type: 'range', datetime_min: '2026-05-06', datetime_max: '2026-05-08' },
  first_estimated_delivery: { type: 'specific', datetime: '2026-05-05' },
  checkpoints: Array.from({ length: CHECKPOINTS }, (_, c) => ({
    checkpoint_time: new Date(start + (t * 7 + c) * 3_600_000).toISOString().slice(0, 19),
    country_region: COUNTRIES[(t + c) % COUNTRIES.length],
    city: 'Bangkok',
    message: `Check-point ${c}`,
    tag: TAGS[c % TAGS.length],
    subtag: `${TAGS[c % TAGS.length]}_001`,
  })),
}));

const times = [];
let events = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  events = 0;
  for (const tracking of trackings) events += fromAfterShipTracking(tracking).events.length;
  times.push(performance.now() - t0);
}
if (events !== TRACKINGS * CHECKPOINTS) throw new Error(`mapped ${events} events, expected ${TRACKINGS * CHECKPOINTS}`);
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)];

const result = { trackings: TRACKINGS, checkpoints: CHECKPOINTS, runs: RUNS, medianMs: Math.round(median * 10) / 10 };
console.log(
  `| mapping | median | per tracking |\n| --- | ---: | ---: |\n| ${TRACKINGS} AfterShip trackings × ${CHECKPOINTS} check-points | ${result.medianMs} ms | ${(median / TRACKINGS).toFixed(3)} ms |`,
);
const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', JSON.stringify({ ...previous, vendorMapping: result }, null, 2) + '\n');
