import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { describeChanges, PollingController } from '../../../src/components/order-tracker/polling-controller.js';
import type { Order, TrackingStatus } from '../../../src/core/schemas/index.js';

/** A host whose interval and poll the test sets before it joins the page. */
class PollingHost extends LitElement {
  interval = 0.02;
  poll: (signal: AbortSignal) => Promise<void> = async () => undefined;
  readonly polling = new PollingController(this, {
    interval: () => this.interval,
    poll: (signal) => this.poll(signal),
  });
}
customElements.define('test-polling-host', PollingHost);

/** Counts the polls, how many ran at once, and the signal of each. */
function recorder(duration: (call: number) => Promise<void> = async () => undefined) {
  const record = { calls: 0, running: 0, most: 0, signals: [] as AbortSignal[] };
  const poll = async (signal: AbortSignal) => {
    record.calls++;
    record.signals.push(signal);
    record.running++;
    record.most = Math.max(record.most, record.running);
    try {
      await duration(record.calls);
    } finally {
      record.running--;
    }
  };
  return { record, poll };
}

async function pollingHost(options: Partial<Pick<PollingHost, 'interval' | 'poll'>>): Promise<PollingHost> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = Object.assign(document.createElement('test-polling-host') as PollingHost, options);
  container.append(element);
  return element;
}

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('PollingController', () => {
  beforeEach(() => {
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('polls again and again on the interval', async () => {
    const { record, poll } = recorder();
    await pollingHost({ interval: 0.02, poll });
    await waitUntil(() => record.calls >= 3, 'three polls');
  });

  it('schedules the next poll only after the previous one settles', async () => {
    const release: (() => void)[] = [];
    const { record, poll } = recorder(() => new Promise<void>((resolve) => release.push(resolve)));
    await pollingHost({ interval: 0.02, poll });
    await waitUntil(() => record.calls === 1, 'the first poll');
    // Many intervals go by while the first poll is still out: nothing else starts.
    await aTimeout(200);
    expect(record.calls).to.equal(1);
    release[0]!();
    await waitUntil(() => record.calls === 2, 'the next poll once the first settled');
    release[1]!();
  });

  it('never has two polls in flight when a poll is slower than the interval', async () => {
    const { record, poll } = recorder(() => aTimeout(80));
    await pollingHost({ interval: 0.01, poll });
    await waitUntil(() => record.calls >= 4, 'four polls', { timeout: 3000 });
    expect(record.most).to.equal(1);
  });

  it('does not start a second poll when restarted while one is in flight', async () => {
    const release: (() => void)[] = [];
    const { record, poll } = recorder(() => new Promise<void>((resolve) => release.push(resolve)));
    const element = await pollingHost({ interval: 0.02, poll });
    await waitUntil(() => record.calls === 1, 'the first poll');
    // A fresh load restarts the interval while the poll is still out.
    element.polling.restart();
    await aTimeout(150);
    expect(record.calls).to.equal(1);
    release[0]!();
    await waitUntil(() => record.calls === 2, 'polling goes on once the poll settled');
    release[1]!();
    expect(record.most).to.equal(1);
  });

  it('keeps polling after a poll fails', async () => {
    const { record, poll } = recorder(async (call) => {
      if (call === 1) throw new Error('offline');
    });
    await pollingHost({ interval: 0.02, poll });
    await waitUntil(() => record.calls >= 3, 'polls after the failure');
  });

  it('does not poll while the page is hidden, and catches up when it is shown again', async () => {
    const { record, poll } = recorder();
    setVisibility('hidden');
    await pollingHost({ interval: 0.02, poll });
    await aTimeout(200);
    expect(record.calls, 'no poll in a hidden tab').to.equal(0);
    setVisibility('visible');
    await waitUntil(() => record.calls >= 1, 'a poll as soon as the page is visible', { timeout: 500 });
    await waitUntil(() => record.calls >= 3, 'polling goes on after catching up');
  });

  it('does not poll early when the page is shown before a poll was due', async () => {
    const { record, poll } = recorder();
    await pollingHost({ interval: 60, poll });
    setVisibility('hidden');
    setVisibility('visible');
    await aTimeout(100);
    expect(record.calls).to.equal(0);
  });

  it('stops when the host leaves the page, aborting the poll in flight, and resumes when it is back', async () => {
    const { record, poll } = recorder(() => aTimeout(100));
    const element = await pollingHost({ interval: 0.02, poll });
    await waitUntil(() => record.running === 1, 'a poll in flight');
    const container = element.parentElement!;
    element.remove();
    expect(record.signals[0]!.aborted, 'the poll in flight is aborted').to.equal(true);
    await aTimeout(250);
    const afterRemoval = record.calls;
    expect(afterRemoval).to.equal(1);
    container.append(element);
    await waitUntil(() => record.calls > afterRemoval, 'polling resumes in the page');
  });

  it('does not poll with an interval of 0, and starts when the interval changes', async () => {
    const { record, poll } = recorder();
    const element = await pollingHost({ interval: 0, poll });
    await aTimeout(100);
    expect(record.calls).to.equal(0);
    element.interval = 0.02;
    element.requestUpdate();
    await waitUntil(() => record.calls >= 1, 'a poll after the interval was set');
  });
});

describe('describeChanges', () => {
  let base: Order;
  before(async () => {
    base = await new MemoryAdapter().getOrder({ orderId: 'BK-1002', email: 'nok@example.com' });
  });

  /** The demo order with the given parcels. */
  function withParcels(...statuses: [id: string, status: TrackingStatus][]): Order {
    return { ...base, shipments: statuses.map(([id, status]) => ({ ...base.shipments[0]!, id, status })) };
  }

  it('names the new status of a single parcel', () => {
    const before = withParcels(['a', 'out_for_delivery']);
    expect(describeChanges(withParcels(['a', 'delivered']), before)).to.equal('Update: Delivered');
  });

  it('numbers the parcel that changed when there are several', () => {
    const before = withParcels(['a', 'in_transit'], ['b', 'out_for_delivery']);
    const after = withParcels(['a', 'in_transit'], ['b', 'delivered']);
    expect(describeChanges(after, before)).to.equal('Update: Parcel 2: Delivered');
  });

  it('lists every changed parcel in order', () => {
    const before = withParcels(['a', 'info_received'], ['b', 'out_for_delivery'], ['c', 'in_transit']);
    const after = withParcels(['a', 'in_transit'], ['b', 'out_for_delivery'], ['c', 'available_for_pickup']);
    expect(describeChanges(after, before)).to.equal('Update: Parcel 1: On its way and Parcel 3: Ready for pickup');
  });

  it('counts a parcel that was not there before as a change', () => {
    const before = withParcels(['a', 'delivered']);
    const after = withParcels(['a', 'delivered'], ['b', 'info_received']);
    expect(describeChanges(after, before)).to.equal('Update: Parcel 2: Preparing to ship');
  });
});
