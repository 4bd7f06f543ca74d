import { parseDecimal } from '../core/decimal.js';
import type * as Model from '../core/schemas/index.js';
import { pickText, type PolicyTier, type ShopPolicy } from './policy.js';
import type { StoredOrder, StoredReview } from './state.js';

/** Whole times `per` goes into `amount`, exactly (decimal strings, never floats). */
function wholeTimes(amount: string, per: string): number {
  const a = parseDecimal(amount);
  const b = parseDecimal(per);
  const scale = Math.max(a.scale, b.scale);
  const units = (d: typeof a) => d.units * 10n ** BigInt(scale - d.scale);
  return units(b) > 0n && units(a) > 0n ? Number(units(a) / units(b)) : 0;
}

/** Whether an order has arrived: not cancelled, and every parcel delivered. */
const arrived = ({ order }: StoredOrder) =>
  order.status !== 'cancelled' && order.shipments.length > 0 && order.shipments.every((s) => s.status === 'delivered');

/**
 * A customer's points by the policy (`points.perAmount`): one point per that
 * amount of each order that has arrived, plus `reviews.pointsPerReview` for
 * each review of their orders that was not rejected. Undefined when the policy
 * earns no points or the customer has no order.
 */
export function earnedPoints(policy: ShopPolicy, orders: StoredOrder[], reviews: StoredReview[]): number | undefined {
  if (!policy.points || !orders.length) return undefined;
  const perAmount = policy.points.perAmount;
  const fromOrders = orders.filter(arrived).reduce((sum, { order }) => {
    const per = perAmount[order.total.currency];
    return sum + (per ? wholeTimes(order.total.amount, per) : 0);
  }, 0);
  const ids = new Set(orders.map((stored) => stored.order.id));
  const reviewed = reviews.filter((review) => ids.has(review.orderId) && review.status !== 'rejected').length;
  return fromOrders + reviewed * (policy.reviews?.pointsPerReview ?? 0);
}

/** The tier a number of points reaches: the highest whose threshold it passes, else the lowest. */
export function tierFor(policy: ShopPolicy, points: number): PolicyTier | undefined {
  return [...policy.tiers].reverse().find((tier) => points >= tier.threshold.points) ?? policy.tiers[0];
}

/** A customer's account as the policy's tiers describe it: tier, perks, and how far the next one is. */
export function policyAccount(
  policy: ShopPolicy,
  customerId: string,
  points: number,
  locale: string,
): Model.LoyaltyAccount | undefined {
  const tier = tierFor(policy, points);
  if (!tier) return undefined;
  const next = policy.tiers[policy.tiers.indexOf(tier) + 1];
  const span = next ? next.threshold.points - tier.threshold.points : 0;
  return {
    customerId,
    points,
    tier: { code: tier.code, name: pickText(tier.name, locale) },
    ...(next
      ? {
          nextTier: {
            code: next.code,
            name: pickText(next.name, locale),
            pointsToReach: Math.max(0, next.threshold.points - points),
          },
          progress: span > 0 ? Math.min(1, Math.max(0, (points - tier.threshold.points) / span)) : 0,
        }
      : {}),
    perks: tier.perks.map((perk) => ({ code: perk.code, label: pickText(perk.label, locale) })),
  };
}
