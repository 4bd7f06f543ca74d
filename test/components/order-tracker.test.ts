import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import '../../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../../src/components/order-tracker/order-tracker.js';
import type { Order, TrackingStatus } from '../../src/core/schemas/index.js';
import {
  blur,
  byText,
  shadowQuery,
  shadowQueryAll,
  clipboardText,
  shopperClick,
  shownText,
  typeInto,
  waitForText,
} from '../support/dom.js';
import { proven, withEmail } from '../support/demo-contacts.js';
import { watchWidgetCalls } from '../support/widget-calls.js';
import { widgetBehaviourSuite } from '../support/widget-behaviour.js';

async function tracker(order: string | undefined, adapter: AftercareAdapter = new MemoryAdapter(), extra = {}) {
  const element = await fixture<AcOrderTracker>(
    html`<ac-order-tracker
      .adapter=${adapter}
      .order=${order}
      .email=${order ? withEmail(order).email : undefined}
      ${Object.keys(extra).length ? '' : ''}
    ></ac-order-tracker>`,
  );
  Object.assign(element, extra);
  return element;
}

async function loaded(order: string, adapter?: AftercareAdapter, extra = {}) {
  const element = await tracker(order, adapter, extra);
  await waitUntil(() => shadowQuery(element, '.order__title'), `order ${order} shown`);
  return element;
}

/** An adapter that answers with an order we shape for the test. */
function orderAdapter(order: () => Order): AftercareAdapter {
  const demo = new MemoryAdapter();
  return Object.assign(Object.create(demo) as MemoryAdapter, { getOrder: async () => structuredClone(order()) });
}

widgetBehaviourSuite({
  tag: 'ac-order-tracker',
  attributes: withEmail('BK-1002'),
  otherAttributes: withEmail('BK-1001'),
  method: 'getOrder',
  loadedText: { en: 'Out for delivery', th: 'กำลังนำส่ง' },
});

describe('<ac-order-tracker> look-up form', () => {
  it('asks for the order number and email, and checks them as the shopper types', async () => {
    const element = await tracker(undefined);
    await waitForText(element, 'Track your order');
    const order = shadowQuery<HTMLInputElement>(element, '#lookup-order')!;
    const contact = shadowQuery<HTMLInputElement>(element, '#lookup-contact')!;
    expect(contact.type).to.equal('email');
    expect(contact.autocomplete).to.equal('email');

    typeInto(contact, 'somchai@');
    blur(contact);
    await waitForText(element, 'Check your email address');
    expect(contact.getAttribute('aria-invalid')).to.equal('true');
    expect(contact.getAttribute('aria-describedby')).to.equal('lookup-contact-error');
    typeInto(contact, 'somchai@example.com');
    await waitUntil(() => !shownText(element).includes('Check your email address'), 'error clears while typing');

    // Submitting with the order number missing points at that field.
    byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
    await waitForText(element, 'Enter your order number.');
    expect(element.shadowRoot!.activeElement).to.equal(order);
  });

  it('switches to a phone number with the right keyboard', async () => {
    const element = await tracker(undefined);
    await waitForText(element, 'Find it with');
    const phone = shadowQueryAll<HTMLInputElement>(element, 'input[type="radio"][name="kind"]')[1]!;
    phone.click();
    await element.updateComplete;
    const contact = shadowQuery<HTMLInputElement>(element, '#lookup-contact')!;
    expect(contact.type).to.equal('tel');
    expect(contact.inputMode).to.equal('tel');
    typeInto(contact, '12');
    blur(contact);
    await waitForText(element, '8 to 15 digits');
  });

  it('finds an order, moves focus to it, and can track another', async () => {
    const adapter = new MemoryAdapter();
    const element = await tracker(undefined, adapter);
    await waitForText(element, 'Track your order');
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-order')!, '#bk-1002');
    typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, 'nok@example.com');
    const loadedEvent = oneEvent(element, 'ac-order-loaded');
    byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
    expect((await loadedEvent).detail.number).to.equal('BK-1002');
    await waitUntil(() => element.shadowRoot!.activeElement?.classList.contains('order__title'), 'focus on the order');
    expect(adapter.calls.filter((c) => c.method === 'getOrder').at(-1)!.input).to.deep.equal({
      orderId: 'BK-1002',
      email: 'nok@example.com',
    });

    byText<HTMLButtonElement>(element, 'button', 'Track another order').click();
    await waitForText(element, 'Track your order');
    await waitUntil(() => element.shadowRoot!.activeElement?.classList.contains('lookup__heading'));
  });

  it('answers an unknown order and a wrong email with the same message, keeping the input', async () => {
    const element = await tracker(undefined);
    const attempt = async (order: string, email: string) => {
      typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-order')!, order);
      typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, email);
      await element.updateComplete;
      expect(shadowQuery(element, '.lookup__status')!.textContent!.trim()).to.equal('');
      byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
      await waitUntil(() => shadowQuery(element, '.lookup__status')?.textContent?.includes('We could not find'));
      return shadowQuery(element, '.lookup__status')!.textContent!.trim();
    };
    await waitForText(element, 'Track your order');
    const unknown = await attempt('BK-9999', 'somchai@example.com');
    expect(shadowQuery<HTMLInputElement>(element, '#lookup-order')!.value).to.equal('BK-9999');
    const wrongEmail = await attempt('BK-1001', 'someone.else@example.com');
    expect(wrongEmail).to.equal(unknown);
    expect(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!.value).to.equal('someone.else@example.com');
  });
});

