// The `aftercare-send-keys` test command: web-test-runner's sendKeys payloads
// ({ type } | { press } | { down } | { up }) over WebDriver, for WebKit. Two
// gaps of @web/test-runner-webdriver make it needed: its sendKeys knows only
// `press` and `type`, so nothing can hold Shift for Shift+Tab; and its `type`
// (webdriverio's keys()) holds every character down at once before releasing
// them, and WebKitWebDriver ignores a key pressed while it is held, so a
// letter typed twice in a row comes once ("#bk-1002" arrives as "#bk-102",
// an unknown order). Here each key goes down and up in turn through WebDriver's
// Actions API, and `down` keeps a key held until its `up`, as a person would.
// Other launchers answer nothing: test/support/keys.ts then uses wtr's own.
// Needs concurrency 1 (the launcher's one window is the test's page).
import { Key } from 'webdriverio';

/** A key by its name as Playwright and wtr spell them ('Tab', 'ArrowLeft'), or a character, as WebDriver wants it. */
function webdriverKey(name) {
  if (name !== 'Ctrl' && Object.hasOwn(Key, name)) return Key[name];
  if ([...new Intl.Segmenter().segment(name)].length === 1) return name;
  throw new Error(`No WebDriver key for ${JSON.stringify(name)}`);
}

function keyActions(payload) {
  if (typeof payload?.type === 'string') {
    return [...new Intl.Segmenter().segment(payload.type)].flatMap(({ segment }) => [
      { type: 'keyDown', value: segment },
      { type: 'keyUp', value: segment },
    ]);
  }
  if (typeof payload?.press === 'string') {
    const value = webdriverKey(payload.press);
    return [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ];
  }
  if (typeof payload?.down === 'string') return [{ type: 'keyDown', value: webdriverKey(payload.down) }];
  if (typeof payload?.up === 'string') return [{ type: 'keyUp', value: webdriverKey(payload.up) }];
  throw new Error(`Not a sendKeys payload: ${JSON.stringify(payload)}`);
}

export function webdriverKeysPlugin() {
  return {
    name: 'aftercare-send-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aftercare-send-keys' || session.browser.type !== 'webdriver') return undefined;
      // The same input source id every time: WebDriver keeps its pressed keys between commands.
      await session.browser.driver.performActions([
        { type: 'key', id: 'aftercare-keyboard', actions: keyActions(payload) },
      ]);
      return true;
    },
  };
}
