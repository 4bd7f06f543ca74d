// A shopper who asks the system for reduced motion sees nothing move: no
// shimmering skeletons, no rising survey card, no smooth scrolling.
import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { setViewport } from '../support/viewport.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/index.js';
import { shadowQuery } from '../support/dom.js';
import { scenario, WIDGET_TAGS, WIDGETS as WIDGET_SCENARIOS } from '../support/elements.js';

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

/** What is animating on the widget's host, in its light DOM and in every shadow root under it, e.g. "div.skeleton__block ac-shimmer". */
async function moving(element: Element): Promise<string[]> {
  await nextFrame();
  await nextFrame();
  const animations = new Set([
    ...element.getAnimations({ subtree: true }),
    ...shadowRoots(element).flatMap((root) => root.getAnimations()),
  ]);
  return [...animations]
    .filter((animation) => animation.playState === 'running')
    .map((animation) => {
      const target = (animation.effect as KeyframeEffect).target!;
      return `${target.localName}.${target.className} ${(animation as CSSAnimation).animationName}`;
    });
}

/** What the widget and every widget inside it has drawn: the elements of all its shadow roots. */
const drawn = (element: Element) =>
  shadowRoots(element)
    .map((root) => `${root.host.localName}:${root.querySelectorAll('*').length}`)
    .join(' ');

/**
 * Loaded, nested widgets and lazy parts included: no skeleton, no element still undefined, every
 * widget's update done, and nothing new drawn over a few looks.
 */
async function everythingRendered(element: Element, ready: string) {
  await waitUntil(() => shadowQuery(element, ready), `<${element.localName}> drew ${ready}`, { timeout: 4000 });
  let last = '';
  let same = 0;
  const until = Date.now() + 5000;
  while (same < 3) {
    if (Date.now() > until) throw new Error(`<${element.localName}> never settled: ${last}`);
    const roots = shadowRoots(element);
    await Promise.all(
      roots.map((root) => (root.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await aTimeout(150); // Three quiet looks outlast the adapter's 300 ms, so a nested widget's answer is in.
    const busy = roots.some((root) => root.querySelector('[part="skeleton"], :not(:defined)'));
    const now = drawn(element);
    same = !busy && now === last ? same + 1 : 0;
    last = now;
  }
  expect(shadowRoots(element).length, 'drawn').to.be.greaterThan(0);
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
      await everythingRendered(element, WIDGET_SCENARIOS[tag as keyof typeof WIDGET_SCENARIOS].ready);
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
