import { addDecimals, multiplyMoney, subtractMoney, sumMoney } from '../core/decimal.js';
import { AdapterError } from '../core/errors.js';
import { normalizeOrderNumber } from '../core/order-number.js';
import type * as Model from '../core/schemas/index.js';
import { earnedPoints, policyAccount, tierFor } from './loyalty.js';
import { pickText, type PolicyTier, type ShopPolicy } from './policy.js';
import type { ShopState, StateTransaction, StoredOrder } from './state.js';

const DAY = 86_400_000;

function normalizePhone(phone: string): string {
  return phone.replace(/\D/g, '').slice(-9);
}

/** Tells whether two requests are the same action, for idempotency. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value);
}

/** What a shop may add beyond its orders and policy: loyalty accounts and recommendations. */
export interface ShopExtras {
  loyalty?: {
    /** The customer's points, or undefined when they are not a member. */
    pointsOf(customerId: string): number | undefined;
    account(customerId: string | undefined, locale: string, currency: string, now: Date): Model.LoyaltyAccount;
  };
  recommendations?: (order: Model.Order | undefined, currency: string, locale: string) => Model.Recommendation[];
}

export interface ShopOptions extends ShopExtras {
  policy: ShopPolicy;
  state: ShopState;
  now: () => Date;
  /** Every list comes back empty (no items, shipments, reviews or recommendations): for the demo's empty state. */
  empty?: boolean;
}

/**
 * A shop's after-sales rules over its state: orders, returns, reviews, survey
 * answers and loyalty, behaving the way the REST contract describes. The
 * MemoryAdapter runs it over memory, the reference server over SQL.
 */
export class Shop {
  readonly state: ShopState;
  readonly policy: ShopPolicy;
  protected readonly now: () => Date;
  private readonly idempotent = new Map<string, { fingerprint: string; result: Promise<unknown> }>();

  constructor(private readonly options: ShopOptions) {
    this.state = options.state;
    this.policy = options.policy;
    this.now = options.now;
  }

  /** Runs `work` as one unit (ShopState.transaction): a shopper's write and the messages it sends commit together. */
  transaction<T>(work: (shop: Shop, tx: StateTransaction | undefined) => Promise<T>): Promise<T> {
    return this.state.transaction((state, tx) => work(new Shop({ ...this.options, state }), tx));
  }

  /** Every subscription made, for tests and the demo. */
  subscriptions(): Promise<Model.UpdateSubscription[]> {
    return this.state.subscriptions();
  }

