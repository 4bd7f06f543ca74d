import { addDecimals, multiplyMoney, subtractMoney, sumMoney } from '../../core/decimal.js';
import { AdapterError } from '../../core/errors.js';
import { normalizeOrderNumber } from '../../core/order-number.js';
import type * as Model from '../../core/schemas/index.js';
import { CATALOG, product } from './demo-catalog.js';
import { loyaltyAccount, MEMBERS, tier, TIERS } from './demo-loyalty.js';
import { type DemoCurrency, type DemoOrder, demoOrders } from './demo-orders.js';
import { MemoryState, type DemoState } from './demo-state.js';
import { PHOTO_REASONS, RETURN_METHODS, STORE_CREDIT_BONUS } from './demo-policy.js';
import { pick, t } from './localized.js';

const DAY = 86_400_000;

function normalizePhone(phone: string): string {
  return phone.replace(/\D/g, '').slice(-9);
}

/** Tells whether two requests are the same action, for idempotency. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * The demo shop's backend: orders, returns, reviews, survey answers and
 * loyalty in memory, behaving the way the REST contract describes.
 */
export class DemoStore {
  private readonly orders: DemoOrder[];
  private readonly idempotent = new Map<string, { fingerprint: string; result: Promise<unknown> }>();

  constructor(
    private readonly now: () => Date,
    private readonly options: { empty?: boolean; orders?: DemoOrder[] } = {},
    /** Where returns, reviews, answers and subscriptions are kept. */
    readonly state: DemoState = new MemoryState(),
  ) {
    this.orders = options.orders ?? demoOrders(now());
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

  findOrder(ref: Model.OrderRef): DemoOrder {
    const wanted = normalizeOrderNumber(ref.orderId);
    const order = this.orders.find((o) => o.id === wanted || o.number === wanted);
    const emailOk = !ref.email || ref.email.trim().toLowerCase() === order?.email;
    const phoneOk = !ref.phone || normalizePhone(ref.phone) === normalizePhone(order?.phone ?? '');
    // A wrong contact and an unknown order answer alike, so nothing leaks about other orders.
    if (!order || !emailOk || !phoneOk)
      throw new AdapterError('not_found', 'No order matches these details', { status: 404 });
    return order;
  }

  private money(productId: string, currency: DemoCurrency): Model.Money {
    const amount = product(productId).prices[currency];
    if (!amount) throw new Error(`No ${currency} price for ${productId}`);
    return { amount, currency };
  }

  getOrder(ref: Model.OrderRef, locale: string): Model.Order {
    const order = this.findOrder(ref);
    const items = order.lines.map((line) => {
      const p = product(line.productId);
      const variant = p.variants?.find((v) => v.id === line.variantId);
      return {
        id: line.id,
        productId: line.productId,
        ...(line.variantId ? { variantId: line.variantId } : {}),
        title: pick(p.title, locale),
        ...(variant ? { variantTitle: pick(variant.title, locale) } : {}),
        imageUrl: p.image,
        productUrl: `https://shop.example.com/products/${line.productId}`,
        quantity: line.quantity,
        unitPrice: this.money(line.productId, order.currency),
      };
    });
    const total = sumMoney(...items.map((item) => multiplyMoney(item.unitPrice, item.quantity)));
    const delivered = order.shipments.every((s) => s.status === 'delivered');
    return {
      id: order.id,
      number: order.number,
      placedAt: order.placedAt,
      status: order.status,
      total,
      paymentMethod: order.paymentMethod,
      ...(order.paymentMethod === 'cod' && !delivered ? { amountDue: total } : {}),
      customer: { ...(order.customerId ? { id: order.customerId } : {}), name: order.customerName },
      items: this.options.empty ? [] : items,
      shipments: this.options.empty
        ? []
        : order.shipments.map((s) => ({
            id: s.id,
            status: s.status,
            carrier: s.carrier,
            ...(s.trackingNumber ? { trackingNumber: s.trackingNumber } : {}),
            ...(s.trackingUrl ? { trackingUrl: s.trackingUrl } : {}),
            ...(s.estimatedDelivery ? { estimatedDelivery: s.estimatedDelivery } : {}),
            ...(s.deliveredAt ? { deliveredAt: s.deliveredAt } : {}),
            ...(s.pickupPoint
              ? {
                  pickupPoint: {
                    name: pick(s.pickupPoint.name, locale),
                    address: pick(s.pickupPoint.address, locale),
                    ...(s.pickupPoint.openingHours ? { openingHours: pick(s.pickupPoint.openingHours, locale) } : {}),
                  },
                }
              : {}),
            items: s.items,
            events: s.events.map((e) => ({
              at: e.at,
              status: e.status,
              ...(e.subStatus ? { subStatus: e.subStatus } : {}),
              description: pick(e.description, locale),
              ...(e.location ? { location: pick(e.location, locale) } : {}),
            })),
          })),
    };
  }

  private tierOf(order: DemoOrder) {
    const member = MEMBERS.find((m) => m.customerId === order.customerId);
    return member ? tier(member.tier) : undefined;
  }

  private async returnedQuantities(orderId: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const stored of await this.state.returnsOf(orderId)) {
      for (const item of stored.request.items)
        counts.set(item.lineItemId, (counts.get(item.lineItemId) ?? 0) + item.quantity);
    }
    return counts;
  }

