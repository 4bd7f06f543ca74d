import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter, RequestOptions } from '../../src/core/adapter.js';
import { scenario, WIDGET_TAGS } from '../support/elements.js';

interface Call {
  method: string;
  signal?: AbortSignal;
  settled: boolean;
}

/** The demo adapter, slowed down and watched: every call with its signal and whether it has finished. */
function watchedAdapter(latency: number) {
  const calls: Call[] = [];
  const demo = new MemoryAdapter({ latency });
  const adapter = new Proxy(demo, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || typeof name !== 'string' || name === 'constructor') return value;
      return (input: unknown, opts?: RequestOptions) => {
        const call: Call = { method: name, ...(opts?.signal ? { signal: opts.signal } : {}), settled: false };
        calls.push(call);
        const result = (value as (i: unknown, o?: RequestOptions) => Promise<unknown>).call(target, input, opts);
        return result.finally(() => (call.settled = true));
      };
    },
  }) as AftercareAdapter;
  return { adapter, calls };
}

// Every widget of the registry; the tracker refreshes every second.
const WIDGETS = WIDGET_TAGS.map((tag) => scenario(tag, tag === 'ac-order-tracker' ? { 'poll-interval': '1' } : {}));

describe('removed widgets go quiet: a single-page shop navigating away', function () {
  this.timeout(60_000);
  const failures: string[] = [];
  const onError = (event: ErrorEvent) => failures.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => failures.push(String(event.reason));
  beforeEach(() => {
    failures.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('a tracker that refreshes every second stops when it is removed', async () => {
    const { adapter, calls } = watchedAdapter(0);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const tracker = Object.assign(document.createElement('ac-order-tracker'), { adapter });
    tracker.setAttribute('order', 'JK-2001');
    tracker.setAttribute('email', 'dewi@example.com');
    tracker.setAttribute('poll-interval', '1');
    container.append(tracker);
    const reads = () => calls.filter((call) => call.method === 'getOrder').length;
    await waitUntil(() => reads() >= 2, 'a refresh after one second', { timeout: 4000 });
    tracker.remove();
    const afterRemoval = reads();
    await aTimeout(2500);
    expect(reads(), 'reads after removal').to.equal(afterRemoval);
    expect(failures).to.deep.equal([]);
  });

  it('mounted and removed 25 times each while loading: every request is cancelled, nothing throws', async () => {
    const { adapter, calls } = watchedAdapter(300);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const leaks: string[] = [];
    for (let round = 0; round < 25; round++) {
      for (const [tag, attributes] of WIDGETS) {
        const element = Object.assign(document.createElement(tag), { adapter });
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        container.append(element);
        // Leave at once, or a little later, while the data is still on its way.
        await aTimeout(round % 5);
        element.remove();
        // Nobody will read what is still on its way: it must be cancelled now, not left to finish.
        await Promise.resolve();
        const open = calls.filter((call) => !call.settled && !call.signal?.aborted);
        leaks.push(...open.map((call) => `${tag} ${call.method}`));
        for (const call of open) call.settled = true;
      }
    }
    expect(leaks, 'requests left running after removal').to.deep.equal([]);
    // Each mount asked again: a cancelled read is not shared with the next one.
    expect(calls.length).to.be.greaterThan(WIDGETS.length * 10);
    await aTimeout(400);
    expect(failures).to.deep.equal([]);
    expect(container.children.length).to.equal(0);
  });
});
