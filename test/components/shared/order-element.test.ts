import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoAccessToken, MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { OrderElement } from '../../../src/components/shared/order-element.js';
import type { AftercareAdapter } from '../../../src/core/adapter.js';
import { type AnalyticsEvent, configure, globalSettings } from '../../../src/core/config.js';
import { AdapterError } from '../../../src/core/errors.js';
import type { Order, OrderRef } from '../../../src/core/schemas/index.js';
import { getOrder } from '../../../src/generated/contract-schemas.js';
import { byText, shadowQuery, shownText, typeInto, waitForText } from '../../support/dom.js';

/** The smallest order widget: it shows the order number once the order is loaded. */
class TestOrderElement extends OrderElement {
  static override contract = { getOrder };
  lookupStarts = 0;
  readonly loaded: Order[] = [];
  readonly failures: unknown[] = [];

  readonly orderTask = this.createOrderTask({
    load: (adapter, ref, signal) => adapter.getOrder(ref, { signal }),
    onComplete: (order) => this.loaded.push(order),
    onError: (error) => this.failures.push(error),
  });

  protected override get lookupHeading(): string {
    return 'Find your test order';
  }

  protected override lookupStarted(): void {
    this.lookupStarts++;
  }

  /** The protected orderRef, for the test to read. */
  get ref(): OrderRef | undefined {
    return this.orderRef;
  }

  protected override render() {
    return this.renderOrderTask(this.orderTask, {
      skeleton: [2, 4],
      loadingLabel: 'Loading the order…',
      complete: (order) => html`<h2 class="order-number">${order.number}</h2>`,
    });
  }
}
customElements.define('test-order-element', TestOrderElement);

const SOMCHAI = 'somchai@example.com'; // BK-1001's email at checkout

interface Mount {
  adapter?: AftercareAdapter;
  order?: string;
  email?: string;
  phone?: string;
  token?: string;
}

async function mount({ adapter, order, email, phone, token }: Mount = {}): Promise<TestOrderElement> {
  const element = document.createElement('test-order-element') as TestOrderElement;
  if (adapter) element.adapter = adapter;
  for (const [name, value] of Object.entries({ order, email, phone, token })) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  return element;
}

const orderShown = (element: TestOrderElement) => shadowQuery(element, '.order-number')?.textContent;
const getOrderCalls = (adapter: MemoryAdapter) =>
  adapter.calls.filter((call) => call.method === 'getOrder').map((call) => call.input);

/** Fills in the look-up form and sends it, as a shopper would. */
async function lookUp(element: TestOrderElement, order: string, email: string): Promise<void> {
  await waitUntil(() => shadowQuery(element, '#lookup-order'), 'the look-up form');
  typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-order')!, order);
  typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, email);
  await element.updateComplete;
  byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
}

/** Every ac-error-shown on the page while a test runs. */
let shownErrors: string[] = [];
const recordError = (event: Event) => shownErrors.push((event as CustomEvent<{ code: string }>).detail.code);

