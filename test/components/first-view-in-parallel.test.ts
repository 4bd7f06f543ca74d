// The code of a first view (the tracker's parcels, the wizard's items step) is
// fetched while the order is on its way, not after it arrives: on a slow phone
// network the two round trips would otherwise add up (README, Size).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import '../../src/components/order-tracker/define.js';
import '../../src/components/return-wizard/define.js';
import { withEmail } from '../support/demo-contacts.js';
import { shadowQuery } from '../support/dom.js';

/** A MemoryAdapter whose order reads answer only once `open()` is called. */
function heldAdapter() {
  const memory = new MemoryAdapter();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const held: AftercareAdapter = Object.assign(Object.create(memory) as MemoryAdapter, {
    async getOrder(...args: Parameters<MemoryAdapter['getOrder']>) {
      await gate;
      return memory.getOrder(...args);
    },
    async getReturnOptions(...args: Parameters<MemoryAdapter['getReturnOptions']>) {
      await gate;
      return memory.getReturnOptions(...args);
    },
  });
  return { held, open };
}

/** Whether the page has requested a module whose URL matches, since `start`. */
const requestedSince = (module: RegExp, start: number) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.startTime >= start && module.test(new URL(entry.name).pathname));

describe('first views load in parallel with the data', () => {
  it("the tracker fetches the parcels' view while the order is still on its way", async () => {
    const { held, open } = heldAdapter();
    const start = performance.now();
    const element = await fixture(
      html`<ac-order-tracker .adapter=${held} order="BK-1002" email=${withEmail('BK-1002').email}></ac-order-tracker>`,
    );
    await waitUntil(
      () => requestedSince(/\/order-tracker\/parts\/shipment\./, start),
      "the parcels' view requested before the order answered",
      { timeout: 5000 },
    );
    expect(shadowQuery(element, '[part="shipment"]'), 'no parcel before the order').to.equal(null);
    open();
    await waitUntil(() => shadowQuery(element, '[part="shipment"]'), 'the parcels shown once the order answers', {
      timeout: 5000,
    });
  });

  it('the wizard fetches its items step while the order and its return options are on their way', async () => {
    const { held, open } = heldAdapter();
    const start = performance.now();
    const element = await fixture(
      html`<ac-return-wizard .adapter=${held} order="JK-2003" email=${withEmail('JK-2003').email}></ac-return-wizard>`,
    );
    await waitUntil(
      () => requestedSince(/\/return-wizard\/steps\/items\.chunk\./, start),
      'the items step requested before the order answered',
      { timeout: 5000 },
    );
    expect(shadowQuery(element, '[part="return-item"]'), 'no item before the order').to.equal(null);
    open();
    await waitUntil(() => shadowQuery(element, '[part="return-item"]'), 'the items shown once the order answers');
  });
});
