import { configureLocalization, LOCALE_STATUS_EVENT, type TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { primaryLanguage } from './languages.js';
import { LOCALE_LOADERS } from './locale-loaders.js';

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

/** The string groups the page needs: the shared ones, and each defined element's (locale-loaders.ts). */
const groups = new Set(['shared']);
/** Per language, the strings loaded so far (the object lit-localize reads) and the groups they came from. */
const loaded = new Map<string, { templates: TemplateMap; groups: Set<string>; pending: Set<Promise<void>> }>();

function loadGroups(locale: string, wanted: Iterable<string>): Promise<{ templates: TemplateMap }> {
  const loaders = LOCALE_LOADERS[locale];
  if (!loaders) return Promise.reject(new Error(`No translations for ${locale}`));
  let entry = loaded.get(locale);
  if (!entry) loaded.set(locale, (entry = { templates: {}, groups: new Set(), pending: new Set() }));
  const { templates, groups: started, pending } = entry;
  for (const group of wanted) {
    const load = loaders[group];
    if (!load || started.has(group)) continue;
    started.add(group);
    const done = load().then(
      (module) => void Object.assign(templates, module.templates),
      (error: unknown) => {
        started.delete(group); // The next request may succeed.
        pending.delete(done);
        throw error;
      },
    );
    pending.add(done);
  }
  // Every group asked for so far, including those still on their way from an earlier call.
  return Promise.all(pending).then(() => ({ templates }));
}

/** The language lit-localize asked for last (it may still be on its way). */
let requestedLocale: string | undefined;

function loadLocale(locale: string) {
  requestedLocale = locale;
  return loadGroups(locale, groups);
}

/**
 * An element's strings are needed (called as its tag is defined): loaded now
 * if a language other than English is active or on its way, and drawn when
 * they arrive; else with the next language.
 */
export function useStrings(group: string): void {
  if (groups.has(group)) return;
  groups.add(group);
  if (!controller) return;
  for (const target of new Set([controller.getLocale(), requestedLocale]))
    if (target && target !== sourceLocale)
      void loadGroups(target, [group]).then(() => {
        // Redraw with them, as lit-localize does when a language is ready.
        if (controller?.getLocale() === target)
          window.dispatchEvent(
            new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: target } }),
          );
      }, reportLoadFailure);
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
