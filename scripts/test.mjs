#!/usr/bin/env node
// `npm test`: component tests (web-test-runner) in Chromium, Firefox ESR and
// WebKit (WebKitGTK), then story tests (Vitest, once per language), then (given a
// PostgreSQL) the adapter contract on it, then one line with the totals:
// "N passed, N failed". CI reads that last line, so every way this script
// fails still ends with it: a missing browser, a suite without results, a
// suite that exits non-zero without a failing test, or a skipped test.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { CHROMIUM } from '../test/support/browser.mjs';

/** As in web-test-runner.firefox.config.mjs. */
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT = process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB_PATH || '/usr/bin/Xvfb';
const INSTALL = 'apt-get install -y chromium firefox-esr fonts-thai-tlwg webkit2gtk-driver xvfb';

const chromium = { name: 'Chromium', path: CHROMIUM, override: 'CHROME_PATH' };
const firefox = { name: 'Firefox ESR', path: FIREFOX, override: 'FIREFOX_PATH' };
/** As in web-test-runner.webkit.config.mjs: WebKitGTK's MiniBrowser, its WebDriver, and a virtual display. */
const webkit = [
  { name: 'WebKitGTK MiniBrowser', path: WEBKIT, override: 'WEBKIT_PATH' },
  { name: 'WebKitWebDriver', path: WEBKIT_DRIVER, override: 'WEBKIT_DRIVER_PATH' },
  { name: 'Xvfb', path: XVFB, override: 'XVFB_PATH' },
];

const suites = [
  {
    name: 'component tests',
    command: ['web-test-runner', '--coverage'],
    report: 'reports/wtr-summary.json',
    browsers: [chromium],
  },
  {
    name: 'component tests in Firefox',
    command: ['web-test-runner', '--config', 'web-test-runner.firefox.config.mjs'],
    report: 'reports/wtr-firefox.json',
    browsers: [firefox],
  },
  {
    name: 'component tests in WebKit',
    command: ['web-test-runner', '--config', 'web-test-runner.webkit.config.mjs'],
    report: 'reports/wtr-webkit.json',
    browsers: webkit,
  },
  { name: 'story tests', command: ['vitest', 'run'], report: 'reports/stories.json', browsers: [chromium] },
  // The reference server's own claims (problem+json, body limit, logs without personal data), over HTTP from Node.
  { name: 'server tests', command: ['tsx', 'test/server/run.mjs'], report: 'reports/server-tests.json', browsers: [] },
  // The vendor adapters against the vendors' own SDK types, REST examples and GraphQL schemas, with no internet.
  {
    name: 'vendor adapter tests',
    command: ['tsx', 'test/server/run.mjs', 'test/vendors'],
    report: 'reports/vendor-tests.json',
    browsers: [],
    env: { SERVER_TESTS_SUMMARY: 'reports/vendor-tests.json' },
  },
];
// With a PostgreSQL to test against (.ci/run starts one), the adapter contract runs again on it.
if (process.env.AFTERCARE_TEST_DATABASE_URL) {
  suites.push({
    name: 'contract tests on PostgreSQL',
    command: ['web-test-runner', 'test/contract/**/*.test.ts'],
    report: 'reports/wtr-postgres.json',
    browsers: [chromium],
    env: {
      WTR_SUMMARY: 'reports/wtr-postgres.json',
      AFTERCARE_SERVER_DATABASE_URL: process.env.AFTERCARE_TEST_DATABASE_URL,
    },
  });
}

/**
 * Skips decided at run time (`this.skip()`) that are expected, with the reason.
 * Any other skipped (or todo) test fails the run: `.skip` and `.only` are
 * forbidden by ESLint, and a skip must not hide behind "N passed, 0 failed".
 */
const NARROW =
  "WebKitGTK's MiniBrowser keeps its window at least ~430 px wide; the phone widths run in Chromium and Firefox";
