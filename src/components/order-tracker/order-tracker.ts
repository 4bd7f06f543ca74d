import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { normalizeOrderNumber } from '../../core/order-number.js';
import { formatDate } from '../../core/format/dates.js';
import { formatMoney } from '../../core/format/money.js';
import type { Order } from '../../core/schemas/index.js';
import type { ReadOptions } from '../../core/validating-adapter.js';
import { getOrder } from '../../generated/contract-schemas.js';
import { copyText } from '../shared/clipboard.js';
import { OrderElement } from '../shared/order-element.js';
import { renderSupport } from '../shared/support.js';
import { linkButtonStyles, listStyles } from '../shared/utility.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { trackerSkeleton, trackerStyles } from './order-tracker.styles.js';
import { cashDue, hasDeliveredItems, orderProgress, STAGES, statusSignature } from './order-stage.js';
import type { Intent } from './parts/actions.js';
import type { SubscribeController } from './parts/updates.js';
import { updatesContract } from './parts/updates-contract.js';
import type { PollingController } from './polling-controller.js';
import { headline, stageLabel } from './status-text.js';
import { parts, pollingModule, recommendations, withPartsLoaded } from './tracker-parts.js';

/**
 * Self-service "where is my order": every parcel of an order with its
 * carrier, estimated delivery, help in plain words and the full scan history.
 *
 * @tag ac-order-tracker
 * @summary Order status, parcels, tracking history and delivery help; a look-up form without `order`.
 *
 * @fires ac-order-loaded - The order was loaded or changed on a poll; `detail` is the Order.
 * @fires ac-updates-subscribed - The shopper subscribed to updates; `detail` is `{ orderId, channel }`.
 * @fires ac-return-requested - Cancelable. The shopper chose "Return or exchange"; default follows `return-href`.
 * @fires ac-review-requested - Cancelable. The shopper chose "Write a review"; default follows `review-href`.
 * @fires ac-error-shown - An error state is shown; `detail.code` is the AdapterErrorCode.
 *
 * @csspart base - The whole tracker.
 * @csspart lookup-form - The order look-up form.
 * @csspart header - Order number, date, total and headline.
 * @csspart progress - The four-step progress indicator.
 * @csspart cod-banner - The cash-on-delivery reminder.
 * @csspart shipment - One parcel.
 * @csspart status-badge - A parcel's status.
 * @csspart help - Plain-language help for a parcel that needs it.
 * @csspart pickup-point - Where to collect a parcel.
 * @csspart pickup-code - The code to show at the pickup counter.
 * @csspart proof-of-delivery - Who signed, where it was left, the carrier's photos.
 * @csspart delivery-options - The carrier's page to reschedule after a failed attempt.
 * @csspart courier - The rider to call while out for delivery.
 * @csspart carrier - Carrier and tracking number.
 * @csspart carrier-link - Link to the carrier's tracking page.
 * @csspart copy-button - Copies the tracking number.
 * @csspart items - The items in a parcel.
 * @csspart timeline - The tracking history.
 * @csspart actions - Return and review entries.
 * @csspart subscribe-form - Delivery updates by email, SMS, LINE or WhatsApp.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error state.
 * @csspart retry-button - Tries again after an error.
 *
 * @cssprop --ac-color-accent - Buttons, links and the progress indicator.
 * @cssprop --ac-color-surface - Cards.
 * @cssprop --ac-radius - Corner radius of cards.
 */
export class AcOrderTracker extends OrderElement {
  static override contract = { getOrder, ...updatesContract };
  static override styles = [...widgetStyles, linkButtonStyles, listStyles, trackerStyles];

  static override properties: PropertyDeclarations = {
    ...OrderElement.properties,
    pollInterval: { attribute: 'poll-interval', type: Number },
    returnHref: { attribute: 'return-href' },
    reviewHref: { attribute: 'review-href' },
    returnable: { attribute: false },
    recommend: { attribute: false },
    polled: { state: true },
    expanded: { state: true },
    copied: { state: true },
    announcement: { state: true },
  };

  /** Seconds between automatic refreshes; 0 (default) turns them off. */
  pollInterval = 0;

  /** URL template for the return entry; `{order}` becomes the order number. */
  declare returnHref?: string;

  /** URL template for the review entry; `{order}` becomes the order number. */
  declare reviewHref?: string;

  /** False hides the "Return or exchange" entry, e.g. once the return window has closed. */
  returnable = true;

  /** False leaves out the "You may also like" strip (the journey places its own). */
  recommend = true;

  /** A fresher copy of the order from polling. */
  declare private polled?: Order;
  private expanded = new Set<string>();
  declare private copied?: string;
  private announcement = '';

  private copiedTimer?: ReturnType<typeof setTimeout>;
  private subscription?: SubscribeController;

