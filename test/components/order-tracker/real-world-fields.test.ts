// DESIGN §5.2: what real carriers send beyond the round-one model, shown as the
// best tracking pages show it, in en, th and id; and a shipment with garbage in
// it still shows everything that is not garbage.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../../../src/components/order-tracker/order-tracker.js';
import type { AftercareAdapter } from '../../../src/core/adapter.js';
import { type AnalyticsEvent, configure } from '../../../src/core/config.js';
import { formatDate, formatDateRange } from '../../../src/core/format/dates.js';
import { setLocale } from '../../../src/core/localization.js';
import type { Order, Shipment } from '../../../src/core/schemas/index.js';
import { byText, shadowQuery, shadowQueryAll, shopperClick, shownText, waitForText } from '../../support/dom.js';

/** The e-mail each of these demo orders was placed with: the proof a shopper gives. */
const EMAIL: Record<string, string> = {
  'BK-1006': 'pim@example.com',
  'SG-3002': 'wei@example.com',
  'BK-1007': 'kanya@example.com',
  'BK-1008': 'niran@example.com',
  'JK-2004': 'rina@example.com',
  'JK-2005': 'agus@example.com',
  'BK-1009': 'ploy@example.com',
  'BK-1001': 'somchai@example.com',
};

async function demoOrder(id: string): Promise<Order> {
  return new MemoryAdapter().getOrder({ orderId: id, email: EMAIL[id]! });
}

async function tracker(order: string, adapter: AftercareAdapter = new MemoryAdapter()) {
  const element = await fixture<AcOrderTracker>(
    html`<ac-order-tracker .adapter=${adapter} order=${order} email=${EMAIL[order]!}></ac-order-tracker>`,
  );
  await waitUntil(() => shadowQuery(element, '.order__title'), `order ${order} shown`, { timeout: 5000 });
  return element;
}

/** The demo order, reshaped for one test, as a backend might send it. */
function answering(order: Order): AftercareAdapter {
  return Object.assign(Object.create(new MemoryAdapter()) as MemoryAdapter, {
    getOrder: async () => structuredClone(order),
  });
}

const firstShipment = (order: Order): Shipment => order.shipments[0]!;

/** Each language's words for the new views. */
const WORDS = {
  en: {
    piece: 'Piece 2 of 2',
    lastMile: 'Delivered in your country by',
    now: 'Now expected',
    was: '(was',
    signed: 'Signed by N. Saelim',
    left: 'Left at: Building reception',
    photo: 'Photo of the delivered parcel',
    reschedule: 'Reschedule or change delivery',
    attempts: '2 delivery attempts so far',
    rider: 'Your rider: Pak Joko',
    call: 'Call the rider',
    code: 'Pickup code',
    collect: 'Collect by',
  },
  th: {
    piece: 'ชิ้นที่ 2 จาก 2',
    lastMile: 'นำส่งในประเทศของคุณโดย',
    now: 'คาดว่าจะได้รับ',
    was: '(เดิม',
    signed: 'ลงชื่อรับโดย N. Saelim',
    left: 'วางไว้ที่: เคาน์เตอร์ต้อนรับของอาคาร',
    photo: 'รูปถ่ายพัสดุที่จัดส่งสำเร็จ',
    reschedule: 'นัดวันส่งใหม่หรือเปลี่ยนการจัดส่ง',
    attempts: 'พยายามนำส่งแล้ว 2 ครั้ง',
    rider: 'พนักงานจัดส่ง: Pak Joko',
    call: 'โทรหาพนักงานจัดส่ง',
    code: 'รหัสรับพัสดุ',
    collect: 'กรุณารับพัสดุภายใน',
  },
  id: {
    piece: 'Koli 2 dari 2',
    lastMile: 'Diantar di negara Anda oleh',
    now: 'Kini diperkirakan tiba',
    was: '(sebelumnya',
    signed: 'Ditandatangani oleh N. Saelim',
    left: 'Diletakkan di: Resepsionis gedung',
    photo: 'Foto paket yang terkirim',
    reschedule: 'Jadwalkan ulang atau ubah pengantaran',
    attempts: 'Sudah 2 kali percobaan pengantaran',
    rider: 'Kurir Anda: Pak Joko',
    call: 'Telepon kurir',
    code: 'Kode pengambilan',
    collect: 'Ambil paling lambat',
  },
};

