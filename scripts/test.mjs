#!/usr/bin/env node
// `npm test`: component tests (web-test-runner) in Chromium and in Firefox
// ESR, then story tests (Vitest, once per language), then (given a
// PostgreSQL) the adapter contract on it, then one line with the totals:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const suites = [
  { name: 'component tests', command: ['web-test-runner', '--coverage'], report: 'reports/wtr-summary.json' },
  {
    name: 'component tests in Firefox',
    command: ['web-test-runner', '--config', 'web-test-runner.firefox.config.mjs'],
    report: 'reports/wtr-firefox.json',
  },
  { name: 'story tests', command: ['vitest', 'run'], report: 'reports/stories.json' },
];
// With a PostgreSQL to test against (.ci/run starts one), the adapter contract runs again on it.
if (process.env.AFTERCARE_TEST_DATABASE_URL) {
  suites.push({
    name: 'contract tests on PostgreSQL',
    command: ['web-test-runner', 'test/contract/**/*.test.ts'],
    report: 'reports/wtr-postgres.json',
    env: {
      WTR_SUMMARY: 'reports/wtr-postgres.json',
      AFTERCARE_SERVER_DATABASE_URL: process.env.AFTERCARE_TEST_DATABASE_URL,
    },
  });
}

let passed = 0;
let failed = 0;
let exitCode = 0;
for (const suite of suites) {
  rmSync(suite.report, { force: true });
  const run = spawnSync('npx', suite.command, { stdio: 'inherit', env: { ...process.env, ...suite.env } });
  if (run.status !== 0) exitCode = 1;
  if (!existsSync(suite.report)) {
    console.error(`${suite.name}: no results (exit ${run.status})`);
    failed++;
    exitCode = 1;
    continue;
  }
  const report = JSON.parse(readFileSync(suite.report, 'utf8'));
  passed += report.passed ?? report.numPassedTests ?? 0;
  failed += report.failed ?? report.numFailedTests ?? 0;
}
if (failed) exitCode = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
