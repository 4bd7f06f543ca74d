import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterMethod } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { setLocale } from '../../src/core/localization.js';
import { shadowQuery, shownText } from './dom.js';

export interface WidgetUnderTest {
  tag: string;
  /** Attributes that make the widget load something. */
  attributes: Record<string, string>;
  /** Other attributes that must cause a new request. */
  otherAttributes: Record<string, string>;
  /** The adapter method its first request goes to. */
  method: MemoryAdapterMethod;
  /** Text visible once loaded in English, and in Thai. */
  loadedText: { en: string; th: string };
}

async function mount(widget: WidgetUnderTest, adapter: AftercareAdapter): Promise<HTMLElement> {
  const element = Object.assign(document.createElement(widget.tag), { adapter });
  for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(element);
  return element;
}

/** One adapter-backed behaviour suite for every widget, like a shared form-control suite. */
export function widgetBehaviourSuite(widget: WidgetUnderTest): void {
  describe(`<${widget.tag}> adapter behaviour`, () => {
    afterEach(() => setLocale('en'));

    // That the placeholder is the content's size, at a phone's and a desktop's width: test/hardening/skeleton-size.test.ts.
    it('shows a placeholder while loading, then the content in its place', async () => {
      const adapter = new MemoryAdapter({ latency: 300 });
      const element = await mount(widget, adapter);
      await waitUntil(() => shadowQuery(element, '[part="skeleton"]'), 'skeleton while loading');
      await waitUntil(() => shownText(element).includes(widget.loadedText.en), 'content', { timeout: 3000 });
      expect(shadowQuery(element, '[part="skeleton"]')).to.equal(null);
    });

    it('turns a rejection into the error state and ac-error-shown, and retries', async () => {
      const adapter = new MemoryAdapter({ fail: { [widget.method]: 'network' }, failTimes: 1 });
      const shown = oneEvent(document, 'ac-error-shown');
      const element = await mount(widget, adapter);
      expect((await shown).detail).to.deep.equal({ code: 'network' });
      await waitUntil(() => shadowQuery(element, '[part="error"]'), 'error state');
      shadowQuery<HTMLButtonElement>(element, '[part="retry-button"]')!.click();
      await waitUntil(() => shownText(element).includes(widget.loadedText.en), 'content after retry');
    });

    it('reports a malformed payload as invalid_response', async () => {
      const adapter = new MemoryAdapter({ fail: { [widget.method]: 'malformed' } });
      const shown = oneEvent(document, 'ac-error-shown');
      const element = await mount(widget, adapter);
      expect((await shown).detail.code).to.equal('invalid_response');
      await waitUntil(() => shadowQuery(element, '[part="error"]'), 'error state');
    });

    it('fetches again when its attributes change', async () => {
      const adapter = new MemoryAdapter();
      const element = await mount(widget, adapter);
      await waitUntil(() => shownText(element).includes(widget.loadedText.en));
      const before = adapter.calls.filter((c) => c.method === widget.method).length;
      for (const [name, value] of Object.entries(widget.otherAttributes)) element.setAttribute(name, value);
      await waitUntil(() => adapter.calls.filter((c) => c.method === widget.method).length === before + 1);
    });

    it('aborts its request when removed from the page', async () => {
      const adapter = new MemoryAdapter({ latency: 500 });
      const element = await mount(widget, adapter);
      await waitUntil(() => adapter.calls.some((c) => c.method === widget.method));
      const signal = adapter.calls.find((c) => c.method === widget.method)!.options!.signal!;
      expect(signal.aborted).to.equal(false);
      element.remove();
      await waitUntil(() => signal.aborted, 'request aborted on disconnect');
    });

    it('re-renders in a new language', async () => {
      const adapter = new MemoryAdapter();
      const element = await mount(widget, adapter);
      await waitUntil(() => shownText(element).includes(widget.loadedText.en));
      await setLocale('th');
      await waitUntil(() => shownText(element).includes(widget.loadedText.th), 'Thai text', { timeout: 3000 });
    });
  });
}
