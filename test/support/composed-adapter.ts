import { composeAdapters } from '../../src/adapters/compose.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { type TrackingSource, withTracking } from '../../src/adapters/with-tracking.js';

/** Only the named methods of an adapter, bound to it: one part of a composed adapter. */
function part<T extends object, K extends keyof T>(adapter: T, ...methods: K[]): Pick<T, K> {
  return Object.fromEntries(
    methods.map((method) => [method, (adapter[method] as (...args: unknown[]) => unknown).bind(adapter)]),
  ) as Pick<T, K>;
}

/** A tracking service that has seen every parcel leave the hub, with the time it was asked. */
export const hubTracker: TrackingSource = {
  async getTracking({ trackingNumber }) {
    return {
      status: 'in_transit',
      trackingUrl: `https://track.example.com/${encodeURIComponent(trackingNumber)}`,
      events: [{ at: new Date().toISOString(), status: 'in_transit', subStatus: 'InTransit_007', description: '' }],
    };
  },
};

/**
 * The demo shop as a store would assemble one: orders and returns from its
 * platform, reviews and surveys from another service, loyalty from a third,
 * the parcels' progress from a tracking service.
 */
export function composedDemoAdapter() {
  const platform = new MemoryAdapter();
  const reviews = new MemoryAdapter();
  const loyalty = new MemoryAdapter();
  return withTracking(
    composeAdapters(
      part(platform, 'getOrder', 'getReturnOptions', 'createReturn', 'getReturn', 'subscribeToUpdates'),
      part(reviews, 'getReviewRequest', 'submitReview', 'submitNps'),
      part(loyalty, 'getLoyalty', 'getRecommendations'),
      // A later part never overrides an earlier one.
      part(new MemoryAdapter({ fail: 'unavailable' }), 'getOrder', 'getLoyalty'),
    ),
    hubTracker,
  );
}