for (const lang of ['en', 'th', 'id'] as const) {
  const words = WORDS[lang];
  describe(`<ac-order-tracker> real-world parcel fields in ${lang}`, () => {
    before(() => setLocale(lang));
    after(() => setLocale('en'));

    it('lists each piece of a two-piece parcel with its own number and copy button', async () => {
      const element = await tracker('BK-1006');
      await waitForText(element, words.piece);
      const numbers = shadowQueryAll(element, '.tracking-number code').map((code) => code.textContent);
      expect(numbers).to.deep.equal(['KEX1006552001', 'KEX1006552001', 'KEX1006552002']);
      const copyButtons = shadowQueryAll<HTMLButtonElement>(element, '[part="copy-button"]');
      const live = shadowQuery(element, '.tracker ~ [role="status"]')!;
      expect(live.textContent).to.equal('');
      await shopperClick(copyButtons[2]!);
      // Only the copied number says so.
      await waitUntil(() => copyButtons[2]!.textContent !== copyButtons[1]!.textContent, 'the copied one says so');
      // The live region says it was copied (the clipboard took it).
      await waitUntil(() => live.textContent !== '', 'announced');
      await expect(element).to.be.accessible();
    });

    it('names the last-mile carrier with its own tracking number and link', async () => {
      const element = await tracker('SG-3002');
      await waitForText(element, words.lastMile);
      expect(shownText(element)).to.contain('Thailand Post').and.contain('EF302277154TH');
      const links = shadowQueryAll<HTMLAnchorElement>(element, '[part="carrier-link"]').map((a) => a.href);
      expect(links).to.include('https://track.thailandpost.co.th/?trackNumber=EF302277154TH');
      await expect(element).to.be.accessible();
    });

    it('shows a revised estimate against the one before, with the carrier’s reason', async () => {
      const order = await demoOrder('BK-1007');
      const estimate = firstShipment(order).estimatedDelivery!;
      const element = await tracker('BK-1007');
      const now = formatDateRange(estimate.from, estimate.to, 'day');
      const was = formatDateRange(estimate.previous!.from, estimate.previous!.to, 'day');
      await waitForText(element, `${words.now} ${now} ${words.was} ${was})`);
      const reason = (await new MemoryAdapter().getOrder({ orderId: 'BK-1007', email: EMAIL['BK-1007']! }))
        .shipments[0]!.estimatedDelivery!.reason!;
      expect(shownText(element)).to.contain(reason);
      await expect(element).to.be.accessible();
    });

    it('shows proof of delivery: who signed, where, and a lazy photo in a fixed box that opens larger', async () => {
      const element = await tracker('BK-1008');
      await waitForText(element, words.signed);
      expect(shownText(element)).to.contain(words.left);
      const thumb = shadowQuery<HTMLImageElement>(element, '.proof__photo summary img')!;
      expect(thumb.alt).to.equal(words.photo);
      expect([thumb.loading, thumb.width, thumb.height]).to.deep.equal(['lazy', 96, 96]);
      const box = thumb.getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([96, 96]);
      const details = shadowQuery<HTMLDetailsElement>(element, '.proof__photo')!;
      expect(details.open).to.equal(false);
      shadowQuery<HTMLElement>(element, '.proof__photo summary')!.click();
      await waitUntil(() => details.open, 'photo opens');
      await waitUntil(
        () => shadowQuery<HTMLImageElement>(element, '.proof__large')!.getBoundingClientRect().width > 96,
      );
      await expect(element).to.be.accessible();
    });

    it('offers the carrier’s reschedule page after a failed attempt, with the attempts so far', async () => {
      const element = await tracker('JK-2004');
      await waitForText(element, words.attempts);
      const link = byText<HTMLAnchorElement>(element, 'a', words.reschedule);
      expect(link.href).to.equal('https://www.sicepat.com/reschedule?awb=004400512377');
      expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
      await expect(element).to.be.accessible();
    });

    it('lets the shopper call the rider while the parcel is out for delivery', async () => {
      const element = await tracker('JK-2005');
      await waitForText(element, words.rider);
      expect(byText<HTMLAnchorElement>(element, 'a', words.call).href).to.equal('tel:+6281211122233');
      await expect(element).to.be.accessible();
    });

    it('shows the pickup code large enough for the counter, with the last day to collect', async () => {
      const order = await demoOrder('BK-1009');
      const element = await tracker('BK-1009');
      await waitForText(element, words.code);
      const code = shadowQuery(element, '.pickup__code strong')!;
      expect(code.textContent).to.equal('482 915');
      const body = parseFloat(getComputedStyle(shadowQuery(element, '.pickup')!).fontSize);
      expect(parseFloat(getComputedStyle(code).fontSize)).to.be.at.least(body * 1.75);
      expect(shownText(element)).to.contain(
        `${words.collect} ${formatDate(firstShipment(order).pickupPoint!.collectBy!, 'day')}`,
      );
      await expect(element).to.be.accessible();
    });
  });
}

