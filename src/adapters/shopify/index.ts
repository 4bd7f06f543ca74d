/**
 * `aftercare/adapters/shopify`: a signed-in shopper's orders and returns from
 * Shopify's Customer Account API, and recommendations from its Storefront
 * API. Both tokens are made for browsers; the Admin API token never is, so
 * anything needing it (guest look-ups, refunds) is the server's business.
 */
export { ShopifyCustomerAccountAdapter } from './customer-account.js';
export type { ShopifyCustomerAccountOptions } from './customer-account.js';
export { shopifyRecommendations } from './recommendations.js';
export type { ShopifyRecommendationsOptions } from './recommendations.js';
export * as SHOPIFY_DOCUMENTS from './documents.js';
