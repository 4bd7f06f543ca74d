import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { clearDraft, loadDraft, saveDraft } from '../../core/drafts.js';
import { errorSummary } from '../../core/error-messages.js';
import { toAdapterError } from '../../core/errors.js';
import { formatNumber, plural } from '../../core/format/numbers.js';
import { newIdempotencyKey } from '../../core/idempotency.js';
import { lazyPart } from '../../core/lazy.js';
import { safeImageUrl } from '../../core/safe-url.js';
import type { ReviewRequest } from '../../core/schemas/index.js';
import { getReviewRequest } from '../../generated/contract/getReviewRequest.js';
import { renderScale, scaleStyles, starOptions } from '../shared/scale.js';
import { OrderElement } from '../shared/order-element.js';
import { bone } from '../shared/skeleton.js';
import { calloutStyles, listStyles, thumbStyles } from '../shared/utility.styles.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { emptyItem, type Rating, type ReviewDraft, type ReviewItemState, toDraft } from './review-draft.js';
import { reviewPromptStyles } from './review-prompt.styles.js';

const WIDGET = 'ac-review-prompt';
/** The form (fields, counters, photos) loads with the first star a shopper picks. */
const reviewForm = lazyPart(() => import('./review-form.js'));

/**
 * The first view while loading, in the content's own classes: the title, the incentive to review and the common
 * case of two items (picture, name, a row of stars), the same height at every width.
 */
const TITLE = { fontSize: '1.25em' }; // .prompt__title's
const PROMPT_SKELETON = html`<div class="stack">
  ${bone('', TITLE)} ${bone('callout')}
  <div class="items plain-list">
    ${[0, 1].map(
      () =>
        html`<div class="item card">
          <div class="item__head">${bone('thumb item__image', { blockSize: 'auto' })} ${bone('item__title')}</div>
          ${bone('', { blockSize: '2.75rem' })}
        </div>`,
    )}
  </div>
</div>`;

const starLabel = (stars: number) => msg(str`${stars} of 5 stars`);

/**
 * Asks for a review of each delivered item not reviewed yet: one tap on a
 * star opens that item's form with the rating set.
 *
 * @tag ac-review-prompt
 * @summary Review requests for the delivered items of an order, with photos and the points they earn.
 *
 * @fires ac-review-submitted - A review was accepted; `detail` is the ReviewReceipt with `orderId`, `lineItemId` and `rating`.
 * @fires ac-error-shown - An error state is shown; `detail.code` is the AdapterErrorCode.
 *
 * @csspart base - The whole prompt.
 * @csspart incentive - "Earn 50 points for each review".
 * @csspart item - One product to review.
 * @csspart stars - The 1–5 star radio group of an item.
 * @csspart review-form - The title, text, name and photos of one review.
 * @csspart photos - The photo picker.
 * @csspart receipt - What happened after submitting: published or in moderation, points earned.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error state.
 * @csspart retry-button - Tries again after an error.
 *
 * @cssprop --ac-color-warning - The filled stars.
 */
export class AcReviewPrompt extends OrderElement {
  static override contract = {
    getReviewRequest,
    // The write's schemas load with the write: most visits never submit.
    submitReview: () => import('../../generated/contract/submitReview.js').then((m) => m.submitReview),
  };
  static override styles = [...widgetStyles, listStyles, thumbStyles, calloutStyles, scaleStyles, reviewPromptStyles];

  static override properties: PropertyDeclarations = {
    ...OrderElement.properties,
    items: { state: true },
  };

  /** Each item's review in progress, by line item id. */
  private items: Record<string, ReviewItemState> = {};
  private saveTimer?: ReturnType<typeof setTimeout>;

  private readonly requestTask = this.createOrderTask({
    // A store without reviews: no request, and the prompt renders nothing.
    load: async (adapter, ref, signal) => (this.reviewable ? adapter.getReviewRequest?.(ref, { signal }) : undefined),
    onComplete: (request) => request && this.restore(request),
  });