  async getReturnOptions(ref: Model.OrderRef, locale: string): Promise<Model.ReturnOptions> {
    const order = this.findOrder(ref);
    const returned = await this.returnedQuantities(order.id);
    const memberTier = this.tierOf(order);
    const policyTier = memberTier ?? TIERS[0]!;
    const deliveredTimes = order.shipments.flatMap((s) => (s.deliveredAt ? [Date.parse(s.deliveredAt)] : []));
    const start = deliveredTimes.length ? Math.max(...deliveredTimes) : this.now().getTime();
    const deadline = new Date(start + policyTier.returnWindowDays * DAY);
    const expired = deadline.getTime() < this.now().getTime();
    const perks = policyTier.returnPerks;

    const items: Model.ReturnOptions['items'] = order.lines.map((line) => {
      const shipment = order.shipments.find((s) => s.items.some((i) => i.lineItemId === line.id));
      const left = line.quantity - (returned.get(line.id) ?? 0);
      const reason = product(line.productId).finalSale
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

    const exchangeVariants = order.lines.flatMap((line) => {
      const variants = product(line.productId).variants;
      if (!variants) return [];
      return [
        {
          lineItemId: line.id,
          variants: variants
            .filter((v) => v.id !== line.variantId)
            .map((v) => ({ id: v.id, title: pick(v.title, locale), available: v.available })),
        },
      ];
    });

    return {
      orderId: order.id,
      policy: {
        windowDays: policyTier.returnWindowDays,
        deadline: deadline.toISOString().slice(0, 10),
        ...(memberTier ? { tier: pick(memberTier.name, locale) } : {}),
        perks,
      },
      items: this.options.empty ? [] : items,
      reasons: [
        ...['wrong_size', 'not_as_described', 'damaged', 'defective', 'wrong_item', 'changed_mind', 'arrived_late'].map(
          (code) => ({ code, ...(PHOTO_REASONS.has(code) ? { requiresPhoto: true } : {}) }),
        ),
        {
          code: 'gift_duplicate',
          label: pick(
            t('Received it twice as a gift', 'ได้รับเป็นของขวัญซ้ำ', 'Menerima hadiah yang sama dua kali'),
            locale,
          ),
        },
        { code: 'other', requiresComment: true },
      ],
      resolutions: [
        { type: 'refund', ...(order.paymentMethod === 'cod' ? { refundAccountRequired: true } : {}) },
        { type: 'store_credit', bonus: { amount: STORE_CREDIT_BONUS[order.currency], currency: order.currency } },
        ...(exchangeVariants.length ? [{ type: 'exchange' as const }] : []),
      ],
      ...(exchangeVariants.length ? { exchangeVariants } : {}),
      methods: RETURN_METHODS[order.currency].map((method) =>
        perks.includes('free_return_shipping') ? { ...method, fee: { ...method.fee, amount: '0' } } : method,
      ),
    };
  }

  async createReturn(request: Model.ReturnRequest, locale: string): Promise<Model.ReturnReceipt> {
    const order = this.findOrder({ orderId: request.orderId });
    const options = await this.getReturnOptions({ orderId: order.id }, locale);
    const invalid = (message: string) => new AdapterError('invalid_request', message, { status: 422 });

    const method = options.methods.find((m) => m.code === request.methodCode);
    if (!method) throw invalid(`Unknown return method ${request.methodCode}`);
    const resolution = options.resolutions.find((r) => r.type === request.resolution);
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
      const line = order.lines.find((l) => l.id === item.lineItemId)!;
      lines.push(multiplyMoney(this.money(line.productId, order.currency), item.quantity));
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
      status: options.policy.perks.includes('instant_refund') ? 'approved' : 'requested',
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
    const order = this.findOrder(ref);
    const reviewed = await this.state.reviewedOf(order.id);
    const delivered = new Set(
      order.shipments.filter((s) => s.status === 'delivered').flatMap((s) => s.items.map((i) => i.lineItemId)),
    );
    const items = order.lines
      .filter((line) => delivered.has(line.id) && !reviewed.has(line.id))
      .map((line) => {
        const p = product(line.productId);
        return { lineItemId: line.id, productId: line.productId, title: pick(p.title, locale), imageUrl: p.image };
      });
    return { orderId: order.id, items: this.options.empty ? [] : items, pointsPerReview: 50 };
  }

  async submitReview(review: Model.ReviewSubmission, locale: string): Promise<Model.ReviewReceipt> {
    const order = this.findOrder({ orderId: review.orderId });
    if ((await this.state.reviewedOf(order.id)).has(review.lineItemId)) {
      throw new AdapterError('conflict', 'This item has been reviewed already', { status: 409 });
    }
    const request = await this.getReviewRequest({ orderId: order.id }, locale);
    if (!request.items.some((i) => i.lineItemId === review.lineItemId)) {
      throw new AdapterError('invalid_request', 'This item cannot be reviewed yet', { status: 422 });
    }
    if (!(await this.state.saveReview(order.id, review.lineItemId))) {
      throw new AdapterError('conflict', 'This item has been reviewed already', { status: 409 });
    }
    const moderated = Boolean(review.photos?.length) || review.rating <= 2;
    return {
      id: `rev_${review.lineItemId}`,
      status: moderated ? 'pending_moderation' : 'published',
      pointsAwarded: request.pointsPerReview ?? 0,
    };
  }

  async submitNps(response: Model.NpsSubmission): Promise<Model.NpsReceipt> {
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

  getLoyalty(ref: { customerId?: string }, locale: string): Model.LoyaltyAccount {
    const currency = this.orders.find((o) => o.customerId === ref.customerId)?.currency ?? 'THB';
    return loyaltyAccount(ref, locale, currency, this.now());
  }

  async subscribeToUpdates(sub: Model.UpdateSubscription): Promise<void> {
    this.findOrder({ orderId: sub.orderId });
    await this.state.saveSubscription(sub);
  }

  getRecommendations(
    ref: { orderId?: string; customerId?: string; placement: Model.RecommendationPlacement },
    locale: string,
  ): Model.Recommendation[] {
    if (this.options.empty) return [];
    const order = ref.orderId ? this.findOrder({ orderId: ref.orderId }) : undefined;
    const currency = order?.currency ?? 'THB';
    const owned = new Set(order?.lines.map((l) => l.productId));
    const anchor = order ? pick(product(order.lines[0]!.productId).title, locale) : undefined;
    return (
      CATALOG.filter((p) => !owned.has(p.id) && !p.finalSale && p.prices[currency])
        // What is on sale first, as a shop would promote it.
        .sort((a, b) => Number(Boolean(b.compareAt)) - Number(Boolean(a.compareAt)))
        .slice(0, 6)
        .map((p, index) => ({
          productId: p.id,
          title: pick(p.title, locale),
          url: `https://shop.example.com/products/${p.id}`,
          imageUrl: p.image,
          price: { amount: p.prices[currency]!, currency },
          ...(p.compareAt?.[currency] ? { compareAtPrice: { amount: p.compareAt[currency]!, currency } } : {}),
          ...(anchor && index < 2
            ? {
                reason: pick(
                  t(`Goes with your ${anchor}`, `เข้ากับ${anchor}ของคุณ`, `Cocok dengan ${anchor} Anda`),
                  locale,
                ),
              }
            : {}),
        }))
    );
  }
}
