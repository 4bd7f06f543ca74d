import type * as Model from '../core/schemas/index.js';
import type { ShopText } from './policy.js';

export type StoredReturn = Model.ReturnReceipt & { request: Model.ReturnRequest };

/** Variants a line may be exchanged for, titled once or per language. */
export type StoredExchange = { lineItemId: string; variants: { id: string; title: ShopText; available: boolean }[] }[];

/**
 * An order as the shop keeps it: what shoppers see, and what only the server
 * knows (the contact that proves a shopper, the owning customer).
 */
export interface StoredOrder {
  order: Model.Order;
  contact: { email?: string; phone?: string };
  customerId?: string;
  /** The language the order's texts are in. */
  locale?: string;
  /** The same order in other languages (same ids and numbers, other texts). */
  translations?: Record<string, Model.Order>;
  exchangeVariants?: StoredExchange;
}

export interface NpsRecord {
  id: string;
  response: Model.NpsSubmission;
}

export type ReviewStatus = Model.ReviewReceipt['status'] | 'rejected';
export interface StoredReview {
  id: string;
  orderId: string;
  lineItemId: string;
  status: ReviewStatus;
  review?: Model.ReviewSubmission;
}

/**
 * What a shop remembers between requests. The MemoryAdapter keeps it in
 * memory; the reference server keeps it in SQL (server/storage), so both
 * answer by the same rules (src/shop/shop.ts). Every read goes to the state:
 * nothing is cached, so every server instance sees every write.
 */
export interface ShopState {
  /** The order with this id or number (both already normalised). */
  findOrder(idOrNumber: string): Promise<StoredOrder | undefined>;
  saveOrder(stored: StoredOrder): Promise<void>;
  /** The currency of a customer's orders, if they have any. */
  currencyOfCustomer(customerId: string): Promise<string | undefined>;
  /** Every order of a customer (theirs by customerId, or the order's customer.id), oldest id first. */
  ordersOfCustomer(customerId: string): Promise<StoredOrder[]>;
  returnsOf(orderId: string): Promise<StoredReturn[]>;
  getReturn(returnId: string): Promise<StoredReturn | undefined>;
  saveReturn(stored: StoredReturn): Promise<void>;
  returns(status?: string): Promise<StoredReturn[]>;
  reviewedOf(orderId: string): Promise<Set<string>>;
  /** False when the item was reviewed already (another request got there first). */
  saveReview(review: StoredReview): Promise<boolean>;
  getReview(reviewId: string): Promise<StoredReview | undefined>;
  setReviewStatus(reviewId: string, status: ReviewStatus): Promise<void>;
  reviews(status?: string): Promise<StoredReview[]>;
  /** The reviews of these orders (a customer's), read by order. */
  reviewsOf(orderIds: string[]): Promise<StoredReview[]>;
  getNps(responseId: string): Promise<Model.NpsSubmission | undefined>;
  saveNps(responseId: string, response: Model.NpsSubmission): Promise<void>;
  npsResponses(): Promise<NpsRecord[]>;
  saveSubscription(subscription: Model.UpdateSubscription): Promise<void>;
  subscriptions(): Promise<Model.UpdateSubscription[]>;
  /** A number never handed out before, for readable ids. */
  nextNumber(): Promise<number>;
  /**
   * Runs `work` as one unit: what it changes through `state`, and what it
   * writes beside it on `tx` (the server's outbox rows), is kept together
   * when it returns and not at all when it throws. `tx` is the SQL
   * connection of the transaction; in memory there is none.
   */
  transaction<T>(work: (state: ShopState, tx: StateTransaction | undefined) => Promise<T>): Promise<T>;
}

/** A transaction's connection, for rows that must commit with a change (server/notifications). */
export interface StateTransaction {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** The shop's state in memory (the MemoryAdapter's); every value goes in and out as a copy. */
export class MemoryState implements ShopState {
  private readonly orders = new Map<string, StoredOrder>();
  private readonly returnsById = new Map<string, StoredReturn>();
  private readonly reviewsById = new Map<string, StoredReview>();
  private readonly nps = new Map<string, Model.NpsSubmission>();
  private readonly subs: Model.UpdateSubscription[] = [];
  private counter = 0;