describe('<ac-order-tracker> order view', () => {
  const STATUS_LABELS: Record<TrackingStatus, [string, string]> = {
    pending: ['SG-3001', 'Order received'],
    info_received: ['BK-1001', 'Preparing to ship'],
    in_transit: ['BK-1001', 'On its way'],
    out_for_delivery: ['BK-1002', 'Out for delivery'],
    attempt_fail: ['BK-1003', 'Delivery attempt failed'],
    available_for_pickup: ['JK-2001', 'Ready for pickup'],
    delivered: ['BK-1004', 'Delivered'],
    exception: ['SG-3001', 'Delivery problem'],
    expired: ['BK-1005', 'No recent updates'],
  };

  for (const [status, [order, label]] of Object.entries(STATUS_LABELS)) {
    it(`shows a ${status} parcel as “${label}”`, async () => {
      const element = await loaded(order);
      const badges = shadowQueryAll(element, '[part="status-badge"]').map((b) => b.textContent!.replace(/\s+/g, ' '));
      expect(badges.some((badge) => badge.includes(label))).to.equal(true, badges.join(' | '));
    });
  }

  it('shows a split shipment as separate parcels with their own carrier and items', async () => {
    const element = await loaded('BK-1001');
    const parcels = shadowQueryAll(element, '[part="shipment"]');
    expect(parcels).to.have.length(2);
    expect(parcels[0]!.textContent).to.contain('Parcel 1 of 2').and.contain('Kerry Express').and.contain('Batik shirt');
    expect(parcels[1]!.textContent).to.contain('Parcel 2 of 2').and.contain('Flash Express').and.contain('rattan tote');
    // The order is as far along as its slowest parcel.
    expect(shadowQuery(element, '[aria-current="step"]')!.textContent).to.contain('Ordered');
  });

  it('reminds a cash-on-delivery shopper how much to have ready, until delivered', async () => {
    const cod = await loaded('BK-1001');
    expect(shadowQuery(cod, '[part="cod-banner"]')!.textContent).to.contain('Please have ฿1,290 ready');
    const delivered = await loaded('JK-2003');
    expect(shadowQuery(delivered, '[part="cod-banner"]')).to.equal(null);
    expect(shownText(delivered)).to.contain('Delivered and paid in cash on delivery.');
  });

  it('shows the pickup point with its opening hours and what to bring', async () => {
    const element = await loaded('JK-2001');
    const pickup = shadowQuery(element, '[part="pickup-point"]')!;
    expect(pickup.textContent).to.contain('Indomaret Dago Asri').and.contain('Open 24 hours');
    expect(shownText(element)).to.contain('Bring your order number and an ID');
    expect(shownText(element)).to.contain('Rp');
  });

  it('explains known sub-statuses in plain words', async () => {
    const customs = await loaded('SG-3001');
    expect(shadowQuery(customs, '[part="help"]')!.textContent).to.contain('customs clearance');
    const notHome = await loaded('BK-1003');
    expect(shadowQuery(notHome, '[part="help"]')!.textContent).to.contain('Nobody was available');
    const expired = await loaded('BK-1005');
    expect(shadowQuery(expired, '[part="help"]')!.textContent).to.contain('has not sent an update for a while');
  });

  it('falls back to the carrier’s description for an unknown sub-status', async () => {
    const adapter = new MemoryAdapter();
    const base = await adapter.getOrder(proven('SG-3001'));
    base.shipments[0]!.events.at(-1)!.subStatus = 'Exception_099';
    base.shipments[0]!.events.at(-1)!.description = 'Held: documents missing at the border';
    const element = await loaded(
      'SG-3001',
      orderAdapter(() => base),
    );
    expect(shadowQuery(element, '[part="help"]')!.textContent).to.contain('Held: documents missing at the border');
  });

  it('renders backend text as text and only http(s) links', async () => {
    const adapter = new MemoryAdapter();
    const base = await adapter.getOrder(proven('BK-1002'));
    base.shipments[0]!.trackingUrl = 'javascript:alert(1)';
    base.shipments[0]!.carrier.name = '<img src=x onerror=alert(1)>';
    base.items[0]!.productUrl = 'data:text/html,<script>alert(1)</script>';
    const element = await loaded(
      'BK-1002',
      orderAdapter(() => base),
    );
    expect(shadowQuery(element, '[part="carrier-link"]')).to.equal(null);
    expect(shadowQuery(element, 'img[src="x"]')).to.equal(null);
    expect(shownText(element)).to.contain('<img src=x onerror=alert(1)>');
    expect(shadowQuery(element, '.item a')).to.equal(null);
  });

  it('shows the latest five scans first and the rest behind a toggle', async () => {
    const adapter = new MemoryAdapter();
    const base = await adapter.getOrder(proven('BK-1004'));
    const events = base.shipments[0]!.events;
    base.shipments[0]!.events = [
      ...events,
      ...events.map((e, i) => ({ ...e, at: e.at.replace(/:\d\d\./, `:${10 + i}.`) })),
    ];
    const element = await loaded(
      'BK-1004',
      orderAdapter(() => base),
    );
    const shown = () => shadowQueryAll(element, '.timeline__event');
    expect(shown()).to.have.length(5);
    expect(shown()[0]!.textContent).to.contain('Delivered');
    const toggle = byText<HTMLButtonElement>(element, 'button', 'Show 7 earlier updates');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => shown().length === 12);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const times = shown().map((li) => Date.parse(li.querySelector('time')!.dateTime));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
  });

  it('writes recent times as "hours ago" and older ones as dates', async () => {
    const element = await loaded('BK-1001');
    const times = shadowQueryAll(element, '.timeline time').map((t) => t.textContent!.trim());
    expect(times).to.include('2 hours ago');
    expect(times.some((t) => /\d{4}/.test(t))).to.equal(true);
  });

  it('copies the tracking number and says so', async () => {
    const element = await loaded('BK-1002');
    await shopperClick(shadowQuery<HTMLButtonElement>(element, '[part="copy-button"]')!);
    await waitForText(element, 'Tracking number copied');
    expect(await clipboardText()).to.be.oneOf(['EF582716934TH', undefined]);
  });

  it('shows a cancelled order without a progress bar', async () => {
    const adapter = new MemoryAdapter();
    const base = await adapter.getOrder(proven('BK-1002'));
    const element = await loaded(
      'BK-1002',
      orderAdapter(() => ({ ...base, status: 'cancelled' })),
    );
    expect(shownText(element)).to.contain('This order was cancelled');
    expect(shadowQuery(element, '[part="progress"]')).to.equal(null);
    expect(shadowQuery(element, '.updates-toggle')).to.equal(null);
  });

  it('shows an order with nothing shipped yet', async () => {
    const element = await loaded('BK-1002', new MemoryAdapter({ empty: true }));
    expect(shownText(element)).to.contain('We are preparing your order');
  });
});

