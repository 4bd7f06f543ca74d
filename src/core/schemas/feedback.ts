import * as z from 'zod/mini';
import { nonEmptyString, nonNegativeInt } from './primitives.js';

export const reviewRequestSchema = z.object({
  orderId: nonEmptyString,
  items: z.array(
    z.object({
      lineItemId: nonEmptyString,
      productId: nonEmptyString,
      title: z.string(),
      imageUrl: z.optional(z.string()),
    }),
  ),
  pointsPerReview: z.optional(nonNegativeInt),
});

export const reviewSubmissionSchema = z.object({
  orderId: nonEmptyString,
  lineItemId: nonEmptyString,
  productId: nonEmptyString,
  rating: z.literal([1, 2, 3, 4, 5]),
  title: z.optional(z.string()),
  body: z.optional(z.string()),
  authorName: z.optional(z.string()),
  photos: z.optional(z.array(z.string())),
});

export const reviewReceiptSchema = z.object({
  id: nonEmptyString,
  status: z.enum(['published', 'pending_moderation']),
  pointsAwarded: z.optional(nonNegativeInt),
});

export const NPS_SCALES = ['nps', 'csat'] as const;

const npsFields = {
  surveyId: nonEmptyString,
  comment: z.optional(z.string()),
  responseId: z.optional(z.string()),
  orderId: z.optional(z.string()),
  /** The order's access token (OrderRef.token), with `orderId`: sent as the proof, never stored with the answer. */
  token: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
  customerId: z.optional(z.string()),
  locale: nonEmptyString,
};

/** One union member per scale, so the score's range is part of the schema (and of its JSON Schema). */
export const npsSubmissionSchema = z.discriminatedUnion('scale', [
  z.object({ ...npsFields, scale: z.literal('nps'), score: z.int().check(z.minimum(0), z.maximum(10)) }),
  z.object({ ...npsFields, scale: z.literal('csat'), score: z.int().check(z.minimum(1), z.maximum(5)) }),
]);

export const npsReceiptSchema = z.object({ responseId: nonEmptyString });

export type ReviewRequest = z.infer<typeof reviewRequestSchema>;
export type ReviewSubmission = z.infer<typeof reviewSubmissionSchema>;
export type ReviewReceipt = z.infer<typeof reviewReceiptSchema>;
export type NpsScale = (typeof NPS_SCALES)[number];
export type NpsSubmission = z.infer<typeof npsSubmissionSchema>;
export type NpsReceipt = z.infer<typeof npsReceiptSchema>;