const EXPECTED_SKIPS = [
  { suite: 'component tests in WebKit', file: 'test/hardening/narrow-screen.test.ts', title: /./, reason: NARROW },
  { suite: 'component tests in WebKit', file: 'test/hardening/brand-colour.test.ts', title: /./, reason: NARROW },
  {
    suite: 'component tests in WebKit',
    file: 'test/components/nps-survey.test.ts',
    title: /small launcher on a phone/,
    reason: NARROW,
  },
];

function finish(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/** Whether `path` is an executable file (a relative path is taken from here, as the launchers take it). */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// Preflight: every browser binary the suites need, before any suite runs.
const missing = [...new Set(suites.flatMap((suite) => suite.browsers))].filter(
  (browser) => !isExecutable(browser.path),
);
if (missing.length) {
  for (const browser of missing) {
    const needed = suites.filter((suite) => suite.browsers.includes(browser)).map((suite) => suite.name);
    console.error(
      `npm test: ${browser.name} is missing: no executable at ${browser.path}` +
        (process.env[browser.override] ? ` (set by ${browser.override})` : '') +
        ` (needed by the ${needed.join(', ')}).`,
    );
  }
  console.error(
    `Install the browsers (Debian, as root; run apt-get update first on a fresh machine):\n\n  ${INSTALL}\n\n` +
      `or point ${missing.map((browser) => browser.override).join(' / ')} at an installed binary.`,
  );
  finish(0, 1);
}

/** Counts and skipped tests of a web-test-runner summary or a Vitest JSON report. */
function readReport(report) {
  if (report.testResults) {
    const skippedTests = report.testResults.flatMap((file) =>
      (file.assertionResults ?? [])
        .filter((test) => ['skipped', 'pending', 'todo'].includes(test.status))
        .map((test) => ({ file: relative(process.cwd(), file.name).replaceAll('\\', '/'), title: test.fullName })),
    );
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: Math.max(skippedTests.length, (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)),
      skippedTests,
    };
  }
  return {
    passed: report.passed ?? 0,
    failed: report.failed ?? 0,
    skipped: report.skipped ?? 0,
    skippedTests: report.skippedTests ?? [],
  };
}

let passed = 0;
let failed = 0;
for (const suite of suites) {
  rmSync(suite.report, { force: true });
  const run = spawnSync('npx', suite.command, { stdio: 'inherit', env: { ...process.env, ...suite.env } });
  if (!existsSync(suite.report)) {
    console.error(`${suite.name}: no results (exit ${run.status})`);
    failed++;
    continue;
  }
  const result = readReport(JSON.parse(readFileSync(suite.report, 'utf8')));
  passed += result.passed;
  failed += result.failed;

  const expected = (test) =>
    EXPECTED_SKIPS.find((skip) => skip.suite === suite.name && skip.file === test.file && skip.title.test(test.title));
  const unexpected = result.skippedTests.filter((test) => !expected(test));
  // A count without the list (an older report format) cannot be checked: every skip in it is unexpected.
  const unlisted = Math.max(0, result.skipped - result.skippedTests.length);
  for (const reason of new Set(
    result.skippedTests
      .map(expected)
      .filter(Boolean)
      .map((skip) => skip.reason),
  ))
    console.log(
      `${suite.name}: ${result.skippedTests.filter((test) => expected(test)?.reason === reason).length} skipped as expected: ${reason}.`,
    );
  if (unexpected.length || unlisted) {
    console.error(
      `${suite.name}: ${unexpected.length + unlisted} skipped test(s), counted as failures ` +
        '(remove the .skip / .only / .todo, or make the test run):',
    );
    for (const test of unexpected) console.error(`  skipped: ${test.file} > ${test.title}`);
    if (unlisted) console.error(`  ${unlisted} more without a name in ${suite.report}`);
    failed += unexpected.length + unlisted;
  }
  // A suite that exits non-zero must not end in "0 failed".
  if (run.status !== 0 && result.failed === 0 && !unexpected.length && !unlisted) {
    console.error(`${suite.name}: exited with ${run.status ?? run.signal} but reported no failing test`);
    failed++;
  }
}
finish(passed, failed);
