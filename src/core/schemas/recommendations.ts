import * as z from 'zod/mini';
import { moneySchema, nonEmptyString } from './primitives.js';

export const RECOMMENDATION_PLACEMENTS = ['tracking', 'return', 'review', 'journey'] as const;

export const recommendationSchema = z.object({
  productId: nonEmptyString,
  title: z.string(),
  url: z.string(),
  imageUrl: z.optional(z.string()),
  price: z.optional(moneySchema),
  compareAtPrice: z.optional(moneySchema),
  reason: z.optional(z.string()),
});
export const recommendationListSchema = z.array(recommendationSchema);

export const UPDATE_CHANNELS = ['email', 'sms', 'line', 'whatsapp'] as const;

export const updateSubscriptionSchema = z.object({
  orderId: nonEmptyString,
  channel: z.enum(UPDATE_CHANNELS),
  address: nonEmptyString,
});

export const SUBSCRIPTION_STATUSES = ['active', 'pending', 'unsubscribed'] as const;

/**
 * What subscribing answered (optional: an adapter may answer nothing). LINE is
 * `pending` until the shopper sends `lineCode` to the store's Official Account,
 * which `lineConnectUrl` opens with the code typed in.
 */
export const updateSubscriptionReceiptSchema = z.object({
  subscriptionId: nonEmptyString,
  status: z.enum(SUBSCRIPTION_STATUSES),
  lineCode: z.optional(nonEmptyString),
  lineCodeExpiresAt: z.optional(z.string()),
  lineConnectUrl: z.optional(z.string()),
});

export type Recommendation = z.infer<typeof recommendationSchema>;
export type RecommendationPlacement = (typeof RECOMMENDATION_PLACEMENTS)[number];
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];
export type UpdateSubscription = z.infer<typeof updateSubscriptionSchema>;
export type UpdateSubscriptionReceipt = z.infer<typeof updateSubscriptionReceiptSchema>;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