  /** Runs a write once per idempotency key; the same key with another body is a conflict. */
  async once<T>(key: string | undefined, request: unknown, write: () => Promise<T>): Promise<T> {
    if (!key) return write();
    const seen = this.idempotent.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint(request)) {
        throw new AdapterError('conflict', 'This idempotency key was used for a different request', { status: 409 });
      }
      return seen.result as Promise<T>;
    }
    const result = write();
    this.idempotent.set(key, { fingerprint: fingerprint(request), result });
    // A failed write may be tried again with the same key.
    result.catch(() => this.idempotent.delete(key));
    return result;
  }

  /** The stored order a reference names, checked against its contact when one is given. */
  async findOrder(ref: Model.OrderRef): Promise<StoredOrder> {
    const stored = await this.state.findOrder(normalizeOrderNumber(ref.orderId));
    const contact = stored?.contact;
    const emailOk = !ref.email || ref.email.trim().toLowerCase() === contact?.email?.trim().toLowerCase();
    const phoneOk = !ref.phone || (!!contact?.phone && normalizePhone(ref.phone) === normalizePhone(contact.phone));
    // A wrong contact and an unknown order answer alike, so nothing leaks about other orders.
    if (!stored || !emailOk || !phoneOk)
      throw new AdapterError('not_found', 'No order matches these details', { status: 404 });
    return stored;
  }

  /** The customer who owns an order, if any. */
  static customerOf(stored: StoredOrder): string | undefined {
    return stored.customerId ?? stored.order.customer?.id;
  }

  /** The order in the shopper's language when the shop wrote it in that language. */
  private view(stored: StoredOrder, locale: string): Model.Order {
    return stored.translations?.[locale] ?? stored.order;
  }

  async getOrder(ref: Model.OrderRef, locale: string): Promise<Model.Order> {
    const order = this.view(await this.findOrder(ref), locale);
    const delivered = order.shipments.length > 0 && order.shipments.every((s) => s.status === 'delivered');
    // Cash on delivery is paid once everything has arrived.
    const { amountDue, ...rest } = order;
    const paid = order.paymentMethod === 'cod' && delivered;
    return {
      ...rest,
      ...(amountDue && !paid ? { amountDue } : {}),
      ...(this.options.empty ? { items: [], shipments: [] } : {}),
    };
  }

  /** A customer's points: the shop's loyalty program's, else what the policy earns them; undefined for non-members. */
  async pointsOf(customerId: string | undefined): Promise<number | undefined> {
    if (customerId === undefined) return undefined;
    if (this.options.loyalty) return this.options.loyalty.pointsOf(customerId);
    if (!this.policy.points) return undefined;
    const orders = await this.state.ordersOfCustomer(customerId);
    const reviews = orders.length ? await this.state.reviewsOf(orders.map((stored) => stored.order.id)) : [];
    return earnedPoints(this.policy, orders, reviews);
  }

  /** The loyalty tier a customer's points reach, when they are a member. */
  async tierOf(customerId: string | undefined): Promise<PolicyTier | undefined> {
    const points = await this.pointsOf(customerId);
    return points === undefined ? undefined : tierFor(this.policy, points);
  }

  private async returnedQuantities(orderId: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const stored of await this.state.returnsOf(orderId)) {
      if (stored.status === 'rejected' || stored.status === 'cancelled') continue;
      for (const item of stored.request.items)
        counts.set(item.lineItemId, (counts.get(item.lineItemId) ?? 0) + item.quantity);
    }
    return counts;
  }

  private finalSale(item: Model.Order['items'][number]): boolean {
    const { productIds = [], variantIds = [] } = this.policy.finalSale;
    return productIds.includes(item.productId) || (!!item.variantId && variantIds.includes(item.variantId));
  }

  async getReturnOptions(ref: Model.OrderRef, locale: string): Promise<Model.ReturnOptions> {
    const stored = await this.findOrder(ref);
    const order = this.view(stored, locale);
    const currency = order.total.currency;
    const returned = await this.returnedQuantities(order.id);
    const memberTier = await this.tierOf(Shop.customerOf(stored));
    const windowDays = memberTier?.returnWindowDays ?? this.policy.returnWindowDays;
    const perks = memberTier?.returnPerks ?? [];
    const deliveredTimes = order.shipments.flatMap((s) => (s.deliveredAt ? [Date.parse(s.deliveredAt)] : []));
    const start = deliveredTimes.length ? Math.max(...deliveredTimes) : this.now().getTime();
    const deadline = new Date(start + windowDays * DAY);
    const expired = deadline.getTime() < this.now().getTime();

    const items: Model.ReturnOptions['items'] = order.items.map((line) => {
      const shipment = order.shipments.find((s) => s.items.some((i) => i.lineItemId === line.id));
      const left = line.quantity - (returned.get(line.id) ?? 0);
      const reason = this.finalSale(line)
        ? 'final_sale'
        : shipment?.status !== 'delivered'
          ? 'not_delivered'
          : expired
            ? 'window_expired'
            : left <= 0
              ? 'already_returned'
              : undefined;
      return {
        lineItemId: line.id,
        returnableQuantity: reason ? 0 : left,
        ...(reason ? { ineligibleReason: reason } : {}),
      };
    });

    const { refund, storeCredit, exchange } = this.policy.resolutions;
    const exchangeVariants = exchange
      ? (stored.exchangeVariants ?? []).map((entry) => ({
          lineItemId: entry.lineItemId,
          variants: entry.variants.map((v) => ({ id: v.id, title: pickText(v.title, locale), available: v.available })),
        }))
      : [];
    const bonus = storeCredit?.bonus?.[currency];
    const free = perks.includes('free_return_shipping');

    return {
      orderId: order.id,
      policy: {
        windowDays,
        deadline: deadline.toISOString().slice(0, 10),
        ...(memberTier ? { tier: pickText(memberTier.name, locale) } : {}),
        perks,
      },
      items: this.options.empty ? [] : items,
      reasons: this.policy.reasons.map(({ code, label, requiresPhoto, requiresComment }) => ({
        code,
        ...(label ? { label: pickText(label, locale) } : {}),
        ...(requiresPhoto ? { requiresPhoto } : {}),
        ...(requiresComment ? { requiresComment } : {}),
      })),
      resolutions: [
        ...(refund
          ? [
              {
                type: 'refund' as const,
                ...(refund.codNeedsAccount && order.paymentMethod === 'cod' ? { refundAccountRequired: true } : {}),
              },
            ]
          : []),
        ...(storeCredit
          ? [{ type: 'store_credit' as const, ...(bonus ? { bonus: { amount: bonus, currency } } : {}) }]
          : []),
        ...(exchangeVariants.length ? [{ type: 'exchange' as const }] : []),
      ],
      ...(exchangeVariants.length ? { exchangeVariants } : {}),
      methods: (this.policy.methods[currency] ?? []).map(({ fee, ...method }) => ({
        ...method,
        fee: { amount: free ? '0' : fee, currency },
      })),
    };
  }

  async createReturn(request: Model.ReturnRequest, locale: string): Promise<Model.ReturnReceipt> {
    const stored = await this.findOrder({ orderId: request.orderId });
    const order = stored.order;
    const options = await this.getReturnOptions({ orderId: order.id }, locale);
    const invalid = (message: string) => new AdapterError('invalid_request', message, { status: 422 });

    const method = options.methods.find((m) => m.code === request.methodCode);
    if (!method) throw invalid(`Unknown return method ${request.methodCode}`);
    const resolution = options.resolutions?.find((r) => r.type === request.resolution);
    if (!resolution) throw invalid(`Resolution ${request.resolution} is not offered`);
    if (resolution.refundAccountRequired && !request.refundAccount) throw invalid('A refund account is required');

    const lines: Model.Money[] = [];
    for (const item of request.items) {
      const allowed = options.items.find((i) => i.lineItemId === item.lineItemId);
      if (!allowed || item.quantity > allowed.returnableQuantity)
        throw invalid(`Item ${item.lineItemId} cannot be returned`);
      const reason = options.reasons.find((r) => r.code === item.reasonCode);
      if (!reason) throw invalid(`Unknown reason ${item.reasonCode}`);
      if (reason.requiresPhoto && !item.photos?.length) throw invalid('A photo is required for this reason');
      if (reason.requiresComment && !item.comment?.trim()) throw invalid('A comment is required for this reason');
      if (request.resolution === 'exchange') {
        const variant = options.exchangeVariants
          ?.find((e) => e.lineItemId === item.lineItemId)
          ?.variants.find((v) => v.id === item.exchangeVariantId);
        if (!variant?.available) throw invalid('Choose an available variant to exchange for');
      }
      const line = order.items.find((l) => l.id === item.lineItemId)!;
      lines.push(multiplyMoney(line.unitPrice, item.quantity));
    }

    const itemsTotal = sumMoney(...lines);
    let estimate = subtractMoney(itemsTotal, method.fee);
    if (request.resolution === 'store_credit' && resolution.bonus) estimate = sumMoney(estimate, resolution.bonus);
    const sequence = await this.state.nextNumber();
    const id = `RMA-${order.number.replace(/\D/g, '')}-${String(sequence).padStart(3, '0')}`;
    const receipt: Model.ReturnReceipt = {
      id,
      orderId: order.id,
      createdAt: this.now().toISOString(),
      status: options.policy?.perks?.includes('instant_refund') ? 'approved' : 'requested',
      ...(request.resolution === 'exchange'
        ? {}
        : { refundEstimate: { ...estimate, amount: addDecimals(estimate.amount) } }),
      label:
        method.kind === 'mail'
          ? { url: `https://returns.example.com/labels/${id}.pdf` }
          : method.kind === 'drop_off'
            ? { qrCode: id, dropOffCode: `DK${String(order.id.length * 7919 + sequence).slice(-6)}` }
            : {},
    };
    await this.state.saveReturn({ ...receipt, request });
    return receipt;
  }

  async getReturn(returnId: string): Promise<Model.ReturnReceipt> {
    const stored = await this.state.getReturn(returnId);
    if (!stored) throw new AdapterError('not_found', `No return ${returnId}`, { status: 404 });
    const { request: _request, ...receipt } = stored;
    return receipt;
  }

  async getReviewRequest(ref: Model.OrderRef, locale: string): Promise<Model.ReviewRequest> {
    const order = this.view(await this.findOrder(ref), locale);
    const reviewed = await this.state.reviewedOf(order.id);
    const delivered = new Set(
      order.shipments.filter((s) => s.status === 'delivered').flatMap((s) => s.items.map((i) => i.lineItemId)),
    );
    const items = order.items
      .filter((line) => delivered.has(line.id) && !reviewed.has(line.id))
      .map((line) => ({
        lineItemId: line.id,
        productId: line.productId,
        title: line.title,
        ...(line.imageUrl ? { imageUrl: line.imageUrl } : {}),
      }));
    return {
      orderId: order.id,
      items: this.options.empty ? [] : items,
      pointsPerReview: this.policy.reviews?.pointsPerReview ?? 0,
    };
  }

  async submitReview(review: Model.ReviewSubmission, locale: string): Promise<Model.ReviewReceipt> {
    const { order } = await this.findOrder({ orderId: review.orderId });
    const reviewedAlready = () => new AdapterError('conflict', 'This item has been reviewed already', { status: 409 });
    if ((await this.state.reviewedOf(order.id)).has(review.lineItemId)) throw reviewedAlready();
    const request = await this.getReviewRequest({ orderId: order.id }, locale);
    if (!request.items.some((i) => i.lineItemId === review.lineItemId)) {
      throw new AdapterError('invalid_request', 'This item cannot be reviewed yet', { status: 422 });
    }
    const moderated = Boolean(review.photos?.length) || review.rating <= 2;
    const receipt: Model.ReviewReceipt = {
      id: `rev_${review.lineItemId}`,
      status: moderated ? 'pending_moderation' : 'published',
      pointsAwarded: request.pointsPerReview ?? 0,
    };
    const saved = await this.state.saveReview({
      id: receipt.id,
      orderId: order.id,
      lineItemId: review.lineItemId,
      status: receipt.status,
      review,
    });
    if (!saved) throw reviewedAlready();
    return receipt;
  }

  async submitNps(submission: Model.NpsSubmission): Promise<Model.NpsReceipt> {
    // The order's token is the proof of the call, not part of the answer.
    const { token: _token, ...response } = submission;
    if (response.responseId) {
      const existing = await this.state.getNps(response.responseId);
      if (!existing) throw new AdapterError('not_found', 'No such survey response', { status: 404 });
      await this.state.saveNps(response.responseId, { ...existing, ...response });
      return { responseId: response.responseId };
    }
    const responseId = `nps_${await this.state.nextNumber()}`;
    await this.state.saveNps(responseId, response);
    return { responseId };
  }

  npsResponse(responseId: string): Promise<Model.NpsSubmission | undefined> {
    return this.state.getNps(responseId);
  }

  async getLoyalty(ref: { customerId?: string }, locale: string): Promise<Model.LoyaltyAccount> {
    const loyalty = this.options.loyalty;
    if (!ref.customerId) throw new AdapterError('unauthorized', 'Sign in to see your points', { status: 401 });
    if (!loyalty) {
      // The policy's own program: points from the customer's orders, tiers from its thresholds.
      const points = await this.pointsOf(ref.customerId);
      const account = points === undefined ? undefined : policyAccount(this.policy, ref.customerId, points, locale);
      if (!account) throw new AdapterError('not_found', 'No loyalty account', { status: 404 });
      return account;
    }
    const currency = (await this.state.currencyOfCustomer(ref.customerId)) ?? 'THB';
    return loyalty.account(ref.customerId, locale, currency, this.now());
  }

  async subscribeToUpdates(sub: Model.UpdateSubscription): Promise<void> {
    await this.findOrder({ orderId: sub.orderId });
    await this.state.saveSubscription(sub);
  }

  async getRecommendations(
    ref: { orderId?: string; customerId?: string; placement: Model.RecommendationPlacement },
    locale: string,
  ): Promise<Model.Recommendation[]> {
    if (this.options.empty || !this.options.recommendations) return [];
    const order = ref.orderId ? this.view(await this.findOrder({ orderId: ref.orderId }), locale) : undefined;
    return this.options.recommendations(order, order?.total.currency ?? 'THB', locale);
  }
}