  /** Created when `poll-interval` first asks for it. */
  private polling?: PollingController;

  private readonly orderTask = this.createOrderTask({
    load: async (adapter, ref, signal) => {
      // The strip's code loads beside the order, so its placeholder is drawn with it where the skeleton kept its place.
      const strip = this.hasStrip && recommendations.load().catch(() => undefined);
      return withPartsLoaded(await adapter.getOrder(ref, { signal }), strip);
    },
    onComplete: (order) => {
      this.polled = undefined;
      this.emit('ac-order-loaded', order);
      this.polling?.restart();
      if (this.fromLookup) this.focusAfterRender('.order__title');
    },
  });

  protected override get lookupHeading(): string {
    return msg('Track your order');
  }

  /** While a refetch runs (say after a language switch), the order on screen stays if it is the one asked for. */
  private isShown(order: Order): boolean {
    const wanted = normalizeOrderNumber(this.order ?? '');
    return [order.id, order.number].some((key) => key.toUpperCase() === wanted);
  }

  /** Whether the order shows the strip of recommendations, whose place its skeleton keeps. */
  private get hasStrip(): boolean {
    return this.recommend && this.supports('getRecommendations');
  }

  private get currentOrder(): Order | undefined {
    return this.polled ?? this.orderTask.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.order) void parts.shipment.load().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A different order starts with a clean slate.
    if (changed.has('order') && changed.get('order') !== undefined) {
      this.expanded = new Set();
      this.announcement = '';
    }
  }

  private trackAnother(): void {
    this.order = undefined;
    this.email = undefined;
    this.phone = undefined;
    this.token = undefined;
    this.polled = undefined;
    this.fromLookup = true;
    this.focusAfterRender('.lookup__heading');
  }

  private startPolling(): void {
    if (this.polling || !(this.pollInterval > 0)) return;
    void pollingModule.load().then((module) => {
      this.polling ??= new module.PollingController(this, {
        interval: () => (this.currentOrder ? this.pollInterval : 0),
        poll: (signal) => this.refresh(signal),
      });
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.startPolling();
  }

  /** One poll: replaces the order quietly and announces what changed. */
  private async refresh(signal: AbortSignal): Promise<void> {
    const before = this.currentOrder;
    const adapter = this.resolvedAdapter;
    if (!before || !adapter || this.orderTask.status === TaskStatus.PENDING) return;
    const order = await withPartsLoaded(
      // `fresh`: a poll wants news, not the order another widget just read.
      await adapter.getOrder(this.orderRef ?? { orderId: before.id }, { signal, fresh: true } as ReadOptions),
    );
    if (JSON.stringify(order) === JSON.stringify(before)) return;
    this.polled = order;
    this.emit('ac-order-loaded', order);
    const describe = pollingModule.value?.describeChanges;
    if (describe && statusSignature(order) !== statusSignature(before)) this.announcement = describe(order, before);
  }

  private async copy(text: string, id: string): Promise<void> {
    if (!(await copyText(text))) return;
    this.copied = id;
    this.announcement = msg('Tracking number copied');
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copied = undefined), 2000);
  }

  private toggleTimeline(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  /** The intent fires first; a listener can cancel it and take over (the journey opens the widget inline). */
  private requestEntry(event: Event, intent: Intent, order: Order, href: string | undefined): void {
    const detail = { orderId: order.id, ...(href ? { href } : {}) };
    const proceed = this.emit(intent, detail, { cancelable: true });
    this.track({
      name: 'link_clicked',
      orderId: order.id,
      value: intent === 'ac-return-requested' ? 'return' : 'review',
    });
    if (!proceed) event.preventDefault();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  protected override render() {
    const body = this.renderOrderTask(this.orderTask, {
      value: this.polled,
      skeleton: trackerSkeleton(this.hasStrip),
      loadingLabel: msg('Loading your order…'),
      keepWhileLoading: (order) => this.isShown(order),
      complete: (order) => this.renderOrder(order),
    });
    const busy = this.orderTask.status === TaskStatus.PENDING;
    return html`
      <div class="tracker" part="base" aria-busy=${busy ? 'true' : 'false'}>${body}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  /** The updates form sits behind a button: most shoppers never open it, so it loads on demand. */
  private renderUpdates(orderId: string) {
    if (this.subscription) return this.subscription.render(orderId);
    const open = async () => {
      const module = await parts.updates.loadInto(this);
      this.subscription ??= new module.SubscribeController(this, {
        adapter: () => this.requireAdapter(),
        lineAccount: () => this.settings.support?.line,
        subscribed: (sub) => {
          this.emit('ac-updates-subscribed', { orderId: sub.orderId, channel: sub.channel });
          this.track({ name: 'submitted', orderId: sub.orderId, step: 'updates', value: sub.channel });
        },
      });
      this.focusAfterRender('.subscribe input');
    };
    return html`<button type="button" class="button button--secondary updates-toggle" @click=${open}>
      ${msg('Get delivery updates')}
    </button>`;
  }

  private renderOrder(order: Order) {
    const progress = orderProgress(order);
    const due = cashDue(order);
    const unshipped = order.items.filter(
      (item) => !order.shipments.some((s) => s.items.some((entry) => entry.lineItemId === item.id)),
    );
    const now = new Date();
    return html`
      <header class="order__header" part="header">
        <div>
          <h2 class="order__title" tabindex="-1">${msg(str`Order ${order.number}`)}</h2>
          <p class="muted">${msg(str`Placed ${formatDate(order.placedAt, 'date')}`)} · ${formatMoney(order.total)}</p>
        </div>
        <p class="order__headline ${progress.problem ? 'order__headline--problem' : ''}">
          ${headline(progress.status, progress.delivered, progress.parcels)}
        </p>
      </header>

      ${progress.status === 'cancelled' ? nothing : this.renderProgress(progress.stage, progress.problem, progress.pickup)}
      ${
        due
          ? html`<p class="cod" part="cod-banner" role="note">
              <strong>${msg('Cash on delivery')}</strong>
              ${msg(str`Please have ${formatMoney(due)} ready for the courier.`)}
            </p>`
          : nothing
      }

      <div class="shipments">
        ${order.shipments.map((shipment, index) =>
          parts.shipment.loaded(this)?.renderShipment(shipment, {
            items: order.items,
            index,
            count: order.shipments.length,
            now,
            expanded: this.expanded.has(shipment.id),
            copied: this.copied,
            onToggleTimeline: () => this.toggleTimeline(shipment.id),
            onCopy: (text) => void this.copy(text, text),
            onCarrierLink: () => this.track({ name: 'link_clicked', orderId: order.id, value: 'carrier' }),
            support: renderSupport(this.supportContext, msg('Questions about this delivery? Talk to us.')),
            help: parts.help.loaded(this),
          }),
        )}
      </div>
      ${
        unshipped.length && order.status !== 'cancelled'
          ? html`<section class="unshipped">
              <h3>${msg('Not shipped yet')}</h3>
              <ul class="plain-list">
                ${unshipped.map((item) => html`<li>${item.title} × ${item.quantity}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${parts.shipment.loaded(this)?.renderStatusPage(order.statusPageUrl)} ${this.renderActions(order)}
      ${this.renderRecommendations(order)}
      ${
        this.resolvedAdapter?.subscribeToUpdates && order.status === 'open' && progress.delivered < progress.parcels
          ? this.renderUpdates(order.id)
          : nothing
      }
      ${
        this.fromLookup
          ? html`<button type="button" class="link-button" @click=${this.trackAnother}>
              ${msg('Track another order')}
            </button>`
          : nothing
      }
    `;
  }

  private renderProgress(stage: number, problem: boolean, pickup: boolean) {
    return html`
      <ol class="progress" part="progress" aria-label=${msg('Delivery progress')}>
        ${STAGES.map((name, index) => {
          const state = index < stage ? 'done' : index === stage ? 'current' : 'upcoming';
          const troubled = problem && index === stage && name !== 'delivered';
          return html`
            <li
              class="progress__step progress__step--${state} ${troubled ? 'progress__step--problem' : ''}"
              aria-current=${index === stage ? 'step' : 'false'}
            >
              <span class="progress__marker" aria-hidden="true">${troubled ? '!' : index <= stage ? '✓' : ''}</span>
              <span class="progress__label">${stageLabel(name, pickup)}</span>
              ${troubled ? html`<span class="visually-hidden">${msg('(needs attention)')}</span>` : nothing}
            </li>
          `;
        })}
      </ol>
    `;
  }

  /** Products to come back for, below the parcels; the strip's code loads only when the adapter has some. */
  private renderRecommendations(order: Order) {
    if (!this.hasStrip) return nothing;
    void recommendations.load().catch(() => undefined);
    return html`<ac-recommendations
      placement="tracking"
      order=${order.id}
      customer=${ifDefined(order.customer?.id)}
      .adapter=${this.adapter}
    ></ac-recommendations>`;
  }

  private renderActions(order: Order) {
    const module = hasDeliveredItems(order) ? parts.actions.loaded(this) : undefined;
    if (!module) return nothing;
    return module.renderEntries(order, {
      returnHref: this.returnHref,
      reviewHref: this.reviewHref,
      returnable: this.returnable,
      request: (event, intent, href) => this.requestEntry(event, intent, order, href),
    });
  }
}
