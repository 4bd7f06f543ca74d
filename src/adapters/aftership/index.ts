/**
 * `aftercare/adapters/aftership`: AfterShip Tracking API (2026-07) trackings
 * as Aftercare shipment fields. Pure and browser-safe: fetching trackings
 * needs the store's AfterShip key, so that is the server's business; this
 * maps what it hands over, in the browser or on the server alike.
 */
import type { TrackingUpdate } from '../with-tracking.js';
import type { Shipment, TrackingEvent, TrackingStatus } from '../../core/schemas/index.js';
import { absoluteTime, zoneOf } from '../local-time.js';

export { absoluteTime, zoneOf } from '../local-time.js';

type Maybe<T> = T | null | undefined;

/** AfterShip's 9 delivery statuses (the `tag` of a tracking and of each checkpoint). */
export const AFTERSHIP_TAGS = {
  Pending: 'pending',
  InfoReceived: 'info_received',
  InTransit: 'in_transit',
  OutForDelivery: 'out_for_delivery',
  AttemptFail: 'attempt_fail',
  Delivered: 'delivered',
  AvailableForPickup: 'available_for_pickup',
  Exception: 'exception',
  Expired: 'expired',
} as const satisfies Record<string, TrackingStatus>;

export interface AfterShipCheckpoint {
  checkpoint_time?: string;
  location?: Maybe<string>;
  city?: Maybe<string>;
  state?: Maybe<string>;
  country_region?: Maybe<string>;
  country_region_name?: Maybe<string>;
  message?: string;
  tag?: string;
  subtag?: string;
}

interface AfterShipEstimate {
  type?: string;
  datetime?: Maybe<string>;
  datetime_min?: Maybe<string>;
  datetime_max?: Maybe<string>;
}

type TrackingText =
  | 'destination_country_region'
  | 'origin_country_region'
  | 'shipment_delivery_date'
  | 'signed_by'
  | 'pickup_location'
  | 'courier_tracking_link'
  | 'courier_redirect_link'
  | 'aftership_tracking_url';

/** The fields of an AfterShip tracking this mapper reads (its SDK's `Tracking` fits). */
export type AfterShipTracking = { [K in TrackingText]?: Maybe<string> } & {
  id?: string;
  tracking_number?: string;
  slug?: string;
  tag?: string;
  subtag?: string;
  checkpoints?: AfterShipCheckpoint[];
  failed_delivery_attempts?: Maybe<number>;
  first_estimated_delivery?: Maybe<AfterShipEstimate>;
  latest_estimated_delivery?: Maybe<AfterShipEstimate & { revise_reason?: Maybe<string> }>;
  last_mile?: Maybe<{ tracking_number?: string; slug?: string; courier_tracking_link?: Maybe<string> }>;
  proof_of_delivery?: Maybe<{ type?: string; url?: string }[]>;
  multi_piece_info?: Maybe<{ pieces?: { tracking_number?: string }[] }>;
};

export interface AfterShipOptions {
  /** The carrier's name for a slug ("kerry-logistics" → "Kerry Express"); default: the slug in words. */
  carrierName?: (slug: string) => string | undefined;
  /** The zone of a local time whose checkpoint and destination have no country we know; default UTC. */
  timeZone?: string;
}

/** A status from a tag, or from a subtag's prefix ("Exception_016") when the tag is missing or new. */
function statusOf(tag: Maybe<string>, subtag: Maybe<string>): TrackingStatus | undefined {
  const tags: Record<string, TrackingStatus> = AFTERSHIP_TAGS;
  return (tag && tags[tag]) || (subtag ? tags[subtag.split('_')[0]!] : undefined);
}

