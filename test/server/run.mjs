#!/usr/bin/env node
// The reference server's Node tests (test/server/*.node-test.ts: server/main.ts
// in a child process, real HTTP, its log captured): `npm run test:server`.
// Prints the spec report, then "N passed, N failed" (and skipped ones), and
// writes the counts to reports/server-tests.json (or SERVER_TESTS_SUMMARY) for
// scripts/test.mjs. The files are named *.node-test.ts so that web-test-runner
// (test/**/*.test.ts) does not load them in a browser.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';

const SUMMARY = process.env.SERVER_TESTS_SUMMARY ?? 'reports/server-tests.json';
// Another folder of Node tests as the argument (test/vendors: the vendor adapters against their published artefacts).
const DIR = process.argv[2] ?? 'test/server';
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.node-test.ts'))
  .map((name) => join(DIR, name));

mkdirSync(dirname(SUMMARY), { recursive: true });
rmSync(SUMMARY, { force: true });
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/server/summary-reporter.mjs',
    `--test-reporter-destination=${SUMMARY}`,
    ...files,
  ],
  { stdio: 'inherit' },
);

const totals = existsSync(SUMMARY) ? JSON.parse(readFileSync(SUMMARY, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
// A run that fails without a failing test (it did not start, a file did not load) is a failure too.
const failed = totals.failed + (run.status !== 0 && totals.failed === 0 ? 1 : 0) + totals.skipped;
if (!files.length) console.error(`${DIR}: no *.node-test.ts files`);
for (const test of totals.skippedTests ?? []) console.error(`skipped, counted as failed: ${test.file} > ${test.title}`);
process.stdout.write(
  `${totals.passed} passed, ${failed} failed${totals.skipped ? ` (${totals.skipped} skipped)` : ''}\n`,
);
process.exit(failed || !files.length ? 1 : 0);
