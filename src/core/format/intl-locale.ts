import { getLocale } from '../localization.js';

/** Whether Intl knows a regional tag: asked once per tag, as every formatted value asks. */
const supported = new Map<string, boolean>();

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
  if (!regional) return locale;
  let known = supported.get(regional);
  if (known === undefined)
    supported.set(regional, (known = Intl.DateTimeFormat.supportedLocalesOf(regional).length > 0));
  return known ? regional : locale;
}
