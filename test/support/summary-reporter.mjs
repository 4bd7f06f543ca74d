// Writes the pass / fail / skip counts of a web-test-runner run to a JSON file,
// so that `npm test` can add them to the story tests' counts. Skipped tests are
// listed by file and title: `npm test` fails on a skip it does not expect.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(suite, totals, file, titles = []) {
  const path = suite?.name ? [...titles, suite.name] : titles;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped++;
      totals.skippedTests.push({ file, title: [...path, test.name].join(' > ') });
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, path);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, skippedTests: [] };
      for (const session of sessions) {
        const testFile = relative(process.cwd(), session.testFile ?? '').replaceAll('\\', '/');
        count(session.testResults, totals, testFile);
        // A file that fails to load or throws outside a test has no results: count it as a failure.
        if (!session.passed && (session.errors?.length || !session.testResults)) totals.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
