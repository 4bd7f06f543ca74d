import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { AftercareElement } from '../../core/base-element.js';
import { toAdapterError } from '../../core/errors.js';
import { formatMoney } from '../../core/format/money.js';
import { getLocale } from '../../core/localization.js';
import { safeImageUrl, safeLinkUrl } from '../../core/safe-url.js';
import type { Money, Recommendation, RecommendationPlacement } from '../../core/schemas/index.js';
import { tokens } from '../../core/styles/tokens.js';
import { getRecommendations } from '../../generated/contract/getRecommendations.js';
import { skeletonStyles } from '../shared/skeleton.js';
import { thumbStyles, utilityStyles } from '../shared/utility.styles.js';
import { recommendationsStyles } from './recommendations.styles.js';
import { renderStripPlaceholder } from './strip-placeholder.js';

/**
 * "You may also like": products from the adapter in a horizontal strip.
 * While they load, a placeholder of the strip's size keeps its place, so the
 * page below does not jump when they arrive. Secondary content, so it stays
 * out of the way otherwise: nothing at all when the adapter has no
 * recommendations, answers none, or fails (the placeholder then collapses).
 *
 * @tag ac-recommendations
 * @summary A strip of recommended products with localized prices; nothing at all when there are none.
 *
 * @fires ac-recommendation-clicked - A product was opened; `detail` is the Recommendation.
 *
 * @csspart base - The section.
 * @csspart strip - The scrolling list.
 * @csspart product - One product card (a link).
 * @csspart image - The product image box.
 * @csspart price - The price, with the old price struck through.
 * @csspart scroll-button - The arrows shown on wide screens with a pointer.
 * @csspart skeleton - The strip's placeholder while the products load.
 */
export class AcRecommendations extends AftercareElement {
  static override contract = { getRecommendations };
  static override styles = [tokens, utilityStyles, thumbStyles, skeletonStyles, recommendationsStyles];

  static override properties: PropertyDeclarations = {
    order: {},
    customer: {},
    placement: { reflect: true },
    limit: { type: Number },
    credit: { attribute: false },
  };

  /** The order the recommendations go with. */
  declare order?: string;
  /** The customer, for personal recommendations. */
  declare customer?: string;
  /** Where the strip stands: `tracking`, `return`, `review` or `journey` (default). */
  placement: RecommendationPlacement = 'journey';
  /** At most this many products; default 4. */
  limit = 4;
  /** Store credit from a return: the heading invites the shopper to spend it. */
  declare credit?: Money;

  private readonly listTask = this.createTask({
    task: async ([adapter, orderId, customerId, placement], { signal }) => {
      if (!adapter?.getRecommendations) return [];
      const query = { placement, ...(orderId ? { orderId } : {}), ...(customerId ? { customerId } : {}) };
      return adapter.getRecommendations(query, { signal });
    },
    args: () =>
      [this.resolvedAdapter, this.order, this.customer, this.placement, getLocale(), this.settingsRevision] as const,
    // Nothing is shown for a failure here (the page loses nothing it needs), but the store hears of it.
    onError: (error) => this.track({ name: 'error', value: toAdapterError(error).code }),
  });

  protected override get analyticsOrderId(): string | undefined {
    return this.order;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = !this.loading;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // No products (and none coming), no box: the host takes no space at all.
    const empty = !this.loading && !this.products.length;
    if (this.hidden !== empty) this.hidden = empty;
    this.reportViewed();
  }

  /** Viewed once products are shown, not while the placeholder stands in for them. */
  protected override reportViewed(): void {
    if (this.products.length) super.reportViewed();
  }

  /** Asking an adapter that can answer: the placeholder keeps the strip's place. */
  private get loading(): boolean {
    const { status } = this.listTask;
    return (
      this.limit > 0 &&
      this.supports('getRecommendations') &&
      (status === TaskStatus.INITIAL || status === TaskStatus.PENDING)
    );
  }

  private get products(): Recommendation[] {
    const list = this.listTask.status === TaskStatus.COMPLETE ? (this.listTask.value ?? []) : [];
    return list.filter((product) => safeLinkUrl(product.url)).slice(0, Math.max(0, this.limit));
  }

  private opened(product: Recommendation): void {
    this.emit('ac-recommendation-clicked', product);
    this.track({
      name: 'recommendation_clicked',
      value: product.productId,
      ...(this.order ? { orderId: this.order } : {}),
    });
  }

  private scrollStrip(direction: 1 | -1): void {
    const strip = this.renderRoot.querySelector<HTMLElement>('.strip');
    if (!strip) return;
    const rtl = getComputedStyle(strip).direction === 'rtl' ? -1 : 1;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    strip.scrollBy({ left: direction * rtl * strip.clientWidth * 0.9, behavior: still ? 'instant' : 'smooth' });
  }

  protected override render() {
    const products = this.products;
    // Up to 8 cards: more would only be out of view, and the strip's height is the same.
    if (!products.length) return this.loading ? renderStripPlaceholder(Math.min(this.limit, 8)) : nothing;
    const heading = this.credit ? msg(str`Spend your ${formatMoney(this.credit)} credit`) : msg('You may also like');
    return html`
      <section class="recommendations" part="base" aria-labelledby="recommendations-title">
        <div class="head">
          <h2 id="recommendations-title">${heading}</h2>
          <div class="arrows">
            ${([-1, 1] as const).map(
              (direction) =>
                html`<button
                  type="button"
                  class="arrow"
                  part="scroll-button"
                  tabindex="-1"
                  aria-hidden="true"
                  @click=${() => this.scrollStrip(direction)}
                >
                  ${direction < 0 ? '‹' : '›'}
                </button>`,
            )}
          </div>
        </div>
        <ul class="strip" part="strip">
          ${products.map((product) => this.renderProduct(product))}
        </ul>
      </section>
    `;
  }

  private renderProduct(product: Recommendation) {
    const image = safeImageUrl(product.imageUrl);
    return html`
      <li class="product">
        <a class="product__link" part="product" href=${safeLinkUrl(product.url)!} @click=${() => this.opened(product)}>
          <span class="product__image thumb" part="image">
            ${image ? html`<img src=${image} alt="" width="320" height="320" loading="lazy" decoding="async" />` : nothing}
          </span>
          <span class="product__title">${product.title}</span>
          ${
            product.price
              ? html`<span class="product__price" part="price">
                  <span>${formatMoney(product.price)}</span>
                  ${
                    product.compareAtPrice
                      ? html`<s
                          ><span class="visually-hidden">${msg('Old price:')}</span>
                          ${formatMoney(product.compareAtPrice)}</s
                        >`
                      : nothing
                  }
                </span>`
              : nothing
          }
          ${product.reason ? html`<span class="product__reason">${product.reason}</span>` : nothing}
        </a>
      </li>
    `;
  }
}
