import * as z from 'zod/mini';
import { shipmentSchema } from './order.js';
import { isoDateString, moneySchema, nonEmptyString, nonNegativeInt, positiveInt } from './primitives.js';

export const RETURN_PERKS = ['extended_window', 'free_return_shipping', 'instant_refund', 'no_inspection'] as const;
export const INELIGIBLE_REASONS = ['final_sale', 'window_expired', 'already_returned', 'not_delivered'] as const;
export const RESOLUTION_TYPES = ['refund', 'store_credit', 'exchange'] as const;
export const RETURN_METHOD_KINDS = ['drop_off', 'pickup', 'mail'] as const;
export const REFUND_ACCOUNT_KINDS = ['bank_account', 'e_wallet', 'promptpay'] as const;
export const RETURN_STATUSES = [
  'requested',
  'approved',
  'rejected',
  'in_transit',
  'received',
  'refunded',
  'exchanged',
  'closed',
  'cancelled',
] as const;
/** Reason codes the widgets translate; others fall back to the backend's label. */
export const KNOWN_RETURN_REASONS = [
  'wrong_size',
  'not_as_described',
  'damaged',
  'defective',
  'wrong_item',
  'changed_mind',
  'arrived_late',
  'other',
] as const;

const resolutionType = z.enum(RESOLUTION_TYPES);

export const returnOptionsSchema = z.object({
  orderId: nonEmptyString,
  policy: z.object({
    windowDays: z.optional(nonNegativeInt),
    deadline: z.optional(isoDateString),
    tier: z.optional(z.string()),
    perks: z.array(z.enum(RETURN_PERKS)),
  }),
  items: z.array(
    z.object({
      lineItemId: nonEmptyString,
      returnableQuantity: nonNegativeInt,
      ineligibleReason: z.optional(z.enum(INELIGIBLE_REASONS)),
    }),
  ),
  reasons: z.array(
    z.object({
      code: nonEmptyString,
      label: z.optional(z.string()),
      requiresPhoto: z.optional(z.boolean()),
      requiresComment: z.optional(z.boolean()),
    }),
  ),
  resolutions: z.optional(
    z.array(
      z.object({
        type: resolutionType,
        bonus: z.optional(moneySchema),
        refundAccountRequired: z.optional(z.boolean()),
      }),
    ),
  ),
  exchangeVariants: z.optional(
    z.array(
      z.object({
        lineItemId: nonEmptyString,
        variants: z.array(z.object({ id: nonEmptyString, title: z.string(), available: z.boolean() })),
      }),
    ),
  ),
  methods: z.array(
    z.object({
      code: nonEmptyString,
      kind: z.enum(RETURN_METHOD_KINDS),
      carrierName: z.optional(z.string()),
      fee: moneySchema,
    }),
  ),
});

export const refundAccountSchema = z.object({
  kind: z.enum(REFUND_ACCOUNT_KINDS),
  provider: z.optional(z.string()),
  accountName: nonEmptyString,
  accountNumber: nonEmptyString,
});

export const returnRequestSchema = z.object({
  orderId: nonEmptyString,
  resolution: resolutionType,
  methodCode: nonEmptyString,
  items: z
    .array(
      z.object({
        lineItemId: nonEmptyString,
        quantity: positiveInt,
        reasonCode: nonEmptyString,
        comment: z.optional(z.string()),
        photos: z.optional(z.array(z.string())),
        exchangeVariantId: z.optional(z.string()),
      }),
    )
    .check(z.minLength(1)),
  refundAccount: z.optional(refundAccountSchema),
});

export const returnReceiptSchema = z.object({
  id: nonEmptyString,
  orderId: nonEmptyString,
  createdAt: isoDateString,
  status: z.enum(RETURN_STATUSES),
  refundEstimate: z.optional(moneySchema),
  label: z.optional(
    z.object({
      url: z.optional(z.string()),
      qrCode: z.optional(z.string()),
      dropOffCode: z.optional(z.string()),
      format: z.optional(z.string()),
      expiresAt: z.optional(isoDateString),
    }),
  ),
  decline: z.optional(z.object({ reason: z.optional(z.string()), note: z.optional(z.string()) })),
  /** The parcel on its way back to the store. */
  returnShipment: z.optional(shipmentSchema),
});

export type ReturnPerk = (typeof RETURN_PERKS)[number];
export type ReturnOptions = z.infer<typeof returnOptionsSchema>;
export type RefundAccount = z.infer<typeof refundAccountSchema>;
export type ReturnRequest = z.infer<typeof returnRequestSchema>;
export type ReturnReceipt = z.infer<typeof returnReceiptSchema>;
