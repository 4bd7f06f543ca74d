import { ContextConsumer } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { AftercareAdapter } from './adapter.js';
import { type AftercareSettings, type AnalyticsEvent, globalSettings, onSettingsChange } from './config.js';
import { settingsContext } from './context.js';
import { AdapterError, isAbortError, toAdapterError } from './errors.js';
import type { AftercareEventMap, AftercareEventName } from './events.js';
import { ensureLocalization } from './localization.js';
import type { SupportContext } from './support.js';
import { type AdapterContract, validatingAdapter } from './validating-adapter.js';

/**
 * The thin base of every Aftercare element: it re-renders on a language
 * change, finds its adapter (own property, then the nearest provider, then
 * configure()), and dispatches typed events. Widget logic lives in the
 * widgets and their controllers, not here.
 */
export abstract class AftercareElement extends LitElement {
  /** The adapter methods this element calls, with their schemas. */
  static contract: AdapterContract = {};

  // Declared without decorators: the decorator helpers would cost every widget bytes.
  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    provided: { state: true },
    settingsRevision: { state: true },
  };

  /** Overrides the adapter of the provider and of configure() for this element. */
  declare adapter?: AftercareAdapter;

  /** What the nearest `<ac-provider>` gives. */
  declare protected provided?: AftercareSettings;

  /** Bumped on every configure(), so tasks that depend on the settings run again. */
  protected settingsRevision = 0;

  private unsubscribe?: () => void;
  private viewed = false;
  private pendingFocus?: string;
  private readonly tasks = new Set<Task>();
  private readonly abortedTasks = new Set<Task>();

  constructor() {
    super();
    ensureLocalization();
    updateWhenLocaleChanges(this);
    new ContextConsumer(this, {
      context: settingsContext,
      subscribe: true,
      callback: (settings) => (this.provided = settings),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onSettingsChange(() => this.settingsRevision++);
    // Back in the page (or moved within it): finish what the disconnect cut short.
    for (const task of this.abortedTasks) void task.run();
    this.abortedTasks.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    for (const task of this.tasks) {
      if (task.status !== TaskStatus.PENDING) continue;
      task.abort();
      this.abortedTasks.add(task);
    }
  }

  /**
   * A @lit/task whose request is aborted when the element leaves the page,
   * and whose onError never sees those aborts.
   */
  protected createTask<const T extends ReadonlyArray<unknown>, R>(config: TaskConfig<T, R>): Task<T, R> {
    const { onError } = config;
    const task = new Task<T, R>(this, {
      ...config,
      onError: (error) => {
        if (!isAbortError(error)) onError?.(error);
      },
    });
    this.tasks.add(task as unknown as Task);
    return task;
  }

  private get rawAdapter(): AftercareAdapter | undefined {
    return this.adapter ?? this.provided?.adapter ?? globalSettings().adapter;
  }

  /** The adapter this element talks to, validated; undefined when none is configured anywhere. */
  protected get resolvedAdapter(): AftercareAdapter | undefined {
    const adapter = this.rawAdapter;
    const contract = (this.constructor as typeof AftercareElement).contract;
    return adapter ? validatingAdapter(adapter, contract, this.reportDropped) : undefined;
  }

  /** What a response lost to leniency goes to analytics as an `error` event per path (keys and indices, nothing personal). */
  private readonly reportDropped = (method: string, dropped: { path: string }[]) => {
    for (const { path } of dropped.slice(0, 10))
      this.track({ name: 'error', value: `invalid_response ${method} ${path}` });
  };

  /** Whether the adapter has an optional method, such as getRecommendations, for an element placed inside this one. */
  protected supports(method: keyof AftercareAdapter): boolean {
    return typeof this.rawAdapter?.[method] === 'function';
  }

  /** Like resolvedAdapter, but a missing adapter is a failure the element shows. */
  protected requireAdapter(): AftercareAdapter {
    const adapter = this.resolvedAdapter;
    if (!adapter)
      throw new AdapterError('unavailable', 'No adapter: use <ac-provider>, configure() or the adapter property');
    return adapter;
  }

  protected get settings(): AftercareSettings {
    return { ...globalSettings(), ...this.provided };
  }

  /** The order an element is about, for its analytics events. */
  protected get analyticsOrderId(): string | undefined {
    return undefined;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.hidden) this.reportViewed();
  }

  /** `widget_viewed`, once: on the first render, or when an element that starts hidden first shows. */
  protected reportViewed(): void {
    if (this.viewed) return;
    this.viewed = true;
    const orderId = this.analyticsOrderId;
    this.track({ name: 'widget_viewed', ...(orderId ? { orderId } : {}) });
  }

  /** Moves focus to what the shopper asked for (a step's heading, a form's first field) once it is rendered. */
  protected focusAfterRender(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus && this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (target) {
      target.focus();
      this.pendingFocus = undefined;
    }
  }

  /** For the shared support links: where they render, the settings, and a click reported to analytics. */
  protected get supportContext(): SupportContext {
    return {
      host: this,
      settings: this.settings,
      onClick: (channel) => this.track({ name: 'link_clicked', value: `support_${channel}` }),
    };
  }

  /** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<K extends AftercareEventName>(
    type: K,
    detail: AftercareEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }

  /** Announces a failure the element is now showing, by code only. */
  protected errorShown(error: unknown): AdapterError {
    const adapterError = toAdapterError(error);
    this.emit('ac-error-shown', { code: adapterError.code });
    this.track({ name: 'error', value: adapterError.code });
    return adapterError;
  }

  /** Sends one journey event to the store's analytics; a failing sink never breaks the widget. */
  protected track(event: Omit<AnalyticsEvent, 'widget' | 'at'>): void {
    const sink = this.settings.analytics;
    if (!sink) return;
    const failed = (error: unknown) => console.warn('[aftercare] analytics callback failed', error);
    try {
      // An async sink's rejection is caught too: analytics never breaks a widget, nor leaves an unhandled rejection.
      const result: unknown = sink({ ...event, widget: this.localName, at: new Date().toISOString() });
      if (result instanceof Promise) result.catch(failed);
    } catch (error) {
      failed(error);
    }
  }
}
