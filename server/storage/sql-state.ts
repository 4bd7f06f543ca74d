import type { DemoState, StoredReturn } from '../../src/adapters/memory/demo-state.js';
import type { NpsSubmission, UpdateSubscription } from '../../src/core/schemas/index.js';
import type { Database } from './database.js';

/** The demo shop's memory in SQL: what the MemoryAdapter keeps in maps. */
export class SqlState implements DemoState {
  constructor(private readonly db: Database) {}

  async returnsOf(orderId: string) {
    const rows = await this.db.query<{ doc: StoredReturn }>('select doc from returns where order_id = $1', [orderId]);
    return rows.map((row) => row.doc);
  }

  async getReturn(returnId: string) {
    const [row] = await this.db.query<{ doc: StoredReturn }>('select doc from returns where id = $1', [returnId]);
    return row?.doc;
  }

  async saveReturn(stored: StoredReturn) {
    await this.db.query(
      'insert into returns (id, order_id, doc) values ($1, $2, $3) on conflict (id) do update set doc = excluded.doc',
      [stored.id, stored.orderId, JSON.stringify(stored)],
    );
  }

  async reviewedOf(orderId: string) {
    const rows = await this.db.query<{ line_item_id: string }>('select line_item_id from reviews where order_id = $1', [
      orderId,
    ]);
    return new Set(rows.map((row) => row.line_item_id));
  }

  async saveReview(orderId: string, lineItemId: string) {
    const rows = await this.db.query(
      'insert into reviews (order_id, line_item_id) values ($1, $2) on conflict do nothing returning line_item_id',
      [orderId, lineItemId],
    );
    return rows.length === 1;
  }

  async getNps(responseId: string) {
    const [row] = await this.db.query<{ doc: NpsSubmission }>('select doc from nps_responses where id = $1', [
      responseId,
    ]);
    return row?.doc;
  }

  async saveNps(responseId: string, response: NpsSubmission) {
    await this.db.query(
      'insert into nps_responses (id, doc) values ($1, $2) on conflict (id) do update set doc = excluded.doc',
      [responseId, JSON.stringify(response)],
    );
  }

  async saveSubscription(subscription: UpdateSubscription) {
    await this.db.query('insert into subscriptions (doc) values ($1)', [JSON.stringify(subscription)]);
  }

  async subscriptions() {
    const rows = await this.db.query<{ doc: UpdateSubscription }>('select doc from subscriptions order by id');
    return rows.map((row) => row.doc);
  }

  async nextNumber() {
    const [row] = await this.db.query<{ value: number }>(
      `insert into counters (name, value) values ('ids', 1)
       on conflict (name) do update set value = counters.value + 1 returning value`,
    );
    return Number(row!.value);
  }
}
