import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { DEMO_POLICY } from '../src/adapters/memory/demo-policy.js';
import { compareDecimals } from '../src/core/decimal.js';
import { decimalString, nonEmptyString, nonNegativeInt } from '../src/core/schemas/primitives.js';
import { RETURN_METHOD_KINDS, RETURN_PERKS } from '../src/core/schemas/returns.js';
import type { ShopPolicy } from '../src/shop/policy.js';

const text = z.union([nonEmptyString, z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)), z.string())]);
const currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code'));

/** What AFTERCARE_POLICY may say (src/shop/policy.ts explains each field). */
export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  returnWindowDays: nonNegativeInt,
  finalSale: z.strictObject({
    productIds: z.optional(z.array(nonEmptyString)),
    variantIds: z.optional(z.array(nonEmptyString)),
  }),
  reasons: z
    .array(
      z.strictObject({
        code: nonEmptyString,
        label: z.optional(text),
        requiresPhoto: z.optional(z.boolean()),
        requiresComment: z.optional(z.boolean()),
      }),
    )
    .check(z.minLength(1)),
  resolutions: z.strictObject({
    refund: z.optional(z.strictObject({ codNeedsAccount: z.optional(z.boolean()) })),
    storeCredit: z.optional(z.strictObject({ bonus: z.optional(z.record(currency, decimalString)) })),
    exchange: z.optional(z.boolean()),
  }),
  methods: z.record(
    currency,
    z.array(
      z.strictObject({
        code: nonEmptyString,
        kind: z.enum(RETURN_METHOD_KINDS),
        carrierName: z.optional(z.string()),
        fee: decimalString,
      }),
    ),
  ),
  tiers: z.array(
    z.strictObject({
      code: nonEmptyString,
      name: text,
      threshold: z.strictObject({ points: nonNegativeInt }),
      returnWindowDays: nonNegativeInt,
      returnPerks: z.array(z.enum(RETURN_PERKS)),
      perks: z.array(z.strictObject({ code: nonEmptyString, label: text })),
    }),
  ),
  reviews: z.optional(z.strictObject({ pointsPerReview: z.optional(nonNegativeInt) })),
  points: z.optional(z.strictObject({ perAmount: z.record(currency, decimalString) })),
});

/** zod's English messages ("Too small: expected number to be >=0"), for the operator reading the start-up error. */
z.config(z.locales.en());

/** A policy that does not parse or check: the message names the file and each bad path. */
export class PolicyError extends Error {}

/** Checks a policy document; the message names the path of each problem (`tiers.1.returnWindowDays: …`). */
export function checkPolicy(value: unknown, source = 'AFTERCARE_POLICY'): ShopPolicy {
  const result = policySchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new PolicyError(`${source} is not a valid policy: ${problems.join('; ')}`);
  }
  const { $schema: _schema, $comment: _comment, ...policy } = result.data;
  const codes = policy.tiers.map((tier) => tier.code);
  const thresholds = policy.tiers.map((tier) => tier.threshold.points);
  if (new Set(codes).size !== codes.length) throw new PolicyError(`${source}: tiers: two tiers have the same code`);
  if (thresholds.some((points, i) => i > 0 && points < thresholds[i - 1]!))
    throw new PolicyError(`${source}: tiers: list them lowest threshold first`);
  for (const [code, per] of Object.entries(policy.points?.perAmount ?? {})) {
    if (compareDecimals(per, '0') <= 0)
      throw new PolicyError(`${source}: points.perAmount.${code}: must be more than 0`);
  }
  return policy as ShopPolicy;
}

/** The shop's policy: the JSON file AFTERCARE_POLICY names, else the demo shop's. */
export async function loadPolicy(env: Record<string, string | undefined>): Promise<ShopPolicy> {
  const file = env['AFTERCARE_POLICY'];
  if (!file) return DEMO_POLICY;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new PolicyError(`AFTERCARE_POLICY ${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  return checkPolicy(json, `AFTERCARE_POLICY ${file}`);
}
