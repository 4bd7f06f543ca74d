import { executeServerCommand, sendKeys as wtrSendKeys, type SendKeysPayload } from '@web/test-runner-commands';

let ownCommand: boolean | undefined;

/**
 * web-test-runner's sendKeys, with `down`, `up` and doubled letters ("1002") working in WebKit too: over WebDriver
 * the keys go through test/support/webdriver-keys-plugin.mjs, registered where the launcher needs it
 * (web-test-runner.webkit.config.mjs); in the other engines nobody answers that command, and wtr's own is used.
 */
export async function sendKeys(payload: SendKeysPayload): Promise<void> {
  if (ownCommand !== false) {
    try {
      await executeServerCommand('aftercare-send-keys', payload);
      ownCommand = true;
      return;
    } catch (error) {
      if (ownCommand || !String(error).includes('Unknown command')) throw error;
      ownCommand = false;
    }
  }
  await wtrSendKeys(payload);
}
