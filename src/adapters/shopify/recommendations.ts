import type { RecommendationQuery, RequestOptions } from '../../core/adapter.js';
import type { Recommendation } from '../../core/schemas/index.js';
import { RECOMMENDATIONS_QUERY } from './documents.js';
import { type Fetch, gid, graphql } from './graphql.js';

export interface ShopifyRecommendationsOptions {
  /** The shop's domain, such as "batik-house.myshopify.com". */
  storeDomain: string;
  /** A Storefront API public access token: made for browsers, safe in a page. */
  publicAccessToken: string;
  /** The products to recommend for; e.g. `(ref) => account.productIds(ref.orderId)`. Default: none. */
  productsOf?: (ref: RecommendationQuery, opts?: RequestOptions) => string[] | Promise<string[]>;
  fetch?: Fetch;
  apiVersion?: string;
  endpoint?: string;
  /** How many products at most; default 4. */
  limit?: number;
}

type Money = { amount: string; currencyCode: string } | null | undefined;
type Product = {
  id: string;
  title: string;
  onlineStoreUrl: string | null;
  featuredImage: { url: string } | null;
  priceRange: { minVariantPrice: Money };
  compareAtPriceRange: { minVariantPrice: Money };
};

const price = (m: Money) => (m ? { amount: m.amount, currency: m.currencyCode } : undefined);

/** `getRecommendations` from Shopify's Storefront API (`productRecommendations`): a part for `composeAdapters`. */
export function shopifyRecommendations(options: ShopifyRecommendationsOptions) {
  const { storeDomain, publicAccessToken, apiVersion = '2026-04', limit = 4 } = options;
  const url = options.endpoint ?? `https://${storeDomain}/api/${apiVersion}/graphql.json`;
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async getRecommendations(ref: RecommendationQuery, opts?: RequestOptions): Promise<Recommendation[]> {
      const [productId] = (await options.productsOf?.(ref, opts)) ?? [];
      if (!productId) return [];
      const intent = ref.placement === 'return' ? 'RELATED' : 'COMPLEMENTARY';
      const data = await graphql<{ productRecommendations: Product[] | null }>(
        fetchFn,
        url,
        { 'X-Shopify-Storefront-Access-Token': publicAccessToken },
        RECOMMENDATIONS_QUERY,
        { productId: gid('Product', productId), intent },
        opts?.signal,
      );
      return (data.productRecommendations ?? [])
        .filter((p) => p.onlineStoreUrl && /^https?:\/\//i.test(p.onlineStoreUrl))
        .slice(0, limit)
        .map((p) => {
          const now = price(p.priceRange.minVariantPrice);
          const before = price(p.compareAtPriceRange.minVariantPrice);
          return {
            productId: p.id,
            title: p.title,
            url: p.onlineStoreUrl!,
            ...(p.featuredImage?.url ? { imageUrl: p.featuredImage.url } : {}),
            ...(now ? { price: now } : {}),
            ...(before && now && Number(before.amount) > Number(now.amount) ? { compareAtPrice: before } : {}),
          };
        });
    },
  };
}
