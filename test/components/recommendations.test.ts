import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/order-tracker/define.js';
import '../../src/components/recommendations/define.js';
import type { AcRecommendations } from '../../src/components/recommendations/recommendations.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { type AnalyticsEvent, configure } from '../../src/core/config.js';
import { AdapterError } from '../../src/core/errors.js';
import { setLocale } from '../../src/core/localization.js';
import { shadowQuery, shadowQueryAll } from '../support/dom.js';
import { gate, rendered } from '../support/gate.js';

async function mount(adapter: AftercareAdapter) {
  const element = document.createElement('ac-recommendations') as AcRecommendations;
  element.adapter = adapter;
  (await fixture<HTMLElement>(html`<div style="inline-size: 600px"></div>`)).append(element);
  return element;
}

async function strip(adapter = new MemoryAdapter(), attributes: Record<string, string> = { order: 'BK-1001' }) {
  const element = document.createElement('ac-recommendations') as AcRecommendations;
  element.adapter = adapter;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLElement>(html`<div style="inline-size: 600px"></div>`);
  container.append(element);
  await waitUntil(() => shadowQuery(element, '[part="product"]'), 'products shown', { timeout: 4000 });
  return element;
}

describe('<ac-recommendations>', () => {
  it('lays the products out in a horizontal strip that snaps, reachable by keyboard', async () => {
    const element = await strip(new MemoryAdapter(), { order: 'BK-1001', limit: '6' });
    const list = shadowQuery(element, '[part="strip"]')!;
    const style = getComputedStyle(list);
    expect(style.overflowX).to.equal('auto');
    expect(style.scrollSnapType).to.contain('mandatory');
    const links = shadowQueryAll<HTMLAnchorElement>(element, '[part="product"]');
    expect(links).to.have.length(6);
    const tops = links.map((link) => Math.round(link.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1); // One row.
    links[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(links[1]);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(links[5]);
    expect(list.scrollLeft).to.be.greaterThan(0); // The focused card was scrolled into view.
  });

  it('keeps each image box its size before the image arrives', async () => {
    const element = await strip();
    const box = shadowQuery(element, '[part="image"]')!;
    const image = box.querySelector('img')!;
    expect(image.loading).to.equal('lazy');
    expect(image.getAttribute('width')).to.equal('320');
    const before = box.getBoundingClientRect();
    expect(before.height).to.be.greaterThan(100);
    expect(before.height).to.be.closeTo(before.width, 1);
    image.removeAttribute('src');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(box.getBoundingClientRect().height).to.equal(before.height);
  });

  it('shows the price, strikes the old one and says it is the old price', async () => {
    const element = await strip(new MemoryAdapter(), { order: 'JK-2003' });
    const prices = shadowQueryAll(element, '[part="price"]').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    const discounted = prices.find((p) => p.includes('Old price'));
    expect(discounted).to.match(/^Rp .+ Old price: Rp /);
    expect(shadowQuery(element, '[part="price"] s .visually-hidden')!.textContent).to.equal('Old price:');
    expect(shadowQuery(element, '.product__reason')!.textContent).to.contain('Goes with your');
  });

  it('reports which product was opened', async () => {
    const element = await strip();
    const link = shadowQuery<HTMLAnchorElement>(element, '[part="product"]')!;
    const clicked = oneEvent(element, 'ac-recommendation-clicked');
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect((await clicked).detail.productId).to.be.a('string');
  });

  it("keeps the strip's place while it loads, then shows the products there", async () => {
    const events: AnalyticsEvent[] = [];
    configure({ analytics: (event) => void events.push(event) });
    try {
      const some = gate(new MemoryAdapter(), 'getRecommendations');
      const element = await mount(some.adapter);
      await waitUntil(() => some.calls === 1, 'asked');
      await rendered(element);
      const placeholder = shadowQuery(element, '[part="skeleton"]');
      expect(placeholder, 'a placeholder before the answer').to.not.equal(null);
      expect(element.hidden).to.equal(false);
      expect(element.getBoundingClientRect().height, 'the placeholder takes room').to.be.greaterThan(200);
      // Decorative: the widget around it says what loads, and a screen reader hears no empty list.
      expect(placeholder!.getAttribute('aria-hidden')).to.equal('true');
      expect(shadowQuery(element, '[part="product"]')).to.equal(null);
      expect(events.filter((event) => event.widget === 'ac-recommendations').map((event) => event.name)).to.not.include(
        'widget_viewed',
      );

      some.open();
      await some.answered;
      await rendered(element);
      expect(shadowQuery(element, '[part="skeleton"]'), 'placeholder gone once answered').to.equal(null);
      expect(shadowQueryAll(element, '[part="product"]').length, 'products once answered').to.be.greaterThan(0);
      expect(events.filter((event) => event.widget === 'ac-recommendations').map((event) => event.name)).to.include(
        'widget_viewed',
      );
    } finally {
      configure({ analytics: undefined });
    }
  });

  it('renders nothing at all once there is nothing to recommend, the answer failed, or no way to ask', async () => {
    const expectNothing = (element: AcRecommendations, when: string) => {
      expect(element.hidden, when).to.equal(true);
      expect(element.getBoundingClientRect().height, when).to.equal(0);
      expect(shadowQuery(element, 'section, [part="skeleton"]'), when).to.equal(null);
    };
    // Each is looked at once its answer is drawn: before it, the placeholder stands (the test above).
    const none = gate(new MemoryAdapter({ empty: true }), 'getRecommendations');
    const empty = await mount(none.adapter);
    await waitUntil(() => none.calls === 1, 'asked');
    none.open();
    await none.answered;
    await rendered(empty);
    expectNothing(empty, 'after an empty answer');

    const failing = gate(
      Object.assign(new MemoryAdapter(), {
        getRecommendations: () => Promise.reject(new AdapterError('network', 'offline')),
      }),
      'getRecommendations',
    );
    const failed = await mount(failing.adapter);
    await waitUntil(() => failing.calls === 1, 'asked');
    failing.open();
    await failing.answered;
    await rendered(failed);
    expectNothing(failed, 'after a failed answer');

    // Nothing to wait for: it never asks, so it never keeps a place.
    const unable = await mount(new MemoryAdapter({ without: ['getRecommendations'] }));
    await rendered(unable);
    expectNothing(unable, 'without getRecommendations');
  });

  it('sits in the tracker below the parcels', async () => {
    const tracker = await fixture(
      html`<ac-order-tracker
        .adapter=${new MemoryAdapter()}
        order="BK-1001"
        email="somchai@example.com"
      ></ac-order-tracker>`,
    );
    await waitUntil(() => tracker.shadowRoot!.querySelector('ac-recommendations'), 'placed', { timeout: 4000 });
    const inner = tracker.shadowRoot!.querySelector<AcRecommendations>('ac-recommendations')!;
    expect(inner.getAttribute('placement')).to.equal('tracking');
    await waitUntil(() => inner.shadowRoot?.querySelector('[part="product"]'), 'products', { timeout: 4000 });
    const shipments = tracker.shadowRoot!.querySelector('.shipments')!;
    expect(inner.getBoundingClientRect().top).to.be.greaterThan(shipments.getBoundingClientRect().bottom - 1);
  });

  it('invites the shopper to spend store credit', async () => {
    const element = await strip(new MemoryAdapter(), { order: 'BK-1004', placement: 'return' });
    element.credit = { amount: '1180.00', currency: 'THB' };
    await element.updateComplete;
    expect(shadowQuery(element, 'h2')!.textContent).to.equal('Spend your ฿1,180 credit');
  });

  for (const lang of ['en', 'th', 'id']) {
    it(`has no axe violations in ${lang}`, async () => {
      await setLocale(lang);
      try {
        await expect(await strip()).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });
  }
});
