// DESIGN §5.2: `Order.statusPageUrl`, the shop's own page for the order, is a
// link below the parcels that says where it goes; only http(s) becomes a link.
// The demo's SG-3002 (the Singapore shop) has one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../../../src/components/order-tracker/order-tracker.js';
import type { RequestOptions } from '../../../src/core/adapter.js';
import { setLocale } from '../../../src/core/localization.js';
import type { Order, OrderRef } from '../../../src/core/schemas/index.js';
import { shadowQuery, shadowQueryAll } from '../../support/dom.js';

async function tracker(adapter = new MemoryAdapter()): Promise<AcOrderTracker> {
  const element = await fixture<AcOrderTracker>(
    html`<ac-order-tracker .adapter=${adapter} order="SG-3002" email="wei@example.com"></ac-order-tracker>`,
  );
  await waitUntil(() => shadowQuery(element, '[part="shipment"]'), 'order shown', { timeout: 5000 });
  return element;
}

/** The demo shop, its order's status page as another backend sends it. */
function withStatusPage(url: string | undefined): MemoryAdapter {
  return new (class extends MemoryAdapter {
    override async getOrder(ref: OrderRef, options?: RequestOptions): Promise<Order> {
      const { statusPageUrl: _url, ...order } = await super.getOrder(ref, options);
      return url === undefined ? order : { ...order, statusPageUrl: url };
    }
  })();
}

const link = (element: Element) => shadowQuery<HTMLAnchorElement>(element, '.status-page a');

describe('<ac-order-tracker> the shop’s status page', () => {
  afterEach(() => setLocale('en'));

  for (const [lang, text, newTab] of [
    ['en', 'See this order on the shop’s website', '(opens in a new tab)'],
    ['th', 'ดูคำสั่งซื้อนี้บนเว็บไซต์ของร้าน', 'เปิดในแท็บใหม่'],
    ['id', 'Lihat pesanan ini di situs toko', 'tab baru'],
  ] as const) {
    it(`links the demo order’s status page, in a new tab, in ${lang}`, async () => {
      await setLocale(lang);
      const element = await tracker();
      await waitUntil(() => link(element)?.textContent?.includes(text), text);
      const a = link(element)!;
      expect(a.href).to.equal('https://shop.example.com/sg/orders/SG-3002/status');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.contain('noopener');
      expect(a.textContent).to.contain(newTab);
      await expect(element).to.be.accessible();
    });
  }

  for (const hostile of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil', 'not a url']) {
    it(`refuses a status page of ${hostile}, and shows the rest`, async () => {
      const element = await tracker(withStatusPage(hostile));
      expect(link(element)).to.equal(null);
      expect(shadowQueryAll<HTMLAnchorElement>(element, 'a').some((a) => !/^https?:/.test(a.href))).to.equal(false);
      expect(shadowQuery(element, '[part="shipment"]')).not.to.equal(null);
    });
  }

  it('shows no link for an order without one', async () => {
    expect(link(await tracker(withStatusPage(undefined)))).to.equal(null);
  });
});
