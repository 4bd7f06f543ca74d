import type { StoredOrder } from '../../src/shop/state.js';
import type { Database } from './database.js';

/**
 * Seeds orders (the demo shop's, with DEMO=1) into an empty orders table.
 * Instances starting together may both try: an order already there is kept.
 */
export async function seedOrders(db: Database, seed: () => StoredOrder[]): Promise<number> {
  const [row] = await db.query<{ count: string | number }>('select count(*) as count from orders');
  if (Number(row?.count ?? 0) > 0) return 0;
  let added = 0;
  for (const stored of seed()) {
    const inserted = await db.query(
      'insert into orders (id, number, customer_id, doc) values ($1, $2, $3, $4) on conflict do nothing returning id',
      [stored.order.id, stored.order.number, stored.customerId ?? null, JSON.stringify(stored)],
    );
    added += inserted.length;
  }
  return added;
}
