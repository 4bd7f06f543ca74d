import { normalizeOrderNumber } from './order-number.js';

/**
 * Checks on what shoppers type as contact details. Deliberately forgiving
 * (spaces, dashes, +66 or 08…): the backend has the final word; these only
 * catch typos early, in the shopper's own language.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARS = /^\+?[\d\s\-().]+$/;
/** LINE ids: 4–20 of a–z, 0–9, dot, dash, underscore; official accounts start with @. */
const LINE_ID = /^@?[a-z0-9._-]{4,20}$/i;

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function phoneDigits(value: string): string {
  return value.replace(/\D/g, '');
}

/** 8 to 15 digits (E.164 allows 15), typed with any usual separators. */
export function isValidPhone(value: string): boolean {
  const trimmed = value.trim();
  const digits = phoneDigits(trimmed).length;
  return PHONE_CHARS.test(trimmed) && digits >= 8 && digits <= 15;
}

export function isValidLineId(value: string): boolean {
  return LINE_ID.test(value.trim());
}

export function isValidOrderNumber(value: string): boolean {
  return /^[A-Z0-9][A-Z0-9._/-]{2,39}$/.test(normalizeOrderNumber(value));
}