const web = (url: Maybe<string>) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function words(slug: string): string {
  return slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function estimate(value: Maybe<AfterShipEstimate>, zone: string | undefined) {
  if (!value) return undefined;
  const range = value.type === 'range' || (!value.datetime && value.datetime_min);
  const from = absoluteTime(range ? value.datetime_min : value.datetime, zone);
  if (!from) return undefined;
  const to = range ? absoluteTime(value.datetime_max, zone) : undefined;
  return to && to !== from ? { from, to } : { from };
}

function event(c: AfterShipCheckpoint, zone: string | undefined, fallback: TrackingStatus): TrackingEvent | undefined {
  const at = absoluteTime(c.checkpoint_time, zoneOf(c.country_region) ?? zone);
  if (!at) return undefined;
  const place = c.location?.trim() || [c.city, c.state, c.country_region_name].filter(Boolean).join(', ');
  return {
    at,
    status: statusOf(c.tag, c.subtag) ?? fallback,
    ...(c.subtag ? { subStatus: c.subtag } : {}),
    // An empty description is allowed: the tracker then shows the status in words.
    description: c.message?.trim() ?? '',
    ...(place ? { location: place } : {}),
  };
}

const drop = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * One AfterShip tracking as shipment fields: status, events (newest first,
 * every local time made absolute with its checkpoint's or the destination's
 * zone), estimate with the first one as `previous` once revised, proof of
 * delivery, the carrier's reschedule link, the last-mile carrier, the pieces
 * of a multi-piece parcel and the pickup location. What the tracking does not
 * say is left out, so `withTracking` keeps the store's own value.
 */
export function fromAfterShipTracking(tracking: AfterShipTracking, options: AfterShipOptions = {}): TrackingUpdate {
  const zone = zoneOf(tracking.destination_country_region) ?? options.timeZone;
  const nameOf = (slug: string) => options.carrierName?.(slug) ?? words(slug);
  const status = statusOf(tracking.tag, tracking.subtag) ?? 'pending';
  const events = (tracking.checkpoints ?? [])
    .map((c) => event(c, zone, status))
    .filter((e): e is TrackingEvent => !!e)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  const latest = estimate(tracking.latest_estimated_delivery, zone);
  const first = estimate(tracking.first_estimated_delivery, zone);
  const revised = latest && first && (first.from !== latest.from || first.to !== latest.to);
  const reason = tracking.latest_estimated_delivery?.revise_reason?.trim();

  const photos = (tracking.proof_of_delivery ?? []).map((p) => web(p.url)).filter((u): u is string => !!u);
  const signedBy = tracking.signed_by?.trim();
  const main = tracking.tracking_number;
  const pieces = (tracking.multi_piece_info?.pieces ?? [])
    .map((p) => p.tracking_number?.trim())
    .filter((n): n is string => !!n);
  const lastMile = tracking.last_mile;
  const crossesOver =
    lastMile?.tracking_number &&
    (lastMile.tracking_number !== main || (lastMile.slug && lastMile.slug !== tracking.slug));

  const update: TrackingUpdate = drop({
    status,
    carrier: tracking.slug ? { code: tracking.slug, name: nameOf(tracking.slug) } : undefined,
    trackingNumber: main || undefined,
    trackingUrl: web(tracking.courier_tracking_link) ?? web(tracking.aftership_tracking_url),
    events,
    estimatedDelivery:
      latest && status !== 'delivered'
        ? drop({ ...latest, previous: revised ? first : undefined, reason: revised ? reason || undefined : undefined })
        : undefined,
    deliveredAt: status === 'delivered' ? absoluteTime(tracking.shipment_delivery_date, zone) : undefined,
    proofOfDelivery:
      photos.length || signedBy
        ? drop({ signedBy: signedBy || undefined, photoUrls: photos.length ? photos : undefined })
        : undefined,
    failedAttempts: tracking.failed_delivery_attempts ?? undefined,
    deliveryOptionsUrl: web(tracking.courier_redirect_link),
    lastMile: crossesOver
      ? drop({
          carrier: { code: lastMile.slug ?? '', name: lastMile.slug ? nameOf(lastMile.slug) : '' },
          trackingNumber: lastMile.tracking_number!,
          trackingUrl: web(lastMile.courier_tracking_link),
        })
      : undefined,
    trackingNumbers: pieces.length > 1 ? [...new Set(pieces)].map((number) => ({ number })) : undefined,
    pickupPoint: tracking.pickup_location?.trim() ? { address: tracking.pickup_location.trim() } : undefined,
  } satisfies { [K in keyof TrackingUpdate]: TrackingUpdate[K] | undefined });
  return update;
}

export type { Shipment, TrackingUpdate };
