import type { ShopPolicy } from '../../shop/policy.js';
import { CATALOG } from './demo-catalog.js';
import { TIERS } from './demo-loyalty.js';
import { type Localized, t } from './localized.js';

/** A demo text as a policy file writes it. */
const text = ({ en, th, id }: Localized): Record<string, string> => ({ en, th, id });

/** Points that reach each demo tier. */
const THRESHOLDS = { silver: 0, gold: 1000, platinum: 2500 };

/**
 * The demo shops' after-sales rules: the reference server's default policy
 * (AFTERCARE_POLICY replaces it), and the MemoryAdapter's.
 */
export const DEMO_POLICY: ShopPolicy = {
  returnWindowDays: 30,
  finalSale: { productIds: CATALOG.filter((p) => p.finalSale).map((p) => p.id) },
  reasons: [
    { code: 'wrong_size' },
    { code: 'not_as_described' },
    { code: 'damaged', requiresPhoto: true },
    { code: 'defective', requiresPhoto: true },
    { code: 'wrong_item', requiresPhoto: true },
    { code: 'changed_mind' },
    { code: 'arrived_late' },
    {
      code: 'gift_duplicate',
      label: text(t('Received it twice as a gift', 'ได้รับเป็นของขวัญซ้ำ', 'Menerima hadiah yang sama dua kali')),
    },
    { code: 'other', requiresComment: true },
  ],
  resolutions: {
    refund: { codNeedsAccount: true },
    storeCredit: { bonus: { THB: '100.00', IDR: '25000', SGD: '5.00' } },
    exchange: true,
  },
  methods: {
    THB: [
      { code: 'seven-eleven', kind: 'drop_off', carrierName: 'Kerry Express @ 7-Eleven', fee: '40.00' },
      { code: 'flash-pickup', kind: 'pickup', carrierName: 'Flash Express', fee: '60.00' },
    ],
    IDR: [
      { code: 'indomaret', kind: 'drop_off', carrierName: 'J&T Express @ Indomaret', fee: '15000' },
      { code: 'sicepat-pickup', kind: 'pickup', carrierName: 'SiCepat Ekspres', fee: '20000' },
    ],
    SGD: [{ code: 'singpost', kind: 'mail', carrierName: 'SingPost', fee: '4.50' }],
  },
  tiers: TIERS.map(({ code, name, returnWindowDays, returnPerks, perks }) => ({
    code,
    name: text(name),
    threshold: { points: THRESHOLDS[code] },
    returnWindowDays,
    returnPerks,
    perks: perks.map((perk) => ({ code: perk.code, label: text(perk.label) })),
  })),
  reviews: { pointsPerReview: 50 },
};
