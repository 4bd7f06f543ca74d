import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../../src/core/adapter.js';
import type { SupportLinks } from '../../../src/core/config.js';
import type { UpdateSubscriptionReceipt } from '../../../src/core/schemas/index.js';
import '../../../src/components/order-tracker/define.js';
import '../../../src/components/provider/define.js';
import type { AcOrderTracker } from '../../../src/components/order-tracker/order-tracker.js';
import { byText, shadowQuery, shadowQueryAll, waitForText } from '../../support/dom.js';
import { withEmail } from '../../support/demo-contacts.js';
import { setViewport } from '../../support/viewport.js';

/** The tracker for BK-1001 (in transit), its updates form open on LINE. */
async function lineForm(adapter: AftercareAdapter, support: SupportLinks = { line: '@baankafe' }) {
  const { email } = withEmail('BK-1001');
  const provider = await fixture(
    html`<ac-provider .support=${support}>
      <ac-order-tracker .adapter=${adapter} order="BK-1001" .email=${email}></ac-order-tracker>
    </ac-provider>`,
  );
  const element = provider.querySelector<AcOrderTracker>('ac-order-tracker')!;
  await waitUntil(() => shadowQuery(element, '.updates-toggle'), 'the updates button shows');
  shadowQuery<HTMLButtonElement>(element, '.updates-toggle')!.click();
  await waitUntil(() => shadowQuery(element, '[part="subscribe-form"]'), 'the form opens');
  shadowQueryAll<HTMLInputElement>(element, 'input[name="channel"]')[2]!.click(); // LINE
  await element.updateComplete;
  return element;
}

async function connect(element: AcOrderTracker) {
  byText<HTMLButtonElement>(element, 'button', 'Connect LINE').click();
  await waitUntil(() => shadowQuery(element, '[part="line-connect"]'), 'the code is shown');
  return shadowQuery(element, '.line-connect__code')!.textContent!.trim();
}

/** The demo adapter's methods, some replaced. */
function around(demo: MemoryAdapter, overrides: Partial<AftercareAdapter>): AftercareAdapter {
  const methods = ['getOrder', 'getReturnOptions', 'createReturn', 'getReturn', 'subscribeToUpdates'] as const;
  return {
    ...Object.fromEntries(methods.map((method) => [method, demo[method].bind(demo)])),
    getUpdateSubscription: demo.getUpdateSubscription.bind(demo),
    ...overrides,
  } as AftercareAdapter;
}

/** Until the tracker has read the subscription `count` times and shows the answer. */
async function checked(adapter: MemoryAdapter, element: AcOrderTracker, count: number) {
  await waitUntil(() => adapter.calls.filter((call) => call.method === 'getUpdateSubscription').length >= count);
  await waitUntil(() => !shadowQuery<HTMLButtonElement>(element, '.line-connect .link-button')?.disabled);
}

