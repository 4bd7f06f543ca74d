import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadDraft, saveDraft } from '../../core/drafts.js';
import { lazy } from '../../core/lazy.js';
import type { Order, ReturnOptions, ReturnReceipt } from '../../core/schemas/index.js';
import { getOrder } from '../../generated/contract/getOrder.js';
import { renderReturnOutcome, returnStatusLabel } from '../shared/return-status.js';
import { OrderElement } from '../shared/order-element.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { JOURNEY_SKELETON } from './journey-skeleton.js';
import { orderJourneyStyles } from './order-journey.styles.js';

const WIDGET = 'ac-order-journey';

// Each part of the journey registers its element only when the order needs it.
const PARTS = {
  tracker: lazy(() => import('../order-tracker/define.js')),
  review: lazy(() => import('../review-prompt/define.js')),
  survey: lazy(() => import('../nps-survey/define.js')),
  wizard: lazy(() => import('../return-wizard/define.js')),
  badge: lazy(() => import('../loyalty-badge/define.js')),
  recommendations: lazy(() => import('../recommendations/define.js')),
};

/** Where the order is in its life. */
export type JourneyStage = 'travelling' | 'delivered' | 'cancelled';

interface JourneyData {
  order: Order;
  stage: JourneyStage;
  /** Undefined until something is delivered. */
  returnOptions?: ReturnOptions;
  /** The return the shopper created for this order, if any. */
  latestReturn?: ReturnReceipt;
}

export function stageOf(order: Order): JourneyStage {
  if (order.status === 'cancelled') return 'cancelled';
  return order.shipments.some((shipment) => shipment.status === 'delivered') ? 'delivered' : 'travelling';
}

/**
 * The whole post-purchase page of an order in one tag: the tracker while it
 * travels; reviews and the survey once delivered; returns while the window
 * is open; the loyalty badge when the customer is known.
 *
 * @tag ac-order-journey
 * @summary One tag for an order's page after the sale, arranged by the order's stage.
 *
 * @fires ac-order-loaded - The order was loaded; `detail` is the Order.
 * @fires ac-error-shown - An error state is shown; `detail.code` is the AdapterErrorCode.
 *
 * @csspart base - The journey.
 * @csspart header - The loyalty badge row.
 * @csspart return-status - The status of the return created for this order.
 * @csspart return-outcome - Why that return was declined, or that it was cancelled.
 * @csspart section - A group of widgets (returns, feedback).
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error state.
 * @csspart retry-button - Tries again after an error.
 */
export class AcOrderJourney extends OrderElement {
  static override contract = {
    getOrder,
    // Asked for only once the order is delivered, or a return was started: their schemas load with that call.
    getReturnOptions: () => import('../../generated/contract/getReturnOptions.js').then((m) => m.getReturnOptions),
    getReturn: () => import('../../generated/contract/getReturn.js').then((m) => m.getReturn),
  };
  static override styles = [...widgetStyles, orderJourneyStyles];

  static override properties: PropertyDeclarations = {
    ...OrderElement.properties,
    wizardOpen: { state: true },
    createdReturn: { state: true },
  };

  private wizardOpen = false;
  private createdReturn?: ReturnReceipt;

  private readonly journeyTask = this.createOrderTask({
    load: async (adapter, ref, signal): Promise<JourneyData> => {
      // The tracker's code loads while the order does.
      const [order] = await Promise.all([adapter.getOrder(ref, { signal }), PARTS.tracker.load()]);
      const stage = stageOf(order);
      const remembered = loadDraft<{ returnId: string }>(WIDGET, order.id)?.returnId;
      const [returnOptions, latestReturn] = await Promise.all([
        stage === 'delivered' ? adapter.getReturnOptions(ref, { signal }) : undefined,
        remembered ? adapter.getReturn(remembered, { signal }).catch(() => undefined) : undefined,
        stage === 'delivered' && Promise.all([PARTS.review.load(), PARTS.survey.load()]),
        order.customer?.id && PARTS.badge.load(),
      ]);
      return { order, stage, ...(returnOptions ? { returnOptions } : {}), ...(latestReturn ? { latestReturn } : {}) };
    },
    onComplete: ({ order }) => this.emit('ac-order-loaded', order),
  });

  protected override get lookupHeading(): string {
    return msg('Find your order');
  }

