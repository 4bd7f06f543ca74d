import { expect } from '@open-wc/testing';
import { composeAdapters } from '../../src/adapters/compose.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { type TrackingQuery, type TrackingSource, withTracking } from '../../src/adapters/with-tracking.js';
import type { AdapterError } from '../../src/core/errors.js';
import type { Order } from '../../src/core/schemas/index.js';
import { proven } from '../support/demo-contacts.js';

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

const order: Order = {
  id: 'SH-1',
  number: '#1001',
  placedAt: '2026-05-01T10:00:00+07:00',
  status: 'open',
  total: { amount: '700.00', currency: 'THB' },
  items: [],
  shipments: [
    {
      id: 'f-1',
      status: 'info_received',
      carrier: { code: 'kerry-logistics', name: 'Kerry Express' },
      trackingNumber: 'KEX123',
      items: [{ lineItemId: 'li-1', quantity: 1 }],
      events: [],
    },
    { id: 'f-2', status: 'pending', carrier: { code: '', name: 'Own van' }, items: [], events: [] },
  ],
};

describe('composeAdapters', () => {
  it('takes each method from the first part that has it', async () => {
    const loyalty = new MemoryAdapter();
    const adapter = composeAdapters(
      { getOrder: async () => order },
      { getLoyalty: (ref) => loyalty.getLoyalty(ref), getOrder: async () => ({ ...order, id: 'later' }) },
    );
    expect((await adapter.getOrder({ orderId: 'SH-1' })).id).to.equal('SH-1');
    expect((await adapter.getLoyalty!({ customerId: 'cust-gold' })).customerId).to.equal('cust-gold');
  });

  it('keeps the methods of class instances bound to them', async () => {
    const adapter = composeAdapters(new MemoryAdapter());
    expect((await adapter.getOrder(proven('BK-1001'))).id).to.equal('BK-1001');
  });

  it('leaves out an optional method no part has, and answers unavailable for a required one', async () => {
    const adapter = composeAdapters({ getOrder: async () => order });
    expect('getRecommendations' in adapter).to.equal(false);
    expect('getLoyalty' in adapter).to.equal(false);
    expect((await rejection(adapter.getReturn('RMA-1'))).code).to.equal('unavailable');
  });
});

describe('withTracking', () => {
  const asked: TrackingQuery[] = [];
  const tracker: TrackingSource = {
    async getTracking(query) {
      asked.push(query);
      return {
        status: 'out_for_delivery',
        courier: { name: 'Somsak', phone: '+66812345678' },
        events: [{ at: '2026-05-03T08:10:00+07:00', status: 'out_for_delivery', description: 'With the rider' }],
      };
    },
  };
  beforeEach(() => (asked.length = 0));

  it('fills each tracked shipment from the tracker and keeps its id and items', async () => {
    const tracked = await withTracking(composeAdapters({ getOrder: async () => order }), tracker).getOrder({
      orderId: 'SH-1',
    });
    expect(asked).to.deep.equal([{ carrier: 'kerry-logistics', trackingNumber: 'KEX123' }]);
    expect(tracked.shipments[0]).to.deep.include({
      id: 'f-1',
      status: 'out_for_delivery',
      items: order.shipments[0]!.items,
    });
    expect(tracked.shipments[0]!.events).to.have.length(1);
    expect(tracked.shipments[1], 'a shipment without a number stays as it is').to.deep.equal(order.shipments[1]);
  });

  it('keeps the store’s pickup code when the tracker knows only the address', async () => {
    const atCounter: TrackingSource = {
      getTracking: async () => ({ status: 'available_for_pickup', pickupPoint: { address: '99 Sukhumvit Soi 11' } }),
    };
    const stored = {
      ...order,
      shipments: [{ ...order.shipments[0]!, pickupPoint: { address: 'old', pickupCode: 'K-4411' } }],
    };
    const tracked = await withTracking(composeAdapters({ getOrder: async () => stored }), atCounter).getOrder({
      orderId: 'SH-1',
    });
    expect(tracked.shipments[0]!.pickupPoint).to.deep.equal({ address: '99 Sukhumvit Soi 11', pickupCode: 'K-4411' });
  });

  it('keeps the store’s own view when the tracker fails, but not when the shopper gave up', async () => {
    const down: TrackingSource = { getTracking: () => Promise.reject(new Error('502 from the tracker')) };
    const tracked = await withTracking(composeAdapters({ getOrder: async () => order }), down).getOrder({
      orderId: 'SH-1',
    });
    expect(tracked).to.deep.equal(order);

    const controller = new AbortController();
    const aborting: TrackingSource = {
      getTracking: () => {
        controller.abort();
        return Promise.reject(new DOMException('aborted', 'AbortError'));
      },
    };
    const error = await withTracking(composeAdapters({ getOrder: async () => order }), aborting)
      .getOrder({ orderId: 'SH-1' }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('tracks a return’s reverse delivery, and passes every other method through', async () => {
    const memory = new MemoryAdapter();
    const adapter = withTracking(
      composeAdapters(
        {
          getReturn: async (id) => ({
            id,
            orderId: 'SH-1',
            createdAt: '2026-05-04',
            status: 'in_transit',
            returnShipment: { ...order.shipments[0]!, id: 'r-1' },
          }),
        },
        memory,
      ),
      tracker,
    );
    expect((await adapter.getReturn('RMA-1')).returnShipment?.status).to.equal('out_for_delivery');
    expect((await adapter.getOrder(proven('BK-1002'))).id).to.equal('BK-1002');
    expect(typeof adapter.getRecommendations).to.equal('function');
  });
});
