import * as z from 'zod/mini';
import { isoDateString, moneySchema, nonEmptyString, nonNegativeInt } from './primitives.js';

const tierSchema = z.object({ code: nonEmptyString, name: z.string() });

export const loyaltyAccountSchema = z.object({
  customerId: nonEmptyString,
  points: z.int(),
  pendingPoints: z.optional(nonNegativeInt),
  tier: z.extend(tierSchema, { expiresAt: z.optional(isoDateString) }),
  nextTier: z.optional(
    z.extend(tierSchema, {
      pointsToReach: z.optional(nonNegativeInt),
      spendToReach: z.optional(moneySchema),
      reachBy: z.optional(isoDateString),
    }),
  ),
  progress: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  perks: z.array(z.object({ code: nonEmptyString, label: z.string() })),
  expiring: z.optional(z.object({ points: nonNegativeInt, at: isoDateString })),
  referral: z.optional(z.object({ url: z.string(), reward: z.optional(z.string()) })),
  /** What keeps the current tier past tier.expiresAt. */
  toKeep: z.optional(
    z.object({ points: z.optional(nonNegativeInt), spend: z.optional(moneySchema), by: z.optional(isoDateString) }),
  ),
  rewards: z.optional(
    z.array(
      z.object({
        code: nonEmptyString,
        label: z.string(),
        voucherCode: z.optional(z.string()),
        expiresAt: z.optional(isoDateString),
      }),
    ),
  ),
  storeCredit: z.optional(moneySchema),
});

export type LoyaltyAccount = z.infer<typeof loyaltyAccountSchema>;