describe('<ac-order-tracker> real-world fields: the rules around them', () => {
  it('shows no reschedule link that is not http(s), and none before an attempt failed', async () => {
    const order = await demoOrder('JK-2004');
    firstShipment(order).deliveryOptionsUrl = 'javascript:alert(1)';
    let element = await tracker('JK-2004', answering(order));
    await waitForText(element, '2 delivery attempts so far');
    expect(shownText(element)).not.to.contain('Reschedule or change delivery');

    const travelling = await demoOrder('JK-2004');
    Object.assign(firstShipment(travelling), { status: 'in_transit', failedAttempts: undefined });
    element = await tracker('JK-2004', answering(travelling));
    expect(shownText(element)).not.to.contain('Reschedule or change delivery');
  });

  it('shows the rider only while out for delivery, and never a phone that is not one', async () => {
    const delivered = await demoOrder('JK-2005');
    firstShipment(delivered).status = 'delivered';
    let element = await tracker('JK-2005', answering(delivered));
    expect(shownText(element)).not.to.contain('Call the rider');
    expect(shownText(element)).not.to.contain('Pak Joko');

    const odd = await demoOrder('JK-2005');
    firstShipment(odd).courier = { name: 'Pak Joko', phone: 'javascript:alert(1)' };
    element = await tracker('JK-2005', answering(odd));
    await waitForText(element, 'Your rider: Pak Joko');
    expect(shadowQuery(element, 'a[href^="tel:"]')).to.equal(null);
  });

  it('shows a pickup point without a name, and an event without text as its status words', async () => {
    const order = await demoOrder('BK-1009');
    const shipment = firstShipment(order);
    delete shipment.pickupPoint!.name;
    shipment.events.at(-1)!.description = '';
    const element = await tracker('BK-1009', answering(order));
    expect(shadowQuery(element, '.pickup__name')).to.equal(null);
    const latest = shadowQuery(element, '.timeline__event--latest .timeline__description')!;
    expect(latest.textContent).to.equal('Ready for pickup');
  });

  it('renders a shipment with one malformed event and one bad optional field, and reports both', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    const events: AnalyticsEvent[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    configure({ analytics: (event) => events.push(event) });
    try {
      const order = await demoOrder('BK-1001');
      const shipment = firstShipment(order);
      const good = shipment.events.filter((_, index) => index !== 1);
      (shipment.events[1] as { at: unknown }).at = 'yesterday at noon';
      (shipment as { trackingUrl: unknown }).trackingUrl = { href: 'https://example.com' };
      const element = await tracker('BK-1001', answering(order));
      await waitUntil(() => shadowQuery(element, '[part="timeline"]'), 'timeline');
      expect(shadowQuery(element, '[part="error"]')).to.equal(null);
      // Everything else is there: both parcels, the number, the other scans.
      expect(shadowQueryAll(element, '[part="shipment"]')).to.have.length(order.shipments.length);
      expect(shownText(element)).to.contain(shipment.trackingNumber!);
      // Four scans, one broken: the other three show, newest first, and the broken one is gone.
      const timeline = shadowQuery(element, '#timeline-sh-1001-a')!;
      const shown = [...timeline.querySelectorAll('.timeline__description')].map((p) => p.textContent);
      expect(shown).to.deep.equal(good.map((event) => event.description).reverse());
      // No link for the broken URL; the other parcel's carrier link stays.
      const links = shadowQueryAll<HTMLAnchorElement>(element, '[part="carrier-link"]').map((a) => a.href);
      expect(links).to.deep.equal([order.shipments[1]!.trackingUrl]);
      const dropped = ['shipments.0.events.1', 'shipments.0.trackingUrl'];
      for (const path of dropped) {
        expect(warnings.some((w) => w.includes(`getOrder: left out ${path}`))).to.equal(true, path);
        const reported = events.find((e) => e.name === 'error' && e.value === `invalid_response getOrder ${path}`);
        expect(reported?.widget, path).to.equal('ac-order-tracker');
      }
      await expect(element).to.be.accessible();
    } finally {
      console.warn = warn;
      configure({ analytics: undefined });
    }
  });

  it('still fails an order without what it cannot do without', async () => {
    const order = await demoOrder('BK-1001');
    (order as { number: unknown }).number = 7;
    const element = await fixture<AcOrderTracker>(
      html`<ac-order-tracker
        .adapter=${answering(order)}
        order="BK-1001"
        email="somchai@example.com"
      ></ac-order-tracker>`,
    );
    await waitUntil(() => shadowQuery(element, '[part="error"]'), 'error state', { timeout: 5000 });
  });
});
