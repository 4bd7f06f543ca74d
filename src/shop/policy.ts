import type * as Model from '../core/schemas/index.js';

/** A text the shop writes once, or once per language (`{ "en": …, "th": … }`). */
export type ShopText = string | { readonly [language: string]: string };

export function pickText(text: ShopText, locale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

export interface PolicyTier {
  code: string;
  name: ShopText;
  /** A customer reaches this tier with at least this many points. */
  threshold: { points: number };
  /** The return window this tier earns, in days after the last delivery. */
  returnWindowDays: number;
  /** What this tier changes in a return: free_return_shipping makes every method free, instant_refund approves at once. */
  returnPerks: Model.ReturnPerk[];
  /** The perks shown on the loyalty badge. */
  perks: { code: string; label: ShopText }[];
}

export interface PolicyReason {
  code: string;
  /** Shown instead of the widget's own words for the code. */
  label?: ShopText;
  requiresPhoto?: boolean;
  requiresComment?: boolean;
}

/**
 * A shop's after-sales rules (AFTERCARE_POLICY on the server): who may return
 * what, for how long, how, at what fee, and what each loyalty tier changes.
 * Amounts are decimal strings per currency code.
 */
export interface ShopPolicy {
  /** The return window of shoppers without a tier, in days after the last delivery. */
  returnWindowDays: number;
  /** What can never be returned. */
  finalSale: { productIds?: string[]; variantIds?: string[] };
  reasons: PolicyReason[];
  resolutions: {
    refund?: { codNeedsAccount?: boolean };
    storeCredit?: { bonus?: Record<string, string> };
    exchange?: boolean;
  };
  /** The ways back, per currency. */
  methods: Record<string, { code: string; kind: 'mail' | 'drop_off' | 'pickup'; carrierName?: string; fee: string }[]>;
  /** Loyalty tiers, lowest first. */
  tiers: PolicyTier[];
  reviews?: { pointsPerReview?: number };
  /**
   * The shop's own points, when no loyalty program supplies them: a customer earns one point per `perAmount`
   * (per currency) of each order of theirs that has arrived, and `reviews.pointsPerReview` per review.
   */
  points?: { perAmount: Record<string, string> };
}
