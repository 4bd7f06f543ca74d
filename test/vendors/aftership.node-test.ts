// aftercare/adapters/aftership against AfterShip's own published artefacts:
// fixtures typed with @aftership/tracking-sdk, and trackings generated from
// its enums, each mapped to a shipment the zod contract accepts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Tracking } from '@aftership/tracking-sdk/dist/model/Tracking';
import { absoluteTime, fromAfterShipTracking } from '../../src/adapters/aftership/index.js';
import { withTracking } from '../../src/adapters/with-tracking.js';
import { composeAdapters } from '../../src/adapters/compose.js';
import { shipmentSchema, type Shipment } from '../../src/core/schemas/index.js';
import {
  crossBorderDelivered,
  revisedAfterFailedAttempt,
  Tag,
  TrackingFirstEstimatedDeliveryType,
  TrackingLastMileSource,
  TrackingLatestEstimatedDeliveryType,
  TrackingMultiPieceInfoPiecesType,
  waitingForPickup,
} from './fixtures/aftership.js';
import { AFTERSHIP_SUBTAGS } from './fixtures/aftership-subtags.js';

/** A whole shipment from the mapped fields, as withTracking makes one, checked by the contract. */
function shipment(tracking: Tracking): Shipment {
  const fields = fromAfterShipTracking(tracking);
  const candidate = {
    id: 'f-1',
    status: 'pending',
    carrier: { code: '', name: 'Shop' },
    items: [],
    events: [],
    ...fields,
  };
  const parsed = shipmentSchema.safeParse(candidate);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  return parsed.data;
}

describe('fromAfterShipTracking: fixtures', () => {
  it('maps a cross-border parcel with its last-mile carrier, proof of delivery and carrier-local times', () => {
    const s = shipment(crossBorderDelivered);
    assert.equal(s.status, 'delivered');
    assert.deepEqual(s.carrier, { code: 'yunexpress', name: 'Yunexpress' });
    assert.deepEqual(s.lastMile, {
      carrier: { code: 'thailand-post', name: 'Thailand Post' },
      trackingNumber: 'EF582123456TH',
      trackingUrl: 'https://track.thailandpost.co.th/?trackNumber=EF582123456TH',
    });
    assert.deepEqual(s.proofOfDelivery, {
      signedBy: 'Somchai J.',
      photoUrls: ['https://pod.example.com/EF582123456TH.jpg'],
    });
    assert.equal(s.deliveredAt, '2026-05-07T14:02:00+07:00');
    assert.equal(s.estimatedDelivery, undefined, 'no estimate once delivered');
    // Newest first; Shenzhen's local time in China's zone, Bangkok's in Thailand's, an offset kept.
    assert.deepEqual(
      s.events.map((e) => e.at),
      [
        '2026-05-07T14:02:00+07:00',
        '2026-05-07T08:05:00+07:00',
        '2026-05-02T22:40:00+08:00',
        '2026-05-01T09:15:00+08:00',
      ],
    );
    assert.equal(s.events[1]!.description, '', 'an empty message stays empty: the tracker shows the status words');
    assert.equal(s.events[1]!.location, 'Lak Si Mail Centre, Bangkok');
    assert.equal(s.events[3]!.location, 'Shenzhen, China');
    assert.equal(s.events[3]!.subStatus, 'InfoReceived_001');
  });

  it('maps a revised range estimate with its reason, the failed attempt, the reschedule page and the pieces', () => {
    const s = shipment(revisedAfterFailedAttempt);
    assert.equal(s.status, 'attempt_fail');
    assert.deepEqual(s.estimatedDelivery, {
      from: '2026-05-06',
      to: '2026-05-07',
      previous: { from: '2026-05-04', to: '2026-05-05' },
      reason: 'Nobody was home at the first attempt',
    });
    assert.equal(s.failedAttempts, 1);
    assert.equal(s.deliveryOptionsUrl, 'https://jet.co.id/reschedule/JP1234567890');
    assert.deepEqual(s.trackingNumbers, [{ number: 'JP1234567890' }, { number: 'JP1234567891' }]);
    assert.equal(s.events[0]!.at, '2026-05-05T17:30:00+07:00', 'Jakarta time');
  });

  it('maps a pickup location, a specific estimate that moved, and a 2026 subtag', () => {
    const s = shipment(waitingForPickup);
    assert.equal(s.status, 'available_for_pickup');
    assert.deepEqual(s.pickupPoint, { address: 'Flash Express, 99 Sukhumvit Soi 11, Bangkok 10110' });
    assert.deepEqual(s.estimatedDelivery, { from: '2026-05-06T18:00:00+07:00', previous: { from: '2026-05-05' } });
    assert.deepEqual(
      s.events.map((e) => [e.status, e.subStatus]),
      [
        ['available_for_pickup', undefined],
        ['exception', 'Exception_016'],
      ],
    );
  });

  it('fills a store’s shipment through withTracking', async () => {
    const adapter = withTracking(
      composeAdapters({
        getOrder: async () => ({
          id: 'o-1',
          number: '1001',
          placedAt: '2026-05-01',
          status: 'open',
          total: { amount: '1.00', currency: 'THB' },
          items: [],
          shipments: [
            {
              id: 'f-1',
              status: 'pending',
              carrier: { code: 'jet', name: 'J&T Express' },
              trackingNumber: 'JP1234567890',
              items: [],
              events: [],
            },
          ],
        }),
      }),
      {
        getTracking: async () =>
          fromAfterShipTracking(revisedAfterFailedAttempt, {
            carrierName: (slug) => (slug === 'jet' ? 'J&T Express' : undefined),
          }),
      },
    );
    const [s] = (await adapter.getOrder({ orderId: 'o-1' })).shipments;
    assert.equal(s!.status, 'attempt_fail');
    assert.equal(s!.carrier.name, 'J&T Express');
    assert.equal(s!.events.length, 2);
  });
});