  constructor(orders: StoredOrder[] = []) {
    for (const stored of orders) this.orders.set(stored.order.id, stored);
  }

  async findOrder(idOrNumber: string) {
    const found = this.orders.get(idOrNumber) ?? [...this.orders.values()].find((s) => s.order.number === idOrNumber);
    return found && structuredClone(found);
  }
  async saveOrder(stored: StoredOrder) {
    this.orders.set(stored.order.id, structuredClone(stored));
  }
  async currencyOfCustomer(customerId: string) {
    return [...this.orders.values()].find((s) => s.customerId === customerId)?.order.total.currency;
  }
  async ordersOfCustomer(customerId: string) {
    return [...this.orders.values()]
      .filter((s) => (s.customerId ?? s.order.customer?.id) === customerId)
      .sort((a, b) => (a.order.id < b.order.id ? -1 : 1))
      .map((s) => structuredClone(s));
  }
  async returnsOf(orderId: string) {
    return (await this.returns()).filter((stored) => stored.orderId === orderId);
  }
  async getReturn(returnId: string) {
    const found = this.returnsById.get(returnId);
    return found && structuredClone(found);
  }
  async saveReturn(stored: StoredReturn) {
    this.returnsById.set(stored.id, structuredClone(stored));
  }
  async returns(status?: string) {
    return [...this.returnsById.values()].filter((r) => !status || r.status === status).map((r) => structuredClone(r));
  }
  async reviewedOf(orderId: string) {
    return new Set([...this.reviewsById.values()].filter((r) => r.orderId === orderId).map((r) => r.lineItemId));
  }
  async reviewsOf(orderIds: string[]) {
    const wanted = new Set(orderIds);
    return [...this.reviewsById.values()].filter((r) => wanted.has(r.orderId)).map((r) => structuredClone(r));
  }
  async saveReview(review: StoredReview) {
    if (this.reviewsById.has(review.id)) return false;
    this.reviewsById.set(review.id, structuredClone(review));
    return true;
  }
  async getReview(reviewId: string) {
    const found = this.reviewsById.get(reviewId);
    return found && structuredClone(found);
  }
  async setReviewStatus(reviewId: string, status: ReviewStatus) {
    const found = this.reviewsById.get(reviewId);
    if (found) found.status = status;
  }
  async reviews(status?: string) {
    return [...this.reviewsById.values()].filter((r) => !status || r.status === status).map((r) => structuredClone(r));
  }
  async getNps(responseId: string) {
    const found = this.nps.get(responseId);
    return found && structuredClone(found);
  }
  async saveNps(responseId: string, response: Model.NpsSubmission) {
    this.nps.set(responseId, structuredClone(response));
  }
  async npsResponses() {
    return [...this.nps].map(([id, response]) => ({ id, response: structuredClone(response) }));
  }
  async saveSubscription(subscription: Model.UpdateSubscription) {
    this.subs.push(structuredClone(subscription));
  }
  async subscriptions() {
    return structuredClone(this.subs);
  }
  async nextNumber() {
    return ++this.counter;
  }
  /** A failed unit puts every map back as it was (numbers handed out stay used). */
  async transaction<T>(work: (state: ShopState, tx: undefined) => Promise<T>): Promise<T> {
    const maps = [this.orders, this.returnsById, this.reviewsById, this.nps] as Map<string, unknown>[];
    const saved = maps.map((map) => structuredClone(map));
    const subs = structuredClone(this.subs);
    try {
      return await work(this, undefined);
    } catch (error) {
      maps.forEach((map, index) => {
        map.clear();
        for (const [key, value] of saved[index]!) map.set(key, value);
      });
      this.subs.splice(0, this.subs.length, ...subs);
      throw error;
    }
  }
}
