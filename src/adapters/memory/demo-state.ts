import type { NpsSubmission, ReturnReceipt, ReturnRequest, UpdateSubscription } from '../../core/schemas/index.js';

export type StoredReturn = ReturnReceipt & { request: ReturnRequest };

/**
 * What the demo shop remembers between requests. The MemoryAdapter keeps it in
 * memory; the reference server keeps it in SQL (server/storage), so both
 * answer by the same rules.
 */
export interface DemoState {
  returnsOf(orderId: string): Promise<StoredReturn[]>;
  getReturn(returnId: string): Promise<StoredReturn | undefined>;
  saveReturn(stored: StoredReturn): Promise<void>;
  reviewedOf(orderId: string): Promise<Set<string>>;
  /** False when the item was reviewed already (another request got there first). */
  saveReview(orderId: string, lineItemId: string): Promise<boolean>;
  getNps(responseId: string): Promise<NpsSubmission | undefined>;
  saveNps(responseId: string, response: NpsSubmission): Promise<void>;
  saveSubscription(subscription: UpdateSubscription): Promise<void>;
  subscriptions(): Promise<UpdateSubscription[]>;
  /** A number never handed out before, for readable ids. */
  nextNumber(): Promise<number>;
}

/** The demo state in memory, for the MemoryAdapter. */
export class MemoryState implements DemoState {
  private readonly returns = new Map<string, StoredReturn>();
  private readonly reviewed = new Set<string>();
  private readonly nps = new Map<string, NpsSubmission>();
  private readonly subs: UpdateSubscription[] = [];
  private counter = 0;

  async returnsOf(orderId: string) {
    return [...this.returns.values()].filter((stored) => stored.orderId === orderId);
  }
  async getReturn(returnId: string) {
    return this.returns.get(returnId);
  }
  async saveReturn(stored: StoredReturn) {
    this.returns.set(stored.id, stored);
  }
  async reviewedOf(orderId: string) {
    return new Set([...this.reviewed].filter((key) => key.startsWith(`${orderId}/`)).map((key) => key.split('/')[1]!));
  }
  async saveReview(orderId: string, lineItemId: string) {
    const key = `${orderId}/${lineItemId}`;
    if (this.reviewed.has(key)) return false;
    this.reviewed.add(key);
    return true;
  }
  async getNps(responseId: string) {
    return this.nps.get(responseId);
  }
  async saveNps(responseId: string, response: NpsSubmission) {
    this.nps.set(responseId, response);
  }
  async saveSubscription(subscription: UpdateSubscription) {
    this.subs.push(subscription);
  }
  async subscriptions() {
    return [...this.subs];
  }
  async nextNumber() {
    return ++this.counter;
  }
}
