import { expect } from 'storybook/test';

/**
 * Asserts a story rendered in the language of its run, so a translation that
 * silently fell back to English fails the Thai and Indonesian runs.
 */
export async function expectLanguage(root: ShadowRoot | HTMLElement, english: string) {
  const lang = document.documentElement.lang;
  const text = root.textContent ?? '';
  if (lang === 'th') await expect(text).toMatch(/[\u0E00-\u0E7F]/);
  if (lang !== 'en') await expect(text).not.toContain(english);
  else await expect(text).toContain(english);
}
