import { multiplyMoney, sumMoney } from '../../core/decimal.js';
import type * as Model from '../../core/schemas/index.js';
import type { StoredOrder } from '../../shop/state.js';
import { product } from './demo-catalog.js';
import { shipmentDetails } from './demo-details.js';
import { type DemoOrder, demoOrders } from './demo-orders.js';
import { pick } from './localized.js';

const LANGUAGES = ['en', 'th', 'id'] as const;

/** One demo order as the shop shows it in one language. */
function orderIn(order: DemoOrder, locale: string): Model.Order {
  const items = order.lines.map((line) => {
    const p = product(line.productId);
    const variant = p.variants?.find((v) => v.id === line.variantId);
    const amount = p.prices[order.currency];
    if (!amount) throw new Error(`No ${order.currency} price for ${line.productId}`);
    return {
      id: line.id,
      productId: line.productId,
      ...(line.variantId ? { variantId: line.variantId } : {}),
      title: pick(p.title, locale),
      ...(variant ? { variantTitle: pick(variant.title, locale) } : {}),
      imageUrl: p.image,
      productUrl: `https://shop.example.com/products/${line.productId}`,
      quantity: line.quantity,
      unitPrice: { amount, currency: order.currency },
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
    ...(order.statusPageUrl ? { statusPageUrl: order.statusPageUrl } : {}),
    ...(order.paymentMethod === 'cod' && !delivered ? { amountDue: total } : {}),
    customer: { ...(order.customerId ? { id: order.customerId } : {}), name: order.customerName },
    items,
    shipments: order.shipments.map((s) => ({
      id: s.id,
      status: s.status,
      carrier: s.carrier,
      ...(s.trackingNumber ? { trackingNumber: s.trackingNumber } : {}),
      ...(s.trackingUrl ? { trackingUrl: s.trackingUrl } : {}),
      ...(s.deliveredAt ? { deliveredAt: s.deliveredAt } : {}),
      // Estimate, pickup point and what real carriers add (DESIGN §5.2), in this language.
      ...shipmentDetails(s, locale),
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

/**
 * The demo shops' orders as a shop stores them (seed data: the MemoryAdapter
 * starts with them, the reference server puts them in its database on the
 * first start with DEMO=1), in each language the demo writes, dates relative to `now`.
 */
export function demoSeed(now: Date): StoredOrder[] {
  return demoOrders(now).map((order) => {
    const exchangeVariants = order.lines.flatMap((line) => {
      const variants = product(line.productId).variants;
      if (!variants) return [];
      return [
        {
          lineItemId: line.id,
          variants: variants
            .filter((v) => v.id !== line.variantId)
            .map((v) => ({ id: v.id, title: { ...v.title }, available: v.available })),
        },
      ];
    });
    return {
      order: orderIn(order, 'en'),
      contact: { email: order.email, phone: order.phone },
      ...(order.customerId ? { customerId: order.customerId } : {}),
      locale: 'en',
      translations: Object.fromEntries(LANGUAGES.filter((l) => l !== 'en').map((l) => [l, orderIn(order, l)])),
      ...(exchangeVariants.length ? { exchangeVariants } : {}),
    };
  });
}
