// A node:test reporter that writes the counts web-test-runner's summary
// reporter writes (test/support/summary-reporter.mjs), so that a runner of
// scripts/test.mjs can add them: { passed, failed, skipped, skippedTests }.
// A suite counts only when it fails by itself (a hook, a file that does not load).
import { relative } from 'node:path';
import process from 'node:process';

export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, skippedTests: [] };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const suite = data.details?.type === 'suite';
    const file = relative(process.cwd(), data.file ?? '').replaceAll('\\', '/');
    if (data.skip !== undefined || data.todo !== undefined) {
      totals.skipped++;
      totals.skippedTests.push({ file, title: data.name });
    } else if (type === 'test:fail') {
      if (!suite || data.details?.error?.failureType !== 'subtestsFailed') totals.failed++;
    } else if (!suite) totals.passed++;
  }
  yield `${JSON.stringify(totals)}\n`;
}