describe('absoluteTime', () => {
  it('reads wall-clock times in the zone, keeps offsets, and refuses what is not a time', () => {
    assert.equal(absoluteTime('2026-05-07 08:05', 'Asia/Bangkok'), '2026-05-07T08:05:00+07:00');
    assert.equal(absoluteTime('2026-03-29T02:30:00', 'Europe/Berlin'), '2026-03-29T02:30:00+01:00');
    assert.equal(absoluteTime('2026-07-01T12:00:00', 'Europe/Berlin'), '2026-07-01T12:00:00+02:00');
    assert.equal(absoluteTime('2026-05-07T08:05:00+0700'), '2026-05-07T08:05:00+07:00');
    assert.equal(absoluteTime('2026-05-07T08:05:00'), '2026-05-07T08:05:00+00:00');
    assert.equal(absoluteTime('2026-05-07T08:05:00', 'Mars/Olympus'), '2026-05-07T08:05:00+00:00');
    assert.equal(absoluteTime('yesterday'), undefined);
    assert.equal(absoluteTime(null), undefined);
  });
});

const COUNTRIES = ['THA', 'IDN', 'SGP', 'MYS', 'CHN', 'TH', 'ID', 'USA', 'XXX', null];
const localTime = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => {
    const iso = d.toISOString();
    return fc.constantFrom(
      iso.slice(0, 19),
      iso,
      iso.slice(0, 19) + '+07:00',
      iso.slice(0, 16).replace('T', ' '),
      'not a time',
    );
  });
const url = fc.constantFrom(
  'https://carrier.example/x',
  'http://carrier.example/y',
  'javascript:alert(1)',
  '',
  undefined,
);
const tagArb = fc.constantFrom(...Object.values(Tag));
const subtagArb = fc.option(fc.constantFrom(...AFTERSHIP_SUBTAGS), { nil: undefined });
function estimateArb<T>(types: T[]) {
  return fc.option(
    fc.record({
      type: fc.constantFrom(...types),
      datetime: fc.option(localTime, { nil: null }),
      datetime_min: fc.option(localTime, { nil: null }),
      datetime_max: fc.option(localTime, { nil: null }),
    }),
    { nil: null },
  );
}
const latestArb = fc.option(
  fc.record({
    type: fc.constantFrom(...Object.values(TrackingLatestEstimatedDeliveryType)),
    datetime: fc.option(localTime, { nil: null }),
    datetime_min: fc.option(localTime, { nil: null }),
    datetime_max: fc.option(localTime, { nil: null }),
    revise_reason: fc.option(fc.string(), { nil: null }),
  }),
  { nil: null },
);

