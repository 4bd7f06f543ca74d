import * as z from 'zod/mini';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A time of day must say its offset: a bare local time is ambiguous across time zones.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 date (`2026-05-14`) or date-time with offset (`2026-05-14T09:30:00+07:00`). */
export const isoDateString = z.string().check(
  z.refine((value) => (ISO_DATE.test(value) || ISO_DATE_TIME.test(value)) && !Number.isNaN(Date.parse(value)), {
    message: 'Expected an ISO 8601 date or date-time with offset',
  }),
);

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
});

export type Money = z.infer<typeof moneySchema>;
export type OrderRef = z.infer<typeof orderRefSchema>;
