import type { Money } from './schemas/index.js';

/** A decimal as an integer count of 10^-scale units: exact, unlike binary floats. */
interface Decimal {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function parseDecimal(value: string): Decimal {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal: "${value}"`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return { units, scale: fraction.length };
}

function rescale(value: Decimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function formatDecimal(value: Decimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = value.scale ? `.${digits.slice(-value.scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Adds decimal strings exactly, keeping the widest scale ("0.10" + "1" = "1.10"). */
export function addDecimals(...values: string[]): string {
  const parsed = values.map(parseDecimal);
  const scale = Math.max(0, ...parsed.map((d) => d.scale));
  const units = parsed.reduce((sum, d) => sum + rescale(d, scale), 0n);
  return formatDecimal({ units, scale });
}

export function negateDecimal(value: string): string {
  const d = parseDecimal(value);
  return formatDecimal({ units: -d.units, scale: d.scale });
}

export function multiplyDecimal(value: string, factor: number): string {
  if (!Number.isInteger(factor)) throw new RangeError('Only whole-number factors keep money exact');
  const d = parseDecimal(value);
  return formatDecimal({ units: d.units * BigInt(factor), scale: d.scale });
}

export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = [parseDecimal(a), parseDecimal(b)];
  const scale = Math.max(x.scale, y.scale);
  const diff = rescale(x, scale) - rescale(y, scale);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

export function isZeroDecimal(value: string): boolean {
  return parseDecimal(value).units === 0n;
}

function sameCurrency(values: Money[]): string {
  const currency = values[0]?.currency;
  if (!currency || values.some((m) => m.currency !== currency)) {
    throw new RangeError('Cannot combine amounts in different currencies');
  }
  return currency;
}

/** Exact sum of amounts in one currency. */
export function sumMoney(...values: Money[]): Money {
  const currency = sameCurrency(values);
  return { amount: addDecimals(...values.map((m) => m.amount)), currency };
}

export function subtractMoney(from: Money, value: Money): Money {
  const currency = sameCurrency([from, value]);
  return { amount: addDecimals(from.amount, negateDecimal(value.amount)), currency };
}

export function multiplyMoney(value: Money, quantity: number): Money {
  return { amount: multiplyDecimal(value.amount, quantity), currency: value.currency };
}