const trackingArb: fc.Arbitrary<Tracking> = fc.record(
  {
    tracking_number: fc.string({ minLength: 1, maxLength: 20 }),
    slug: fc.constantFrom('kerry-logistics', 'thailand-post', 'flash-express', 'jne', 'sicepat', 'jet', 'ninjavan'),
    tag: tagArb,
    subtag: subtagArb,
    destination_country_region: fc.constantFrom(...COUNTRIES),
    shipment_delivery_date: fc.option(localTime, { nil: null }),
    signed_by: fc.option(fc.string(), { nil: null }),
    courier_tracking_link: url,
    courier_redirect_link: url,
    failed_delivery_attempts: fc.option(fc.nat(5), { nil: null }),
    pickup_location: fc.option(fc.string(), { nil: null }),
    first_estimated_delivery: estimateArb(Object.values(TrackingFirstEstimatedDeliveryType)),
    latest_estimated_delivery: latestArb,
    last_mile: fc.option(
      fc.record({
        tracking_number: fc.string({ maxLength: 15 }),
        slug: fc.constantFrom('thailand-post', 'pos-indonesia', 'jne'),
        courier_tracking_link: url,
        source: fc.constantFrom(...Object.values(TrackingLastMileSource)),
      }),
      { nil: null },
    ),
    proof_of_delivery: fc.option(
      fc.array(fc.record({ type: fc.constantFrom('photo', 'signature'), url: url.map((u) => u ?? '') })),
      {
        nil: null,
      },
    ),
    multi_piece_info: fc.option(
      fc.record({
        pieces: fc.array(
          fc.record({
            tracking_number: fc.string({ maxLength: 12 }),
            type: fc.constantFrom(...Object.values(TrackingMultiPieceInfoPiecesType)),
          }),
          { maxLength: 4 },
        ),
      }),
      { nil: null },
    ),
    checkpoints: fc.array(
      fc.record(
        {
          checkpoint_time: localTime,
          country_region: fc.constantFrom(...COUNTRIES),
          city: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
          message: fc.string({ maxLength: 40 }),
          tag: tagArb,
          subtag: subtagArb,
        },
        { requiredKeys: ['checkpoint_time'] },
      ),
      { maxLength: 12 },
    ),
  },
  { requiredKeys: [] },
);

describe('fromAfterShipTracking: generated trackings', () => {
  it('maps every tracking built from the SDK’s enums to a valid shipment', () => {
    fc.assert(
      fc.property(trackingArb, (tracking) => {
        const s = shipment(tracking);
        const valid = (tracking.checkpoints ?? []).filter((c) => c.checkpoint_time !== 'not a time');
        assert.equal(s.events.length, valid.length, 'every checkpoint with a time becomes an event');
        for (let i = 1; i < s.events.length; i++)
          assert.ok(Date.parse(s.events[i - 1]!.at) >= Date.parse(s.events[i]!.at));
        const links = [
          s.trackingUrl,
          s.deliveryOptionsUrl,
          s.lastMile?.trackingUrl,
          ...(s.proofOfDelivery?.photoUrls ?? []),
        ];
        for (const link of links.filter(Boolean)) assert.match(link!, /^https?:\/\//, 'only web links');
        if (tracking.tag) assert.equal(s.status, fromAfterShipTracking({ tag: tracking.tag }).status);
      }),
      { numRuns: 500 },
    );
  });

  it('takes the status from a subtag’s prefix when the tag is missing, for every documented subtag', () => {
    for (const subtag of AFTERSHIP_SUBTAGS) {
      const { status } = fromAfterShipTracking({ subtag });
      const tag = subtag.split('_')[0] as keyof typeof Tag;
      assert.equal(status, fromAfterShipTracking({ tag: Tag[tag] }).status, subtag);
    }
  });
});
