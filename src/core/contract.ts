import * as z from 'zod/mini';
import type { AftercareAdapter } from './adapter.js';
import {
  loyaltyAccountSchema,
  nonEmptyString,
  npsReceiptSchema,
  npsSubmissionSchema,
  orderRefSchema,
  orderSchema,
  RECOMMENDATION_PLACEMENTS,
  recommendationListSchema,
  returnOptionsSchema,
  returnReceiptSchema,
  returnRequestSchema,
  reviewReceiptSchema,
  reviewRequestSchema,
  reviewSubmissionSchema,
  updateSubscriptionReceiptSchema,
  updateSubscriptionSchema,
} from './schemas/index.js';

/**
 * What each adapter method takes and must give back, in zod: the single source
 * of truth. `npm run schemas` compiles it to JSON Schema for the browser
 * validator (src/generated/contract-schemas.ts) and the OpenAPI document.
 */
export const CONTRACT = {
  getOrder: { input: orderRefSchema, output: orderSchema },
  getReturnOptions: { input: orderRefSchema, output: returnOptionsSchema },
  createReturn: { input: returnRequestSchema, output: returnReceiptSchema },
  getReturn: { input: nonEmptyString, output: returnReceiptSchema },
  getReviewRequest: { input: orderRefSchema, output: reviewRequestSchema },
  submitReview: { input: reviewSubmissionSchema, output: reviewReceiptSchema },
  submitNps: { input: npsSubmissionSchema, output: npsReceiptSchema },
  getLoyalty: { input: z.object({ customerId: z.optional(z.string()) }), output: loyaltyAccountSchema },
  // A receipt, or nothing at all (adapters written before receipts answer nothing).
  subscribeToUpdates: {
    input: updateSubscriptionSchema,
    output: z.union([updateSubscriptionReceiptSchema, z.unknown()]),
  },
  getUpdateSubscription: {
    input: z.object({ orderId: nonEmptyString, subscriptionId: nonEmptyString }),
    output: updateSubscriptionReceiptSchema,
  },
  getRecommendations: {
    input: z.object({
      orderId: z.optional(z.string()),
      customerId: z.optional(z.string()),
      placement: z.enum(RECOMMENDATION_PLACEMENTS),
    }),
    output: recommendationListSchema,
  },
} satisfies Record<keyof AftercareAdapter, { input: z.ZodMiniType; output: z.ZodMiniType }>;
