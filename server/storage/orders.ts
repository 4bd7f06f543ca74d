import type { DemoOrder } from '../../src/adapters/memory/demo-orders.js';
import { demoOrders } from '../../src/adapters/memory/demo-orders.js';
import type { Database } from './database.js';

/**
 * The demo orders, seeded on the first start (dates relative to that start)
 * and read back on every start, so a restart keeps the same orders.
 */
export async function loadOrders(db: Database, now: Date): Promise<DemoOrder[]> {
  const existing = await db.query<{ doc: DemoOrder }>('select doc from orders order by id');
  if (existing.length) return existing.map((row) => row.doc);
  const orders = demoOrders(now);
  for (const order of orders) {
    await db.query('insert into orders (id, number, doc) values ($1, $2, $3) on conflict do nothing', [
      order.id,
      order.number,
      JSON.stringify(order),
    ]);
  }
  return orders;
}
