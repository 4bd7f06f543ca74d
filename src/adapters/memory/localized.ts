/** A demo text in each language the shop writes in. */
export interface Localized {
  en: string;
  th: string;
  id: string;
}

export const t = (en: string, th: string, id: string): Localized => ({ en, th, id });

export function pick(text: Localized, locale: string): string {
  return text[locale as keyof Localized] ?? text.en;
}
