import type { Money } from '../schemas/index.js';
import { intlLocale } from './intl-locale.js';

/** Currencies whose minor unit is not used in everyday prices, whatever ISO 4217 says. */
const NO_MINOR_UNITS = new Set(['IDR', 'VND', 'KRW', 'JPY', 'CLP', 'ISK', 'HUF']);

/** Symbols that name one currency only, so the short form is safe anywhere. */
const UNAMBIGUOUS_SYMBOLS = new Set(['THB', 'IDR', 'EUR', 'GBP', 'INR', 'PHP', 'VND', 'KRW', 'MYR', 'ILS', 'NGN']);

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = cache.get(key);
  if (!format) {
    const wholeOnly = NO_MINOR_UNITS.has(currency);
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: UNAMBIGUOUS_SYMBOLS.has(currency) ? 'narrowSymbol' : 'symbol',
      ...(wholeOnly
        ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
        : { trailingZeroDisplay: 'stripIfInteger' }),
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * "฿1,290", "฿1,290.50", "Rp 1.250.000", "£12.90". The decimal string goes to
 * Intl as a string, so the digits printed are exactly the ones sent.
 */
export function formatMoney(money: Money, locale: string = intlLocale()): string {
  return formatter(locale, money.currency).format(money.amount as Intl.StringNumericLiteral);
}
