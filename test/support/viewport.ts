import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sizes the page's viewport, in Chromium, Firefox and WebKit alike
 * (test/support/viewport-plugin.mjs). Resolves to whether the page got that
 * width: WebKitGTK's MiniBrowser keeps its window at least ~430 px wide.
 */
export async function setViewport(size: { width: number; height: number }): Promise<boolean> {
  await executeServerCommand('aftercare-viewport', size);
  return window.innerWidth === size.width;
}
