import type * as Model from '../../core/schemas/index.js';
import { type Localized, pick } from './localized.js';

/** What real carriers add to a parcel (DESIGN §5.2), as the demo orders write it: texts in each language. */
export interface DemoShipmentDetails {
  trackingNumbers?: Model.Shipment['trackingNumbers'];
  lastMile?: Model.Shipment['lastMile'];
  estimatedDelivery?: { from: string; to?: string; previous?: { from: string; to?: string }; reason?: Localized };
  proofOfDelivery?: { signedBy?: string; photoUrls?: string[]; place?: Localized };
  failedAttempts?: number;
  deliveryOptionsUrl?: string;
  courier?: Model.Shipment['courier'];
  pickupPoint?: {
    name?: Localized;
    address: Localized;
    openingHours?: Localized;
    phone?: string;
    collectBy?: string;
    pickupCode?: string;
  };
}

/** The seed's relative dates ("day 3", "ago 1 2") of the details made absolute. */
export function datedDetails(details: DemoShipmentDetails, when: (value: string) => string): DemoShipmentDetails {
  const range = (r: { from: string; to?: string }) => ({ from: when(r.from), ...(r.to && { to: when(r.to) }) });
  const { estimatedDelivery: estimate, pickupPoint: point } = details;
  return {
    ...(estimate && {
      estimatedDelivery: {
        ...estimate,
        ...range(estimate),
        ...(estimate.previous && { previous: range(estimate.previous) }),
      },
    }),
    ...(point && { pickupPoint: { ...point, ...(point.collectBy && { collectBy: when(point.collectBy) }) } }),
  };
}

/** The details of one demo parcel in one language, each present only when the seed has it. */
export function shipmentDetails(s: DemoShipmentDetails, locale: string): Partial<Model.Shipment> {
  const estimate = s.estimatedDelivery;
  const proof = s.proofOfDelivery;
  const point = s.pickupPoint;
  const text = (value: Localized | undefined) => (value ? pick(value, locale) : undefined);
  const defined = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  return defined({
    trackingNumbers: s.trackingNumbers,
    lastMile: s.lastMile,
    estimatedDelivery: estimate && defined({ ...estimate, reason: text(estimate.reason) }),
    proofOfDelivery: proof && defined({ ...proof, place: text(proof.place) }),
    failedAttempts: s.failedAttempts,
    deliveryOptionsUrl: s.deliveryOptionsUrl,
    courier: s.courier,
    pickupPoint:
      point &&
      defined({
        ...point,
        name: text(point.name),
        address: pick(point.address, locale),
        openingHours: text(point.openingHours),
      }),
  });
}
