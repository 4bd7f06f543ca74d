import { getLocale } from '../localization.js';
import { intlLocale } from './intl-locale.js';

// Building an Intl formatter costs far more than using one (a page of badges formats hundreds of numbers).
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

export function formatNumber(value: number, locale: string = intlLocale()): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

export function formatPercent(fraction: number, locale: string = intlLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/**
 * Chooses the message for a count by the active language's plural rules.
 * @lit/localize has no plural syntax, so each form is its own msg():
 * `plural(n, { one: () => msg(str`${n} item`), other: () => msg(str`${n} items`) })`.
 * Thai and Indonesian only use `other`; English uses `one` and `other`.
 */
export function plural(
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string },
): string {
  const locale = getLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const rule = rules.select(count);
  return (count === 0 && forms.zero ? forms.zero : (forms[rule] ?? forms.other))();
}

/** "60-day returns, free return shipping and instant refunds", in the shopper's language. */
export function formatList(items: string[], locale: string = intlLocale()): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
