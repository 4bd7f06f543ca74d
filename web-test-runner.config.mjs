import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM, CHROMIUM_ARGS } from './test/support/browser.mjs';
import { jsonModulesPlugin } from './test/support/json-modules.mjs';
import { notifyServerPlugin } from './test/support/notify-server-plugin.mjs';
import { referenceServerPlugin } from './test/support/reference-server.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { viewportPlugin } from './test/support/viewport-plugin.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/react/**'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    referenceServerPlugin(),
    notifyServerPlugin(),
    jsonModulesPlugin(),
    viewportPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
      // A shopper in Bangkok: times in tests are read in Asia/Bangkok.
      createBrowserContext: ({ browser }) =>
        browser.newContext({
          timezoneId: 'Asia/Bangkok',
          locale: 'en-US',
          permissions: ['clipboard-read', 'clipboard-write'],
        }),
    }),
  ],
  concurrency: 2,
  // The fuzzing suites take about a minute each; a slow CI machine needs room.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    reportDir: 'reports/coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), summaryReporter(process.env.WTR_SUMMARY ?? 'reports/wtr-summary.json')],
};
