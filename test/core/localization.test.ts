import { expect, waitUntil } from '@open-wc/testing';
import type * as Localization from '../../src/core/localization.js';

// The tag is in the page, and <html lang> set, before any Aftercare code loads:
// the way a store's server-rendered page meets the library.
document.documentElement.lang = 'th-TH';
document.body.innerHTML = '<ac-test-probe></ac-test-probe>';

const text = (selector: string) =>
  document.querySelector('ac-test-probe')?.shadowRoot?.querySelector(selector)?.textContent?.trim();

describe('localization', () => {
  let localization: typeof Localization;

  before(async () => {
    await import('../support/probe-element.js');
    localization = await import('../../src/core/localization.js');
  });

  it('upgrades an element that was in the page first, in the page’s language', async () => {
    await waitUntil(() => text('.message') === 'ดูเหมือนคุณจะไม่ได้เชื่อมต่ออินเทอร์เน็ต', 'Thai message');
    expect(localization.getLocale()).to.equal('th');
    expect(text('.date')).to.equal('14 พ.ค. 2569');
  });

  it('follows later changes of <html lang>', async () => {
    document.documentElement.lang = 'id';
    await waitUntil(() => text('.message') === 'Sepertinya Anda sedang offline', 'Indonesian message');
    expect(text('.date')).to.equal('14 Mei 2026');
    document.documentElement.lang = 'fr';
    await waitUntil(() => text('.message') === 'You seem to be offline', 'English fallback for French');
  });

  it('lets setLocale() win over <html lang>, until told to follow the page again', async () => {
    await localization.setLocale('th');
    await waitUntil(() => text('.message')?.startsWith('ดูเหมือน'));
    document.documentElement.lang = 'id';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(localization.getLocale()).to.equal('th');
    await localization.followPageLocale();
    expect(localization.getLocale()).to.equal('id');
  });

  it('maps regional and legacy tags and falls back to English', () => {
    expect(localization.resolveLocale('th-TH')).to.equal('th');
    expect(localization.resolveLocale('in')).to.equal('id');
    expect(localization.resolveLocale('id_ID')).to.equal('id');
    expect(localization.resolveLocale('de-CH')).to.equal('en');
    expect(localization.resolveLocale(undefined)).to.equal('en');
  });

  it('shares one @lit/localize configuration with a second copy of the library', async () => {
    // A second module instance, as when two bundles on a page share @lit/localize.
    const copy = (await import(`../../src/core/localization.ts?copy=${Date.now()}`)) as typeof Localization;
    await copy.setLocale('en');
    expect(localization.getLocale()).to.equal('en');
    await waitUntil(() => text('.message') === 'You seem to be offline');
  });
});
