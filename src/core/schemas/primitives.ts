import * as z from 'zod/mini';

/**
 * An ISO 8601 date (`2026-05-14`) or a date-time with its offset
 * (`2026-05-14T09:30:00+07:00`); a bare local time would be ambiguous across
 * time zones. A regular expression, so that it survives into JSON Schema.
 */
export const ISO_DATE_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d))?$/;

export const isoDateString = z
  .string()
  .check(z.regex(ISO_DATE_PATTERN, 'Expected an ISO 8601 date or date-time with offset'));

/** A decimal amount as a string, so that no floating point ever touches money. */
export const decimalString = z
  .string()
  .check(z.regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'Expected a decimal string like "1290.00"'));

export const moneySchema = z.object({
  amount: decimalString,
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code')),
});

export const nonEmptyString = z.string().check(z.minLength(1));
export const positiveInt = z.int().check(z.minimum(1));
export const nonNegativeInt = z.int().check(z.minimum(0));

export const orderRefSchema = z.object({
  orderId: nonEmptyString,
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  /** An order access token: from a signed link in a message, or an earlier verification. */
  token: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
});

export type Money = z.infer<typeof moneySchema>;
export type OrderRef = z.infer<typeof orderRefSchema>;
