import type { AftercareAdapter } from './adapter.js';
import { ensureLocalization, setLocale } from './localization.js';

/** Where a shopper can reach a person. Links built from these may use `tel:` and `mailto:`. */
export interface SupportLinks {
  /** LINE official account id ("@bananashop") or its https URL. */
  line?: string;
  /** WhatsApp number in international form ("+6281234567890") or a wa.me URL. */
  whatsapp?: string;
  phone?: string;
  email?: string;
  /** A help page (http or https). */
  url?: string;
}

export type AnalyticsEventName =
  | 'widget_viewed'
  | 'step_viewed'
  | 'step_completed'
  | 'submitted'
  | 'dismissed'
  | 'error'
  | 'recommendation_clicked'
  | 'link_clicked';

/** One journey event. Never carries personal data: no email, phone, name, address, comment or account. */
export interface AnalyticsEvent {
  name: AnalyticsEventName;
  widget: string;
  orderId?: string;
  step?: string;
  value?: string | number;
  /** ISO 8601 time of the event. */
  at: string;
}

export interface AftercareSettings {
  adapter?: AftercareAdapter;
  locale?: string;
  support?: SupportLinks;
  analytics?: (event: AnalyticsEvent) => void;
}

/**
 * The page-wide settings live on a global, so that every copy of the library
 * on a page (say a theme's and an app's) reads the same configure() call.
 */
interface SettingsStore {
  settings: AftercareSettings;
  changes: EventTarget;
}
const STORE = Symbol.for('aftercare.settings');

function store(): SettingsStore {
  const host = globalThis as { [STORE]?: SettingsStore };
  return (host[STORE] ??= { settings: {}, changes: new EventTarget() });
}

export const SETTINGS_CHANGED = 'aftercare-settings-changed';

/** Page-wide defaults for every element not inside an `<ac-provider>` that says otherwise. */
export function configure(options: AftercareSettings): void {
  const { settings, changes } = store();
  Object.assign(settings, options);
  ensureLocalization();
  if (options.locale) void setLocale(options.locale);
  changes.dispatchEvent(new Event(SETTINGS_CHANGED));
}

export function globalSettings(): Readonly<AftercareSettings> {
  return store().settings;
}

/** Calls back on every configure(); returns the unsubscribe function. */
export function onSettingsChange(callback: () => void): () => void {
  const { changes } = store();
  changes.addEventListener(SETTINGS_CHANGED, callback);
  return () => changes.removeEventListener(SETTINGS_CHANGED, callback);
}