describe('OrderElement', () => {
  beforeEach(() => {
    shownErrors = [];
    document.addEventListener('ac-error-shown', recordError);
  });
  afterEach(() => document.removeEventListener('ac-error-shown', recordError));

  describe('without an order', () => {
    it('shows the look-up form under the element’s own heading, and reads nothing', async () => {
      const adapter = new MemoryAdapter();
      const element = await mount({ adapter });
      await waitUntil(() => shadowQuery(element, '.lookup__heading'), 'the look-up form');
      expect(shadowQuery(element, '.lookup__heading')!.textContent!.trim()).to.equal('Find your test order');
      expect(shadowQuery(element, '#lookup-order')).to.not.equal(null);
      expect(shadowQuery(element, '#lookup-contact')).to.not.equal(null);
      expect(element.lookupStarts).to.equal(1);
      expect(getOrderCalls(adapter)).to.deep.equal([]);
    });

    it('does not start a look-up when an order is given', async () => {
      const element = await mount({ adapter: new MemoryAdapter(), order: 'BK-1001', email: SOMCHAI });
      await waitUntil(() => orderShown(element), 'the order');
      expect(element.lookupStarts).to.equal(0);
    });

    it('loads the order the shopper typed, with the email, and shows it', async () => {
      const adapter = new MemoryAdapter({ latency: 200 });
      const element = await mount({ adapter });
      await lookUp(element, 'bk-1001', SOMCHAI);
      const button = () => byText<HTMLButtonElement>(element, 'button', 'Looking up your order…');
      await waitUntil(() => button().disabled, 'the form is busy while the order loads');
      await waitUntil(() => orderShown(element) === 'BK-1001', 'the order is shown');
      expect(getOrderCalls(adapter)).to.deep.equal([{ orderId: 'BK-1001', email: SOMCHAI }]);
      expect(element.getAttribute('order'), 'the order is reflected').to.equal('BK-1001');
      expect(element.email).to.equal(SOMCHAI);
      expect(element.loaded.map((order) => order.id)).to.deep.equal(['BK-1001']);
      expect(shadowQuery(element, '[part="lookup-form"]')).to.equal(null);
    });

    it('comes back to the form with what was typed when no order matches', async () => {
      const adapter = new MemoryAdapter();
      const element = await mount({ adapter });
      await lookUp(element, 'BK-9999', SOMCHAI);
      await waitForText(element, 'We could not find an order with these details.');
      expect(shadowQuery<HTMLInputElement>(element, '#lookup-order')!.value).to.equal('BK-9999');
      expect(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!.value).to.equal(SOMCHAI);
      expect(byText<HTMLButtonElement>(element, 'button', 'Find my order').disabled).to.equal(false);
      expect(element.order).to.equal(undefined);
      expect(shownErrors).to.deep.equal(['not_found']);
      expect(shadowQuery(element, '[part="error"]'), 'no error box instead of the form').to.equal(null);
      expect(element.lookupStarts, 'the look-up does not start over').to.equal(1);
    });

    it('answers a wrong email like an unknown order, and finds it once corrected', async () => {
      const adapter = new MemoryAdapter();
      const element = await mount({ adapter });
      await lookUp(element, 'BK-1001', 'nok@example.com');
      await waitForText(element, 'We could not find an order with these details.');
      typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, SOMCHAI);
      await element.updateComplete;
      expect(shownText(element), 'the message goes once the shopper edits').to.not.contain('could not find');
      byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
      await waitUntil(() => orderShown(element) === 'BK-1001', 'the order after the correction');
    });
  });

  describe('with an order', () => {
    it('shows the skeleton, not the form, while the given order loads', async () => {
      const element = await mount({ adapter: new MemoryAdapter({ latency: 300 }), order: 'BK-1001', email: SOMCHAI });
      await waitUntil(() => shadowQuery(element, '[part="skeleton"]'), 'the skeleton');
      expect(shownText(element)).to.contain('Loading the order…');
      expect(shadowQuery(element, '[part="lookup-form"]')).to.equal(null);
      await waitUntil(() => orderShown(element) === 'BK-1001', 'the order');
    });

    it('passes the token from a signed link to the adapter', async () => {
      const adapter = new MemoryAdapter();
      const token = demoAccessToken('BK-1001');
      const element = await mount({ adapter, order: 'BK-1001', token });
      await waitUntil(() => orderShown(element), 'the order');
      expect(getOrderCalls(adapter)).to.deep.equal([{ orderId: 'BK-1001', token }]);
      expect(element.ref).to.deep.equal({ orderId: 'BK-1001', token });
    });

    it('builds the order reference from the proof it has, leaving out what is empty', async () => {
      const element = await mount({ adapter: new MemoryAdapter(), order: 'BK-1001', email: SOMCHAI, phone: '' });
      expect(element.ref).to.deep.equal({ orderId: 'BK-1001', email: SOMCHAI });
      element.order = undefined;
      expect(element.ref).to.equal(undefined);
    });

    it('loads again when the email or the phone changes', async () => {
      const adapter = new MemoryAdapter();
      const element = await mount({ adapter, order: 'BK-1001', email: SOMCHAI });
      await waitUntil(() => element.loaded.length === 1, 'the first read');
      element.setAttribute('phone', '+66812345678');
      await waitUntil(() => element.loaded.length === 2, 'a read after the phone changed');
      element.removeAttribute('phone');
      element.email = 'SOMCHAI@example.com';
      await waitUntil(() => element.loaded.length === 3, 'a read after the email changed');
      expect(getOrderCalls(adapter)).to.deep.equal([
        { orderId: 'BK-1001', email: SOMCHAI },
        { orderId: 'BK-1001', email: SOMCHAI, phone: '+66812345678' },
        { orderId: 'BK-1001', email: 'SOMCHAI@example.com' },
      ]);
    });

    it('shows the error state, not the form, when the given order is not found', async () => {
      const element = await mount({ adapter: new MemoryAdapter(), order: 'BK-9999', email: SOMCHAI });
      await waitUntil(() => shadowQuery(element, '[part="error"]'), 'the error state');
      expect(shadowQuery(element, '[part="error"]')!.dataset.code).to.equal('not_found');
      expect(shadowQuery(element, '[part="lookup-form"]')).to.equal(null);
      expect(shownErrors).to.deep.equal(['not_found']);
      expect(element.failures).to.have.length(1);
    });

    it('asks the shopper to prove an order the backend will not show without proof', async () => {
      const demo = new MemoryAdapter();
      const proving = {
        getOrder: async (ref: OrderRef) => {
          if (!ref.email && !ref.phone) throw new AdapterError('unauthorized', 'proof needed', { status: 401 });
          return demo.getOrder(ref);
        },
      } as unknown as AftercareAdapter;
      const element = await mount({ adapter: proving, order: 'BK-1001' });
      await waitForText(element, 'Enter the email or phone number you used for order BK-1001.');
      expect(shadowQuery(element, '#lookup-order'), 'the order is not asked again').to.equal(null);
      expect(shownErrors, 'a question, not an error').to.deep.equal([]);
      typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, SOMCHAI);
      await element.updateComplete;
      byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
      await waitUntil(() => orderShown(element) === 'BK-1001', 'the order once proved');
      expect(element.email).to.equal(SOMCHAI);
    });
    it('tells the shopper when the proof does not match, and reads again when it is sent again', async () => {
      const demo = new MemoryAdapter();
      let reads = 0;
      const proving = {
        getOrder: async (ref: OrderRef) => {
          reads++;
          if (!ref.email && !ref.phone) throw new AdapterError('unauthorized', 'proof needed', { status: 401 });
          return demo.getOrder(ref);
        },
      } as unknown as AftercareAdapter;
      const element = await mount({ adapter: proving, order: 'BK-1001' });
      await waitUntil(() => shadowQuery(element, '#lookup-contact'), 'the proof form');
      typeInto(shadowQuery<HTMLInputElement>(element, '#lookup-contact')!, 'nok@example.com');
      await element.updateComplete;
      const send = () => byText<HTMLButtonElement>(element, 'button', 'Find my order').click();
      send();
      await waitForText(element, 'We could not find an order with these details.');
      expect(element.order, 'the order stays named').to.equal('BK-1001');
      const before = reads;
      send();
      await waitUntil(() => reads === before + 1, 'the same proof is tried again');
      const button = () => shadowQuery<HTMLButtonElement>(element, 'button[type="submit"]')!;
      await waitUntil(() => !button().disabled, 'the form is not busy any more');
      expect(button().textContent!.trim()).to.equal('Find my order');
      expect(shownText(element)).to.contain('We could not find an order with these details.');
      expect(shownErrors).to.deep.equal(['not_found', 'not_found']);
    });
  });

  describe('adapter and analytics', () => {
    let events: AnalyticsEvent[] = [];
    const before = { ...globalSettings() };
    beforeEach(() => {
      events = [];
      configure({ adapter: undefined, analytics: (event) => events.push(event) });
    });
    afterEach(() => configure({ adapter: before.adapter, analytics: before.analytics }));

    it('shows the error state when no adapter is configured anywhere', async () => {
      const element = await mount({ order: 'BK-1001', email: SOMCHAI });
      await waitUntil(() => shadowQuery(element, '[part="error"]'), 'the error state');
      expect(shadowQuery(element, '[part="error"]')!.dataset.code).to.equal('unavailable');
      expect(shownErrors).to.deep.equal(['unavailable']);
      expect((element.failures[0] as Error).message, 'the developer learns why').to.contain('No adapter');
      expect(events.filter((event) => event.name === 'error').map((event) => event.value)).to.deep.equal([
        'unavailable',
      ]);
    });

    it('uses the adapter from configure() when the element has none', async () => {
      const adapter = new MemoryAdapter();
      configure({ adapter });
      const element = await mount({ order: 'BK-1001', email: SOMCHAI });
      await waitUntil(() => orderShown(element) === 'BK-1001', 'the order through configure()');
      expect(getOrderCalls(adapter)).to.have.length(1);
    });

    it('reports widget_viewed once, with the order and nothing personal', async () => {
      const element = await mount({ adapter: new MemoryAdapter(), order: 'BK-1001', email: SOMCHAI });
      await waitUntil(() => orderShown(element), 'the order');
      element.order = 'BK-1004';
      await waitUntil(() => orderShown(element) === 'BK-1004', 'the second order');
      const viewed = events.filter((event) => event.name === 'widget_viewed');
      expect(viewed).to.have.length(1);
      expect(viewed[0]).to.include({ widget: 'test-order-element', orderId: 'BK-1001' });
      expect(JSON.stringify(events)).to.not.contain(SOMCHAI);
    });

    it('reports widget_viewed without an order for the look-up form', async () => {
      await mount({ adapter: new MemoryAdapter() });
      await waitUntil(() => events.some((event) => event.name === 'widget_viewed'));
      expect(events.find((event) => event.name === 'widget_viewed')).to.not.have.property('orderId');
    });
  });
});
