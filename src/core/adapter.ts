import type * as Model from './schemas/index.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Generated once per user action and reused on retry, so a write happens once. */
  idempotencyKey?: string;
}

export interface RecommendationQuery {
  orderId?: string;
  customerId?: string;
  placement: Model.RecommendationPlacement;
}

/**
 * The one interface between the widgets and a store's backend. The methods
 * marked optional belong to features a store may not have (reviews, surveys,
 * loyalty, recommendations, updates): without one, its widget renders nothing.
 */
export interface AftercareAdapter {
  getOrder(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.Order>;
  getReturnOptions(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.ReturnOptions>;
  createReturn(request: Model.ReturnRequest, opts?: RequestOptions): Promise<Model.ReturnReceipt>;
  getReturn(returnId: string, opts?: RequestOptions): Promise<Model.ReturnReceipt>;
  getReviewRequest?(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.ReviewRequest>;
  submitReview?(review: Model.ReviewSubmission, opts?: RequestOptions): Promise<Model.ReviewReceipt>;
  /** Call again with `responseId` to add the comment to the same response. */
  submitNps?(response: Model.NpsSubmission, opts?: RequestOptions): Promise<Model.NpsReceipt>;
  getLoyalty?(ref: { customerId?: string }, opts?: RequestOptions): Promise<Model.LoyaltyAccount>;
  /** May answer a receipt: LINE is `pending` until the shopper connects the store's Official Account. */
  subscribeToUpdates?(
    sub: Model.UpdateSubscription,
    opts?: RequestOptions,
  ): Promise<Model.UpdateSubscriptionReceipt | void>;
  /** A subscription's status now, say once the shopper comes back from LINE. */
  getUpdateSubscription?(
    ref: { orderId: string; subscriptionId: string },
    opts?: RequestOptions,
  ): Promise<Model.UpdateSubscriptionReceipt>;
  getRecommendations?(ref: RecommendationQuery, opts?: RequestOptions): Promise<Model.Recommendation[]>;
}

export type AdapterMethod = keyof AftercareAdapter;

/** The methods a backend may leave out: without one, its feature is not offered. */
export const OPTIONAL_ADAPTER_METHODS: readonly AdapterMethod[] = [
  'getReviewRequest',
  'submitReview',
  'submitNps',
  'getLoyalty',
  'subscribeToUpdates',
  'getUpdateSubscription',
  'getRecommendations',
];