  protected override get lookupHeading(): string {
    return msg('Find your order');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushDraft();
  }

  /** Picks up drafts from before a reload; items reviewed since then are gone from the request. */
  private restore(request: ReviewRequest): void {
    const drafts = loadDraft<Record<string, ReviewDraft>>(WIDGET, request.orderId) ?? {};
    const items: Record<string, ReviewItemState> = {};
    for (const item of request.items) {
      const existing = this.items[item.lineItemId];
      const draft = drafts[item.lineItemId];
      items[item.lineItemId] = existing ?? { ...emptyItem(), ...draft, open: Boolean(draft?.rating) };
    }
    this.items = items;
    // Drops the drafts of items reviewed since, e.g. by a submit whose answer was lost.
    this.flushDraft(request.orderId);
    if (Object.values(items).some((item) => item.open)) void this.loadForm();
  }

  private loadForm(): Promise<unknown> {
    return reviewForm.loadInto(this);
  }

  private patchItem(lineItemId: string, patch: Partial<ReviewItemState>): void {
    this.items = { ...this.items, [lineItemId]: { ...this.items[lineItemId]!, ...patch } };
    this.scheduleDraft();
  }

  /** Typing writes the draft a moment later, not on every keystroke (photos are large). */
  private scheduleDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushDraft(), 300);
  }

  private flushDraft(orderId = this.requestTask.value?.orderId): void {
    clearTimeout(this.saveTimer);
    if (!orderId) return;
    const open = Object.entries(this.items).filter(([, item]) => !item.receipt && item.rating);
    if (!open.length) return clearDraft(WIDGET, orderId);
    saveDraft(WIDGET, orderId, Object.fromEntries(open.map(([id, item]) => [id, toDraft(item)])));
  }

  private choose(lineItemId: string, rating: Rating): void {
    const wasOpen = this.items[lineItemId]?.open;
    this.patchItem(lineItemId, { rating, open: true });
    void this.loadForm().then(() => {
      if (!wasOpen) this.focusAfterRender(`#review-${CSS.escape(lineItemId)}-title`);
    });
  }

  private async submit(lineItemId: string): Promise<void> {
    const request = this.requestTask.value;
    const item = this.items[lineItemId];
    const product = request?.items.find((i) => i.lineItemId === lineItemId);
    if (!request || !item || !product || item.submitting) return;
    if (!item.rating) return this.patchItem(lineItemId, { error: msg('Choose a star rating first.') });
    // One key per review: a double tap, a retry or a reload sends the same write.
    const idempotencyKey = item.idempotencyKey ?? newIdempotencyKey();
    this.patchItem(lineItemId, { submitting: true, error: undefined, idempotencyKey });
    this.flushDraft();
    try {
      const receipt = await this.requireAdapter().submitReview!(
        {
          orderId: request.orderId,
          lineItemId,
          productId: product.productId,
          rating: item.rating,
          ...(item.title.trim() ? { title: item.title.trim() } : {}),
          ...(item.body.trim() ? { body: item.body.trim() } : {}),
          ...(item.authorName.trim() ? { authorName: item.authorName.trim() } : {}),
          ...(item.photos.length ? { photos: item.photos } : {}),
        },
        { idempotencyKey },
      );
      this.patchItem(lineItemId, { submitting: false, receipt });
      this.flushDraft();
      this.emit('ac-review-submitted', { ...receipt, orderId: request.orderId, lineItemId, rating: item.rating });
      this.track({ name: 'submitted', orderId: request.orderId, step: 'review', value: item.rating });
      this.focusNext(lineItemId);
    } catch (error) {
      const failure = toAdapterError(error);
      // An expired proof: the shopper proves the order again and the review, kept, goes with its key.
      if (failure.code === 'unauthorized') this.askForProof();
      else this.errorShown(failure);
      this.patchItem(lineItemId, {
        submitting: false,
        ...(failure.code === 'unauthorized' ? {} : { error: errorSummary(failure.code) }),
      });
    }
  }

  /** After a review, the next item waiting for one (or the thank-you) gets focus. */
  private focusNext(lineItemId: string): void {
    const ids = this.requestTask.value?.items.map((i) => i.lineItemId) ?? [];
    const next = ids.slice(ids.indexOf(lineItemId) + 1).find((id) => !this.items[id]?.receipt);
    this.focusAfterRender(next ? `#stars-${CSS.escape(next)} [tabindex="0"]` : `#receipt-${CSS.escape(lineItemId)}`);
  }

  /** Whether the adapter has both review methods; without them the prompt is left out. */
  private get reviewable(): boolean {
    return this.supports('getReviewRequest') && this.supports('submitReview');
  }

  protected override render() {
    if (this.resolvedAdapter && !this.reviewable) return nothing;
    const body = this.renderOrderTask(this.requestTask, {
      skeleton: PROMPT_SKELETON,
      loadingLabel: msg('Loading your items…'),
      complete: (request) => (request ? this.renderRequest(request) : nothing),
    });
    return html`<section class="prompt stack" part="base" aria-labelledby="prompt-title">${body}</section>`;
  }

  private renderRequest(request: ReviewRequest) {
    const points = request.pointsPerReview ?? 0;
    return html`
      <h2 class="prompt__title" id="prompt-title">${msg('How are your items?')}</h2>
      ${
        request.items.length === 0
          ? html`<p class="muted">${msg('Nothing to review right now. Thank you for your reviews!')}</p>`
          : nothing
      }
      ${
        points > 0 && request.items.length
          ? html`<p class="incentive callout" part="incentive">
              ${plural(points, {
                one: () => msg(str`Earn ${formatNumber(points)} point for each review`),
                other: () => msg(str`Earn ${formatNumber(points)} points for each review`),
              })}
            </p>`
          : nothing
      }
      <ul class="items plain-list">
        ${request.items.map((product) => this.renderItem(product, this.items[product.lineItemId] ?? emptyItem()))}
      </ul>
    `;
  }

  private renderItem(product: ReviewRequest['items'][number], state: ReviewItemState) {
    const id = product.lineItemId;
    const image = safeImageUrl(product.imageUrl);
    const form = reviewForm.loaded(this);
    return html`
      <li
        class="item card"
        part="item"
        @pointerover=${() => void reviewForm.load()}
        @focusin=${() => void reviewForm.load()}
      >
        <div class="item__head">
          <span class="item__image thumb">
            ${image ? html`<img src=${image} alt="" width="64" height="64" loading="lazy" decoding="async" />` : nothing}
          </span>
          <h3 class="item__title">${product.title}</h3>
        </div>
        ${
          state.receipt
            ? this.renderReceipt(id, state)
            : html`
                <div id="stars-${id}" part="stars">
                  ${renderScale({
                    options: starOptions(starLabel),
                    value: state.rating,
                    label: msg(str`Rate ${product.title}`),
                    className: 'stars',
                    onChoose: (rating) => this.choose(id, rating as Rating),
                  })}
                </div>
                ${
                  state.open && form
                    ? form.renderReviewForm(`review-${id}`, state, {
                        change: (patch) => this.patchItem(id, patch),
                        submit: () => void this.submit(id),
                      })
                    : nothing
                }
              `
        }
      </li>
    `;
  }

  private renderReceipt(id: string, state: ReviewItemState) {
    const receipt = state.receipt!;
    const points = receipt.pointsAwarded ?? 0;
    return html`
      <div class="receipt" part="receipt" id="receipt-${id}" tabindex="-1" role="status">
        <strong>
          ${
            receipt.status === 'published'
              ? msg('Thank you! Your review is live.')
              : msg('Thank you! Your review will appear once we have checked it.')
          }
        </strong>
        ${
          points > 0
            ? html`<span>
                ${plural(points, {
                  one: () => msg(str`You earned ${formatNumber(points)} point.`),
                  other: () => msg(str`You earned ${formatNumber(points)} points.`),
                })}
              </span>`
            : nothing
        }
      </div>
    `;
  }
}