  /** The tracker's "Return or exchange" opens the wizard here instead of following a link. */
  private async openWizard(event: Event): Promise<void> {
    event.preventDefault();
    await PARTS.wizard.load();
    this.wizardOpen = true;
    this.focusAfterRender('ac-return-wizard');
  }

  private returnCreated(event: CustomEvent<ReturnReceipt>): void {
    this.createdReturn = event.detail;
    saveDraft(WIDGET, event.detail.orderId, { returnId: event.detail.id });
  }

  protected override render() {
    const data = this.journeyTask.value;
    const body = this.renderOrderTask(this.journeyTask, {
      skeleton: JOURNEY_SKELETON,
      loadingLabel: msg('Loading your order…'),
      complete: (journey) => this.renderJourney(journey),
    });
    return html`<div
      class="journey"
      part="base"
      data-stage=${ifDefined(data?.stage)}
      @ac-return-created=${this.returnCreated}
    >
      ${body}
    </div>`;
  }

  /** "You may also like" closes the page, when the adapter has recommendations. */
  private renderRecommendations(order: Order) {
    if (!this.supports('getRecommendations')) return nothing;
    void PARTS.recommendations.load().catch(() => undefined);
    return html`<ac-recommendations
      placement="journey"
      order=${order.id}
      customer=${ifDefined(order.customer?.id)}
      .adapter=${this.adapter}
    ></ac-recommendations>`;
  }

  private renderJourney({ order, stage, returnOptions, latestReturn }: JourneyData) {
    const shared = { adapter: this.adapter, email: this.email, phone: this.phone, token: this.token };
    const windowOpen = Boolean(returnOptions?.items.some((item) => item.returnableQuantity > 0));
    const existingReturn = this.createdReturn ?? latestReturn;
    // Reviews, the survey and loyalty are placed only when the adapter has their methods.
    const reviews = this.supports('getReviewRequest') && this.supports('submitReview');
    const survey = this.supports('submitNps');
    return html`
      ${
        order.customer?.id && this.supports('getLoyalty')
          ? html`<div class="journey__header" part="header">
              <ac-loyalty-badge customer=${order.customer.id} .adapter=${shared.adapter}></ac-loyalty-badge>
            </div>`
          : nothing
      }
      <ac-order-tracker
        order=${order.id}
        email=${ifDefined(shared.email)}
        phone=${ifDefined(shared.phone)}
        token=${ifDefined(shared.token)}
        .adapter=${shared.adapter}
        .returnable=${windowOpen}
        .recommend=${false}
        @ac-return-requested=${this.openWizard}
        @ac-review-requested=${(event: Event) => {
          event.preventDefault();
          this.focusAfterRender('ac-review-prompt');
          this.renderRoot.querySelector('ac-review-prompt')?.scrollIntoView({ block: 'start' });
        }}
      ></ac-order-tracker>
      ${
        existingReturn && !this.wizardOpen
          ? html`<p class="return-status" part="return-status" role="status">
                <strong>${msg(str`Return ${existingReturn.id}`)}</strong>
                <span>${returnStatusLabel(existingReturn.status)}</span>
              </p>
              ${renderReturnOutcome(existingReturn)}`
          : nothing
      }
      ${
        this.wizardOpen
          ? html`<section class="journey__section" part="section" aria-label=${msg('Return or exchange')}>
              <ac-return-wizard
                tabindex="-1"
                order=${order.id}
                email=${ifDefined(shared.email)}
                phone=${ifDefined(shared.phone)}
                token=${ifDefined(shared.token)}
                .adapter=${shared.adapter}
              ></ac-return-wizard>
            </section>`
          : nothing
      }
      ${
        stage === 'delivered' && (reviews || survey)
          ? html`<section class="journey__section" part="section" aria-label=${msg('Your feedback')}>
              ${
                reviews
                  ? html`<ac-review-prompt
                      tabindex="-1"
                      order=${order.id}
                      email=${ifDefined(shared.email)}
                      phone=${ifDefined(shared.phone)}
                      token=${ifDefined(shared.token)}
                      .adapter=${shared.adapter}
                    ></ac-review-prompt>`
                  : nothing
              }
              ${
                survey
                  ? html`<ac-nps-survey
                      survey="post-delivery"
                      order=${order.id}
                      token=${ifDefined(shared.token)}
                      customer=${ifDefined(order.customer?.id)}
                      .adapter=${shared.adapter}
                    ></ac-nps-survey>`
                  : nothing
              }
            </section>`
          : nothing
      }
      ${this.renderRecommendations(order)}
    `;
  }
}
