import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { MemoryAdapter } from '../../adapters/memory/memory-adapter.js';
import { RestAdapter } from '../../adapters/rest/rest-adapter.js';
import type { AftercareAdapter } from '../../core/adapter.js';
import type { AftercareSettings, AnalyticsEvent, SupportLinks } from '../../core/config.js';
import { settingsContext } from '../../core/context.js';
import { followPageLocale, setLocale } from '../../core/localization.js';
import { themeOverrides } from '../../core/styles/tokens.js';

/**
 * Gives an adapter and settings to every Aftercare element inside it.
 *
 * @tag ac-provider
 * @summary Adapter, language, theme and support links for the elements inside.
 * @slot - Any content, including Aftercare elements at any depth.
 */
export class AcProvider extends LitElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
    themeOverrides,
  ];

  static override properties: PropertyDeclarations = {
    endpoint: {},
    demo: { type: Boolean },
    locale: {},
    theme: { reflect: true },
    adapter: { attribute: false },
    support: { attribute: false },
    analytics: { attribute: false },
  };

  /** Base URL of a backend implementing the REST contract; creates a RestAdapter. */
  declare endpoint?: string;

  /** Use the built-in demo data (MemoryAdapter). */
  demo = false;

  /** Language for the page's Aftercare elements ('en', 'th', 'id'); default: follow `<html lang>`. */
  declare locale?: string;

  /** Pins the colour scheme; default: the system's preference. */
  declare theme?: 'light' | 'dark';

  /** An adapter object; wins over `endpoint` and `demo`. */
  declare adapter?: AftercareAdapter;

  /** Where shoppers can reach a person: LINE, WhatsApp, phone, email, help page. */
  declare support?: SupportLinks;

  /** Receives the journey events of the elements inside. */
  declare analytics?: (event: AnalyticsEvent) => void;

  private readonly provider = new ContextProvider(this, { context: settingsContext, initialValue: {} });

  /** An outer provider's settings: a nested provider adds to them (say support links) instead of hiding them. */
  private inherited: AftercareSettings = {};

  constructor() {
    super();
    new ContextConsumer(this, {
      context: settingsContext,
      subscribe: true,
      callback: (settings) => {
        this.inherited = settings;
        this.provider.setValue(this.currentSettings());
      },
    });
  }

  private createdAdapter?: { key: string; adapter: AftercareAdapter };

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the children connect, so their first render already has the settings.
    this.provider.setValue(this.currentSettings());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      if (this.locale) void setLocale(this.locale);
      else if (changed.get('locale')) void followPageLocale();
    }
    this.provider.setValue(this.currentSettings());
  }

  private currentSettings(): AftercareSettings {
    const settings: AftercareSettings = { ...this.inherited };
    const adapter = this.adapter ?? this.adapterFromAttributes();
    if (adapter) settings.adapter = adapter;
    if (this.support) settings.support = this.support;
    if (this.analytics) settings.analytics = this.analytics;
    if (this.locale) settings.locale = this.locale;
    return settings;
  }

  /** Keeps one adapter per endpoint, so unrelated re-renders do not refetch. */
  private adapterFromAttributes(): AftercareAdapter | undefined {
    const key = this.endpoint ? `rest:${this.endpoint}` : this.demo ? 'demo' : '';
    if (!key) return undefined;
    if (this.createdAdapter?.key !== key) {
      const adapter = this.endpoint ? new RestAdapter({ baseUrl: this.endpoint }) : new MemoryAdapter();
      this.createdAdapter = { key, adapter };
    }
    return this.createdAdapter.adapter;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
