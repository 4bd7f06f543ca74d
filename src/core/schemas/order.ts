import * as z from 'zod/mini';
import { isoDateString, moneySchema, nonEmptyString, nonNegativeInt, positiveInt } from './primitives.js';

export const TRACKING_STATUSES = [
  'pending',
  'info_received',
  'in_transit',
  'out_for_delivery',
  'attempt_fail',
  'available_for_pickup',
  'delivered',
  'exception',
  'expired',
] as const;
export const trackingStatusSchema = z.enum(TRACKING_STATUSES);

export const PAYMENT_METHODS = ['card', 'cod', 'bank_transfer', 'wallet', 'other'] as const;

export const lineItemSchema = z.object({
  id: nonEmptyString,
  productId: nonEmptyString,
  variantId: z.optional(z.string()),
  title: z.string(),
  variantTitle: z.optional(z.string()),
  imageUrl: z.optional(z.string()),
  productUrl: z.optional(z.string()),
  quantity: positiveInt,
  unitPrice: moneySchema,
});

export const trackingEventSchema = z.object({
  at: isoDateString,
  status: trackingStatusSchema,
  subStatus: z.optional(z.string()),
  description: z.string(),
  location: z.optional(z.string()),
});

const carrierSchema = z.object({ code: z.string(), name: z.string() });
const dateRangeSchema = z.object({ from: isoDateString, to: z.optional(isoDateString) });

export const shipmentSchema = z.object({
  id: nonEmptyString,
  status: trackingStatusSchema,
  carrier: carrierSchema,
  trackingNumber: z.optional(z.string()),
  trackingUrl: z.optional(z.string()),
  /** The pieces of a multi-piece parcel, each with its own number. */
  trackingNumbers: z.optional(
    z.array(z.object({ number: nonEmptyString, url: z.optional(z.string()), carrier: z.optional(carrierSchema) })),
  ),
  /** The carrier that hands the parcel over at the destination (cross-border parcels). */
  lastMile: z.optional(
    z.object({ carrier: carrierSchema, trackingNumber: nonEmptyString, trackingUrl: z.optional(z.string()) }),
  ),
  estimatedDelivery: z.optional(
    z.extend(dateRangeSchema, { previous: z.optional(dateRangeSchema), reason: z.optional(z.string()) }),
  ),
  deliveredAt: z.optional(isoDateString),
  proofOfDelivery: z.optional(
    z.object({
      signedBy: z.optional(z.string()),
      photoUrls: z.optional(z.array(z.string())),
      place: z.optional(z.string()),
    }),
  ),
  failedAttempts: z.optional(nonNegativeInt),
  /** The carrier's page to reschedule or redirect the delivery. */
  deliveryOptionsUrl: z.optional(z.string()),
  /** The rider, shown only while the parcel is out for delivery. */
  courier: z.optional(z.object({ name: z.optional(z.string()), phone: z.optional(z.string()) })),
  pickupPoint: z.optional(
    z.object({
      name: z.optional(z.string()),
      address: z.string(),
      openingHours: z.optional(z.string()),
      phone: z.optional(z.string()),
      collectBy: z.optional(isoDateString),
      pickupCode: z.optional(z.string()),
    }),
  ),
  items: z.array(z.object({ lineItemId: nonEmptyString, quantity: nonNegativeInt })),
  events: z.array(trackingEventSchema),
});

export const orderSchema = z.object({
  id: nonEmptyString,
  number: nonEmptyString,
  placedAt: isoDateString,
  status: z.enum(['open', 'cancelled', 'completed']),
  total: moneySchema,
  paymentMethod: z.optional(z.enum(PAYMENT_METHODS)),
  amountDue: z.optional(moneySchema),
  customer: z.optional(z.object({ id: z.optional(z.string()), name: z.optional(z.string()) })),
  items: z.array(lineItemSchema),
  shipments: z.array(shipmentSchema),
  /** The store's own order status page. */
  statusPageUrl: z.optional(z.string()),
});

export type TrackingStatus = z.infer<typeof trackingStatusSchema>;
export type LineItem = z.infer<typeof lineItemSchema>;
export type TrackingEvent = z.infer<typeof trackingEventSchema>;
export type Shipment = z.infer<typeof shipmentSchema>;
export type Order = z.infer<typeof orderSchema>;
