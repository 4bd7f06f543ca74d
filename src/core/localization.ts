import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { primaryLanguage } from './languages.js';

export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

/** "th-TH" → "th", "in" → "id", anything we do not speak → "en". */
export function resolveLocale(tag: string | null | undefined): string {
  const known = primaryLanguage(tag ?? '');
  return SUPPORTED_LOCALES.includes(known) ? known : sourceLocale;
}

interface LocaleController {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/** Shared by every copy of Aftercare on the page, so @lit/localize is configured once. */
const SHARED = Symbol.for('aftercare.localization');
type SharedHost = { [SHARED]?: LocaleController };

let controller: LocaleController | undefined;
let explicitLocale: string | undefined;

// One literal import() per locale, so that every bundler splits them into lazy chunks.
function loadLocale(locale: string) {
  switch (locale) {
    case 'th':
      return import('../generated/locales/th.js');
    case 'id':
      return import('../generated/locales/id.js');
    default:
      return Promise.reject(new Error(`No translations for ${locale}`));
  }
}

function documentLanguage(): string {
  return resolveLocale(typeof document === 'undefined' ? undefined : document.documentElement.lang);
}

function followDocumentLanguage(): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  new MutationObserver(() => {
    if (!explicitLocale) void localization().setLocale(documentLanguage());
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function localization(): LocaleController {
  if (controller) return controller;
  const host = globalThis as SharedHost;
  try {
    controller = configureLocalization({ sourceLocale, targetLocales, loadLocale });
    host[SHARED] ??= controller;
  } catch {
    // Configured already: by another copy of Aftercare sharing this @lit/localize
    // (reuse its controller), or by the host application (see docs/localization.md).
    controller = host[SHARED] ?? {
      getLocale: () => sourceLocale,
      setLocale: async () =>
        console.warn('[aftercare] @lit/localize is configured by the page; see docs/localization.md'),
    };
  }
  followDocumentLanguage();
  const initial = explicitLocale ?? documentLanguage();
  if (initial !== controller.getLocale()) void controller.setLocale(initial).catch(reportLoadFailure);
  return controller;
}

function reportLoadFailure(error: unknown): void {
  console.warn('[aftercare] could not load translations', error);
}

/** Called by every element as it is created; cheap after the first time. */
export function ensureLocalization(): void {
  localization();
}

/** The active language: 'en', 'th' or 'id'. */
export function getLocale(): string {
  return localization().getLocale();
}

/**
 * Switches every Aftercare element on the page to a language and stops
 * following `<html lang>`. Unknown languages fall back to English.
 */
export async function setLocale(locale: string): Promise<void> {
  const resolved = resolveLocale(locale);
  if (resolved !== locale.toLowerCase() && !locale.toLowerCase().startsWith(`${resolved}-`)) {
    console.warn(`[aftercare] no translations for "${locale}", using "${resolved}"`);
  }
  explicitLocale = resolved;
  await localization().setLocale(resolved);
}

/** Goes back to following `<html lang>`. */
export async function followPageLocale(): Promise<void> {
  explicitLocale = undefined;
  await localization().setLocale(documentLanguage());
}
