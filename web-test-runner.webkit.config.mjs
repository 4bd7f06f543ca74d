// The component tests again in WebKit, the engine of every iPhone: Debian's
// WebKitGTK MiniBrowser under Xvfb, driven through WebKitWebDriver by
// web-test-runner's WebDriver launcher. Coverage is measured in Chromium only.
import { defaultReporter } from '@web/test-runner';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from './web-test-runner.config.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { webdriverKeysPlugin } from './test/support/webdriver-keys-plugin.mjs';

const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/** A port nobody listens on, so two runs on one machine do not meet. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Xvfb and WebKitWebDriver for this run; both stop when the runner exits. */
async function startWebKit() {
  const display = `:${90 + Math.floor(Math.random() * 400)}`;
  const port = await freePort();
  // A shopper in Bangkok with an English browser, as in Chromium and Firefox.
  const env = {
    ...process.env,
    DISPLAY: display,
    TZ: 'Asia/Bangkok',
    LANG: 'en_US.UTF-8',
    HOME: mkdtempSync(join(tmpdir(), 'aftercare-webkit-')),
  };
  const children = [spawn(XVFB, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' })];
  await new Promise((resolve) => setTimeout(resolve, 500));
  children.push(spawn(DRIVER, [`--port=${port}`], { env, stdio: 'ignore' }));
  const stop = () => children.forEach((child) => child.kill());
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  return port;
}

const port = await startWebKit();

export default {
  ...base,
  // sendKeys' `down`/`up` and repeated letters over WebDriver (test/support/keys.ts).
  plugins: [...base.plugins, webdriverKeysPlugin()],
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  ],
  coverage: false,
  files: [
    ...base.files,
    // Emulating prefers-reduced-motion needs the Chrome DevTools Protocol.
    '!test/hardening/reduced-motion.test.ts',
    // The skeletons' sizes are checked in Chromium, the layout-shift benchmark's engine (see the Firefox config).
    '!test/hardening/skeleton-size.test.ts',
  ],
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter(process.env.WTR_SUMMARY ?? 'reports/wtr-webkit.json')],
};