describe('<ac-order-tracker> return and review entries', () => {
  it('offers them once items are delivered, not before', async () => {
    expect(shadowQuery(await loaded('BK-1002'), '[part="actions"]')).to.equal(null);
    expect(shadowQuery(await loaded('BK-1004'), '[part="actions"]')).to.not.equal(null);
  });

  it('fires a cancelable intent before following return-href', async () => {
    const element = await loaded('BK-1004', undefined, { returnHref: '/returns?order={order}' });
    await element.updateComplete;
    const link = byText<HTMLAnchorElement>(element, 'a', 'Return or exchange');
    expect(link.href).to.equal(new URL('/returns?order=BK-1004', location.href).href);

    let followed: boolean | undefined;
    const onClick = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // Keep the test page where it is.
    };
    window.addEventListener('click', onClick);
    try {
      const intent = oneEvent(element, 'ac-return-requested');
      link.click();
      const event = await intent;
      expect(event.detail).to.deep.equal({ orderId: 'BK-1004', href: link.href });
      expect(event.cancelable).to.equal(true);
      expect(followed).to.equal(true);

      element.addEventListener('ac-return-requested', (e) => e.preventDefault(), { once: true });
      link.click();
      expect(followed).to.equal(false);
    } finally {
      window.removeEventListener('click', onClick);
    }
  });

  it('only follows http(s) templates', async () => {
    const element = await loaded('BK-1004', undefined, { reviewHref: 'javascript:alert({order})' });
    await element.updateComplete;
    const review = byText(element, 'button', 'Write a review');
    expect(review.tagName).to.equal('BUTTON');
    const intent = oneEvent(element, 'ac-review-requested');
    review.click();
    expect((await intent).detail).to.deep.equal({ orderId: 'BK-1004' });
  });
});

