/** Tags that mean a language we have under another name ("in" is the old code for Indonesian). */
const ALIASES: Record<string, string> = { in: 'id' };

/**
 * The language of a tag, for the browser and the server alike:
 * "th-TH" → "th", "in" → "id", "id;q=0.8" → "id".
 */
export function primaryLanguage(tag: string): string {
  const language = tag.trim().toLowerCase().split(/[-_;]/)[0] ?? '';
  return ALIASES[language] ?? language;
}
