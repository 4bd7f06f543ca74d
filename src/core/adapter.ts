import type {
  LoyaltyAccount,
  NpsReceipt,
  NpsSubmission,
  Order,
  OrderRef,
  Recommendation,
  RecommendationPlacement,
  ReturnOptions,
  ReturnReceipt,
  ReturnRequest,
  ReviewReceipt,
  ReviewRequest,
  ReviewSubmission,
  UpdateSubscription,
} from './schemas/index.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Generated once per user action and reused on retry, so a write happens once. */
  idempotencyKey?: string;
}

export interface RecommendationQuery {
  orderId?: string;
  customerId?: string;
  placement: RecommendationPlacement;
}

/** The one interface between the widgets and a store's backend. */
export interface AftercareAdapter {
  getOrder(ref: OrderRef, opts?: RequestOptions): Promise<Order>;
  getReturnOptions(ref: OrderRef, opts?: RequestOptions): Promise<ReturnOptions>;
  createReturn(request: ReturnRequest, opts?: RequestOptions): Promise<ReturnReceipt>;
  getReturn(returnId: string, opts?: RequestOptions): Promise<ReturnReceipt>;
  getReviewRequest(ref: OrderRef, opts?: RequestOptions): Promise<ReviewRequest>;
  submitReview(review: ReviewSubmission, opts?: RequestOptions): Promise<ReviewReceipt>;
  /** Call again with `responseId` to add the comment to the same response. */
  submitNps(response: NpsSubmission, opts?: RequestOptions): Promise<NpsReceipt>;
  getLoyalty(ref: { customerId?: string }, opts?: RequestOptions): Promise<LoyaltyAccount>;
  subscribeToUpdates?(sub: UpdateSubscription, opts?: RequestOptions): Promise<void>;
  getRecommendations?(ref: RecommendationQuery, opts?: RequestOptions): Promise<Recommendation[]>;
}

export type AdapterMethod = keyof AftercareAdapter;
