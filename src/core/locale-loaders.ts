import type { TemplateMap } from '@lit/localize';
/** One locale's strings, as lit-localize's runtime mode builds them. */
export interface LocaleModule {
  templates: TemplateMap;
}

/**
 * Where each language's strings come from, by group: `shared` is loaded with
 * the language, an element's group (its folder under src/components) once the
 * element is defined. Here, one module per language holds every string; the
 * CDN build (scripts/locale-split.mjs) replaces this module with one that
 * splits them by the elements that use them, so a page loads only its own.
 * One literal import() per module, so that every bundler splits them into lazy chunks.
 */
export const LOCALE_LOADERS: Record<string, Record<string, () => Promise<LocaleModule>>> = {
  th: { shared: () => import('../generated/locales/th.js') },
  id: { shared: () => import('../generated/locales/id.js') },
};
