import { type ShopExtras, Shop } from '../../shop/shop.js';
import { MemoryState, type ShopState, type StoredOrder } from '../../shop/state.js';
import { CATALOG } from './demo-catalog.js';
import { loyaltyAccount, MEMBERS } from './demo-loyalty.js';
import type { DemoCurrency } from './demo-orders.js';
import { DEMO_POLICY } from './demo-policy.js';
import { demoReturns } from './demo-returns.js';
import { demoSeed } from './demo-seed.js';
import { pick, t } from './localized.js';

/** The demo shops' loyalty members and catalogue recommendations. */
export const DEMO_EXTRAS: Required<ShopExtras> = {
  loyalty: {
    pointsOf: (customerId) => MEMBERS.find((m) => m.customerId === customerId)?.points,
    account: (customerId, locale, currency, now) =>
      loyaltyAccount(customerId ? { customerId } : {}, locale, currency as DemoCurrency, now),
  },
  recommendations(order, currency, locale) {
    const owned = new Set(order?.items.map((l) => l.productId));
    const anchor = order?.items[0]?.title;
    const shop = currency as DemoCurrency;
    return (
      CATALOG.filter((p) => !owned.has(p.id) && !p.finalSale && p.prices[shop])
        // What is on sale first, as a shop would promote it.
        .sort((a, b) => Number(Boolean(b.compareAt)) - Number(Boolean(a.compareAt)))
        .slice(0, 6)
        .map((p, index) => ({
          productId: p.id,
          title: pick(p.title, locale),
          url: `https://shop.example.com/products/${p.id}`,
          imageUrl: p.image,
          price: { amount: p.prices[shop]!, currency },
          ...(p.compareAt?.[shop] ? { compareAtPrice: { amount: p.compareAt[shop]!, currency } } : {}),
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
  },
};

/** The demo orders, and the returns the shop has decided on, in memory. */
function demoState(now: Date, orders?: StoredOrder[]): ShopState {
  const state = new MemoryState(orders ?? demoSeed(now));
  // MemoryState keeps a return as soon as saveReturn is called: the store is complete before its first read.
  if (!orders) for (const stored of demoReturns(now)) void state.saveReturn(stored);
  return state;
}

/**
 * The demo shop: the shop's rules (src/shop) with the demo policy, loyalty
 * and catalogue, over memory seeded with the demo orders unless another state is given.
 */
export class DemoStore extends Shop {
  constructor(
    now: () => Date,
    options: { empty?: boolean; orders?: StoredOrder[] } = {},
    state: ShopState = demoState(now(), options.orders),
  ) {
    super({ now, state, policy: DEMO_POLICY, ...DEMO_EXTRAS, ...(options.empty ? { empty: true } : {}) });
  }
}
