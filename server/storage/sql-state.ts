import type * as Model from '../../src/core/schemas/index.js';
import type {
  ReviewStatus,
  ShopState,
  StateTransaction,
  StoredOrder,
  StoredReturn,
  StoredReview,
} from '../../src/shop/state.js';
import type { Database } from './database.js';

/**
 * The shop's state in SQL: what the MemoryAdapter keeps in maps. Every read
 * goes to the database (no copy kept here), so every instance sees every write.
 */
export class SqlState implements ShopState {
  /** Over the database, or over one transaction's connection (see transaction()). */
  constructor(private readonly db: Pick<Database, 'query'> & Partial<Pick<Database, 'transaction'>>) {}

  /** One SQL transaction: the change and the rows written on `tx` (its outbox rows) commit together. */
  async transaction<T>(work: (state: ShopState, tx: StateTransaction) => Promise<T>): Promise<T> {
    // Already inside one (a state made for a transaction): the same connection, the same transaction.
    if (!this.db.transaction) return work(this, this.db);
    return this.db.transaction((tx) => work(new SqlState(tx), tx));
  }

  async findOrder(idOrNumber: string) {
    const [row] = await this.db.query<{ doc: StoredOrder }>(
      'select doc from orders where id = $1 union all select doc from orders where number = $1 limit 1',
      [idOrNumber],
    );
    return row?.doc;
  }

  async saveOrder(stored: StoredOrder) {
    await this.db.query(
      `insert into orders (id, number, customer_id, doc) values ($1, $2, $3, $4)
       on conflict (id) do update set number = excluded.number, customer_id = excluded.customer_id, doc = excluded.doc`,
      [
        stored.order.id,
        stored.order.number,
        stored.customerId ?? stored.order.customer?.id ?? null,
        JSON.stringify(stored),
      ],
    );
  }

  async currencyOfCustomer(customerId: string) {
    const [row] = await this.db.query<{ currency: string }>(
      `select doc->'order'->'total'->>'currency' as currency from orders where customer_id = $1 order by id limit 1`,
      [customerId],
    );
    return row?.currency;
  }

  async ordersOfCustomer(customerId: string) {
    const rows = await this.db.query<{ doc: StoredOrder }>(
      'select doc from orders where customer_id = $1 order by id',
      [customerId],
    );
    return rows.map((row) => row.doc);
  }

  async returnsOf(orderId: string) {
    const rows = await this.db.query<{ doc: StoredReturn }>(
      'select doc from returns where order_id = $1 order by created_at, id',
      [orderId],
    );
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

  async returns(status?: string) {
    const rows = await this.db.query<{ doc: StoredReturn }>(
      `select doc from returns where $1::text is null or doc->>'status' = $1 order by created_at, id`,
      [status ?? null],
    );
    return rows.map((row) => row.doc);
  }

  async reviewedOf(orderId: string) {
    const rows = await this.db.query<{ line_item_id: string }>('select line_item_id from reviews where order_id = $1', [
      orderId,
    ]);
    return new Set(rows.map((row) => row.line_item_id));
  }

  async saveReview(review: StoredReview) {
    const rows = await this.db.query(
      `insert into reviews (order_id, line_item_id, id, status, doc) values ($1, $2, $3, $4, $5)
       on conflict do nothing returning line_item_id`,
      [review.orderId, review.lineItemId, review.id, review.status, JSON.stringify(review.review ?? null)],
    );
    return rows.length === 1;
  }

  private static review(row: ReviewRow): StoredReview {
    return {
      id: row.id ?? `rev_${row.line_item_id}`,
      orderId: row.order_id,
      lineItemId: row.line_item_id,
      status: row.status as ReviewStatus,
      ...(row.doc ? { review: row.doc } : {}),
    };
  }

  async getReview(reviewId: string) {
    const [row] = await this.db.query<ReviewRow>('select * from reviews where id = $1', [reviewId]);
    return row && SqlState.review(row);
  }

  async setReviewStatus(reviewId: string, status: ReviewStatus) {
    await this.db.query('update reviews set status = $2 where id = $1', [reviewId, status]);
  }

  async reviewsOf(orderIds: string[]) {
    // By the primary key's leading order_id: a customer's few orders, not the whole shop's reviews.
    const rows = await this.db.query<ReviewRow>(
      'select * from reviews where order_id = any($1::text[]) order by created_at, id',
      [orderIds],
    );
    return rows.map((row) => SqlState.review(row));
  }

  async reviews(status?: string) {
    const rows = await this.db.query<ReviewRow>(
      'select * from reviews where $1::text is null or status = $1 order by created_at, id',
      [status ?? null],
    );
    return rows.map((row) => SqlState.review(row));
  }

  async getNps(responseId: string) {
    const [row] = await this.db.query<{ doc: Model.NpsSubmission }>('select doc from nps_responses where id = $1', [
      responseId,
    ]);
    return row?.doc;
  }

  async saveNps(responseId: string, response: Model.NpsSubmission) {
    await this.db.query(
      'insert into nps_responses (id, doc) values ($1, $2) on conflict (id) do update set doc = excluded.doc',
      [responseId, JSON.stringify(response)],
    );
  }

  async npsResponses() {
    const rows = await this.db.query<{ id: string; doc: Model.NpsSubmission }>(
      'select id, doc from nps_responses order by created_at, id',
    );
    return rows.map((row) => ({ id: row.id, response: row.doc }));
  }

  async saveSubscription(subscription: Model.UpdateSubscription) {
    await this.db.query('insert into subscriptions (doc) values ($1)', [JSON.stringify(subscription)]);
  }

  async subscriptions() {
    const rows = await this.db.query<{ doc: Model.UpdateSubscription }>('select doc from subscriptions order by id');
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

interface ReviewRow {
  id: string | null;
  order_id: string;
  line_item_id: string;
  status: string;
  doc: Model.ReviewSubmission | null;
}
