import { getLocale } from '../localization.js';

/**
 * The BCP 47 tag to give Intl: the active language, refined by the page's or
 * the browser's region when they speak the same language (en-GB dates for a
 * British shop, en-US for an American one).
 */
export function intlLocale(locale: string = getLocale()): string {
  const candidates = [
    typeof document === 'undefined' ? '' : document.documentElement.lang,
    ...(typeof navigator === 'undefined' ? [] : navigator.languages),
  ];
  const regional = candidates.find((tag) => tag && tag.toLowerCase().startsWith(`${locale.toLowerCase()}-`));
  return regional && Intl.DateTimeFormat.supportedLocalesOf(regional).length ? regional : locale;
}
