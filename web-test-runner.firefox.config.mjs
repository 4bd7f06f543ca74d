// The component tests again in Firefox ESR (Debian's build), driven over
// WebDriver BiDi by puppeteer-core. Coverage is measured in Chromium only.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from './web-test-runner.config.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX,
        // Same shopper as in Chromium: Bangkok time, English browser.
        env: { ...process.env, TZ: 'Asia/Bangkok', HOME: mkdtempSync(join(tmpdir(), 'aftercare-firefox-')) },
        extraPrefsFirefox: {
          'intl.locale.requested': 'en-US',
          'intl.accept_languages': 'en-US',
          'dom.events.testing.asyncClipboard': true,
        },
      },
    }),
  ],
  coverage: false,
  // Emulating prefers-reduced-motion needs the Chrome DevTools Protocol. The skeletons' sizes are checked in
  // Chromium, the layout-shift benchmark's engine: the parcel card's given height is Chromium's text wrapping.
  files: [...base.files, '!test/hardening/reduced-motion.test.ts', '!test/hardening/skeleton-size.test.ts'],
  // Firefox runs a second tab in the background, where it throttles timers and
  // pauses animation frames; one test file at a time keeps every page in front.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter(process.env.WTR_SUMMARY ?? 'reports/wtr-firefox.json')],
};