describe('<ac-order-tracker> delivery updates', () => {
  it('checks the address for the channel and subscribes once, even on a double tap', async () => {
    const adapter = new MemoryAdapter({ latency: 50 });
    const element = await loaded('BK-1001', adapter);
    expect(shadowQuery(element, '[part="subscribe-form"]')).to.equal(null);
    byText<HTMLButtonElement>(element, 'button', 'Get delivery updates').click();
    await waitUntil(() => shadowQuery(element, '[part="subscribe-form"]'), 'form opens');
    await waitUntil(() => element.shadowRoot!.activeElement?.matches('.subscribe input'), 'focus moves into it');
    const channels = shadowQueryAll<HTMLInputElement>(element, 'input[name="channel"]');
    channels[1]!.click(); // SMS
    await element.updateComplete;
    const address = shadowQuery<HTMLInputElement>(element, '#subscribe-address')!;
    expect(address.type).to.equal('tel');
    typeInto(address, '081');
    const submit = byText<HTMLButtonElement>(element, 'button', 'Subscribe');
    submit.click();
    await waitForText(element, 'Check your phone number');
    typeInto(address, '0812345678');
    const subscribed = oneEvent(element, 'ac-updates-subscribed');
    submit.click();
    submit.click();
    expect((await subscribed).detail).to.deep.equal({ orderId: 'BK-1001', channel: 'sms' });
    await waitForText(element, 'We will send you an update');
    const store = await adapter.demoStore();
    expect(await store.subscriptions()).to.deep.equal([{ orderId: 'BK-1001', channel: 'sms', address: '0812345678' }]);
  });

  it('is not offered when the adapter cannot subscribe', async () => {
    const element = await loaded('BK-1001', new MemoryAdapter({ without: ['subscribeToUpdates'] }));
    expect(shadowQuery(element, '.updates-toggle')).to.equal(null);
  });
});

describe('<ac-order-tracker> polling', () => {
  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
  });

  function changingAdapter() {
    const adapter = new MemoryAdapter();
    let calls = 0;
    let base: Order | undefined;
    const polled: AftercareAdapter = Object.assign(Object.create(adapter) as MemoryAdapter, {
      async getOrder() {
        calls++;
        base ??= await adapter.getOrder(proven('BK-1002'));
        const order = structuredClone(base);
        if (calls > 1) order.shipments[0]!.status = 'delivered';
        return order;
      },
    });
    return { polled, calls: () => calls };
  }

  it('refreshes quietly and announces a status change', async () => {
    const { polled, calls } = changingAdapter();
    const element = await loaded('BK-1002', polled, { pollInterval: 0.1 });
    await waitUntil(() => calls() >= 2, 'a poll', { timeout: 2000 });
    await waitUntil(() =>
      shadowQuery(element, '[role="status"][aria-live="polite"]')!.textContent!.includes('Update: Delivered'),
    );
    expect(shadowQuery(element, '[part="skeleton"]')).to.equal(null);
    expect(shadowQuery(element, '[part="status-badge"]')!.textContent).to.contain('Delivered');
  });

  it('pauses while the page is hidden and catches up when shown', async () => {
    const { polled, calls } = changingAdapter();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await loaded('BK-1002', polled, { pollInterval: 0.05 });
    await aTimeout(300);
    expect(calls()).to.equal(1);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => calls() >= 2, 'poll after becoming visible');
  });

  it('never has two requests in flight', async () => {
    const demo = new MemoryAdapter();
    const slow: AftercareAdapter = Object.assign(Object.create(demo) as MemoryAdapter, {
      async getOrder() {
        await aTimeout(150);
        return demo.getOrder(proven('BK-1002'));
      },
    });
    const element = await loaded('BK-1002', slow);
    // The tracker's own requests, counted before identical reads are merged into one.
    const requests = watchWidgetCalls(element, 'getOrder');
    element.pollInterval = 0.02;
    await waitUntil(() => requests.calls >= 3, 'polls', { timeout: 3000 });
    expect(requests.most).to.equal(1);
  });
});

describe('<ac-order-tracker> accessibility', () => {
  for (const lang of ['en', 'th', 'id']) {
    it(`has no axe violations in ${lang}`, async () => {
      const { setLocale } = await import('../../src/core/localization.js');
      await setLocale(lang);
      const element = await loaded('BK-1001');
      await expect(element).to.be.accessible();
      const form = await tracker(undefined);
      await waitUntil(() => shadowQuery(form, 'form'));
      await expect(form).to.be.accessible();
      await setLocale('en');
    });
  }
});
