// A shopper who asks the system for reduced motion sees nothing move: no
// shimmering skeletons, no rising survey card, no smooth scrolling.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { setViewport } from '../support/viewport.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/index.js';
import { shadowQuery } from '../support/dom.js';
import { scenario, WIDGET_TAGS } from '../support/elements.js';

// Every widget of the registry; the survey as the corner card, whose entrance animates.
const WIDGETS = WIDGET_TAGS.map((tag) =>
  scenario(tag, tag === 'ac-nps-survey' ? { survey: 'motion', placement: 'corner' } : {}),
);

/** Every shadow root under an element, nested widgets included. */
function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}

/** What is animating inside the widget, e.g. "div.skeleton__block ac-shimmer". */
async function moving(element: Element): Promise<string[]> {
  await nextFrame();
  await nextFrame();
  return shadowRoots(element)
    .flatMap((root) => root.getAnimations())
    .filter((animation) => animation.playState === 'running')
    .map((animation) => {
      const target = (animation.effect as KeyframeEffect).target!;
      return `${target.localName}.${target.className} ${(animation as CSSAnimation).animationName}`;
    });
}

async function mount(tag: string, attributes: Record<string, string>, latency: number) {
  const element = document.createElement(tag) as HTMLElement & { adapter: MemoryAdapter };
  element.adapter = new MemoryAdapter({ latency });
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (await fixture<HTMLElement>(html`<div style="inline-size: 640px"></div>`)).append(element);
  return element;
}

describe('prefers-reduced-motion', () => {
  before(() => setViewport({ width: 1024, height: 800 }));
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is what makes the loading skeleton still (it shimmers otherwise)', async () => {
    const element = await mount('ac-order-tracker', { order: 'BK-1002' }, 2000);
    await waitUntil(() => shadowQuery(element, '[part="skeleton"]'), 'skeleton');
    expect(await moving(element)).to.have.length.greaterThan(0);
  });

  for (const [tag, attributes] of WIDGETS) {
    it(`${tag}: nothing moves while loading or once loaded`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await mount(tag, attributes, 300);
      expect(await moving(element), 'while loading').to.deep.equal([]);
      await waitUntil(() => !shadowRoots(element).some((root) => root.querySelector('[part="skeleton"]')), 'loaded', {
        timeout: 4000,
      });
      expect(await moving(element), 'once loaded').to.deep.equal([]);
    });
  }

  it('jumps instead of gliding when the recommendation arrows are used', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mount('ac-recommendations', { order: 'BK-1001', limit: '8' }, 0);
    await waitUntil(() => shadowQuery(element, '[part="product"]'), 'products', { timeout: 4000 });
    const strip = shadowQuery(element, '[part="strip"]')!;
    const [, forward] = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="scroll-button"]');
    forward!.click();
    expect(strip.scrollLeft).to.be.greaterThan(0);
  });
});