/** The shopper comes back to the page from LINE. */
function comeBack() {
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<ac-order-tracker> updates by LINE', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('asks for no LINE ID: "Connect LINE" opens the Official Account with the one-time code typed in', async () => {
    const adapter = new MemoryAdapter();
    const element = await lineForm(adapter);
    expect(shadowQuery(element, '#subscribe-address')).to.equal(null);
    await waitForText(element, 'No LINE ID needed');
    await expect(element).to.be.accessible();

    const code = await connect(element);
    expect(code).to.match(/^[A-HJ-NP-Z2-9]{8}$/);
    const link = shadowQuery<HTMLAnchorElement>(element, '[part="line-connect-link"]')!;
    expect(link.textContent!.trim()).to.equal('Connect LINE');
    expect(link.href).to.equal(`https://line.me/R/oaMessage/@baankafe/?${code}`);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    await waitForText(element, 'Waiting for your LINE message');
    const store = await adapter.demoStore();
    expect(await store.subscriptions()).to.deep.equal([
      { orderId: 'BK-1001', channel: 'line', address: 'line-official-account' },
    ]);
    await expect(element).to.be.accessible();
  });

  it('shows the link as a QR code on a wide screen only', async () => {
    await setViewport({ width: 1024, height: 768 });
    const wide = await lineForm(new MemoryAdapter());
    await connect(wide);
    await waitUntil(() => shadowQuery(wide, '[part="line-connect-qr"] svg path'), 'the QR code is drawn');
    const qr = shadowQuery(wide, '[part="line-connect-qr"] svg')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR code that opens our LINE account');
    expect(qr.getBoundingClientRect().width).to.be.greaterThan(100);
    await expect(wide).to.be.accessible();

    await setViewport({ width: 375, height: 700 });
    const narrow = await lineForm(new MemoryAdapter());
    await connect(narrow);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shadowQuery(narrow, '[part="line-connect-qr"]')).to.equal(null);
  });

  it('shows the subscription as active when the shopper comes back from LINE', async () => {
    const adapter = new MemoryAdapter();
    const element = await lineForm(adapter);
    const code = await connect(element);
    comeBack();
    await checked(adapter, element, 1);
    await waitForText(element, 'Waiting for your LINE message');
    expect(shownTextOf(element)).not.to.contain('Connected');

    expect(adapter.connectLine('WRONG123')).to.equal(false);
    expect(adapter.connectLine(code)).to.equal(true);
    comeBack();
    await waitForText(element, 'Connected. We will send you an update in LINE');
    expect(shadowQuery(element, '[part="line-connect"]')).to.equal(null);
    const reads = adapter.calls.filter((call) => call.method === 'getUpdateSubscription');
    expect(reads.length).to.be.greaterThan(1);
    expect(reads[0]!.input).to.deep.equal({ orderId: 'BK-1001', subscriptionId: 'line_1' });
    await expect(element).to.be.accessible();
  });

  it('"I have sent it" checks at once', async () => {
    const adapter = new MemoryAdapter();
    const element = await lineForm(adapter);
    adapter.connectLine(await connect(element));
    byText<HTMLButtonElement>(element, 'button', 'I have sent it').click();
    await waitForText(element, 'Connected.');
  });

  it('offers a new code once the old one no longer works', async () => {
    const demo = new MemoryAdapter();
    const expired = async (ref: { orderId: string; subscriptionId: string }) => {
      const receipt = await demo.getUpdateSubscription(ref);
      return { ...receipt, lineCodeExpiresAt: new Date(Date.now() - 1000).toISOString() } as UpdateSubscriptionReceipt;
    };
    const element = await lineForm(around(demo, { getUpdateSubscription: expired }));
    await connect(element);
    comeBack();
    await waitForText(element, 'This code no longer works.');
    await expect(element).to.be.accessible();
    byText<HTMLButtonElement>(element, 'button', 'Get a new code').click();
    await waitUntil(() => shadowQuery(element, '[part="subscribe-form"]'), 'the form is back');
    const again = await connect(element);
    expect(again).to.match(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('without the store’s LINE account, shows the code to send', async () => {
    const element = await lineForm(new MemoryAdapter(), {});
    await connect(element);
    await waitForText(element, 'Send this code to our LINE Official Account');
    expect(shadowQuery(element, '[part="line-connect-link"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('uses the backend’s link, and only a line.me one', async () => {
    const demo = new MemoryAdapter();
    const answering = (url: string) =>
      around(demo, {
        subscribeToUpdates: async (...args: Parameters<MemoryAdapter['subscribeToUpdates']>) => ({
          ...(await demo.subscribeToUpdates(...args))!,
          lineConnectUrl: url,
        }),
      });
    const given = await lineForm(answering('https://line.me/R/oaMessage/@fromserver/?X'), {});
    await connect(given);
    expect(shadowQuery<HTMLAnchorElement>(given, '[part="line-connect-link"]')!.href).to.equal(
      'https://line.me/R/oaMessage/@fromserver/?X',
    );
    const elsewhere = await lineForm(answering('https://evil.example/?X'), { line: '@baankafe' });
    await connect(elsewhere);
    expect(shadowQuery<HTMLAnchorElement>(elsewhere, '[part="line-connect-link"]')!.href).to.match(
      /^https:\/\/line\.me\/R\/oaMessage\/@baankafe\/\?[A-Z2-9]{8}$/,
    );
  });
});

function shownTextOf(element: AcOrderTracker) {
  return element.shadowRoot!.textContent ?? '';
}
