// The `aftercare-viewport` test command: the page's viewport at a given size
// in every engine we test. web-test-runner's own set-viewport has no
// WebDriver branch, and WebKit runs over WebDriver, where only the window can
// be sized: size it, then add what the browser's own frame takes.
// Also `aftercare-screenshot`: the viewport as a base64 PNG, for tests that
// must see what was drawn (test/support/screenshot.ts).
async function screenshot(session) {
  const { browser } = session;
  if (browser.type === 'playwright') return (await browser.getPage(session.id).screenshot()).toString('base64');
  if (browser.type === 'puppeteer') return browser.getPage(session.id).screenshot({ encoding: 'base64' });
  if (browser.type === 'webdriver') return browser.driver.takeScreenshot();
  throw new Error(`No screenshot for browser type ${browser.type}`);
}

export function viewportPlugin() {
  return {
    name: 'aftercare-viewport',
    async executeCommand({ command, payload, session }) {
      if (command === 'aftercare-screenshot') return screenshot(session);
      if (command !== 'aftercare-viewport') return undefined;
      const { width, height } = payload;
      const { browser } = session;
      if (browser.type === 'playwright') await browser.getPage(session.id).setViewportSize({ width, height });
      else if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport({ width, height });
      else if (browser.type === 'webdriver') {
        // One window for every test file (concurrency 1), so the launcher's driver is this page's.
        const { driver } = browser;
        await driver.setWindowSize(width, height);
        const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
        await driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
      } else throw new Error(`No viewport for browser type ${browser.type}`);
      return true;
    },
  };
}
