import { AdapterError } from '../../core/errors.js';
import type * as Model from '../../core/schemas/index.js';
import type { ReturnPerk } from '../../core/schemas/index.js';
import { demoClock } from './demo-clock.js';
import type { DemoCurrency } from './demo-orders.js';
import { type Localized, pick, t } from './localized.js';

export interface DemoTier {
  code: 'silver' | 'gold' | 'platinum';
  name: Localized;
  /** Return policy this tier earns: the perks change what the return wizard offers. */
  returnWindowDays: number;
  returnPerks: ReturnPerk[];
  perks: { code: string; label: Localized }[];
}

export const TIERS: DemoTier[] = [
  {
    code: 'silver',
    name: t('Silver', 'ซิลเวอร์', 'Silver'),
    returnWindowDays: 30,
    returnPerks: [],
    perks: [
      { code: 'birthday_gift', label: t('Birthday gift', 'ของขวัญวันเกิด', 'Hadiah ulang tahun') },
      { code: 'points_1x', label: t('1 point per ฿25 spent', '1 คะแนนทุกการใช้จ่าย 25 บาท', '1 poin setiap belanja ฿25') },
    ],
  },
  {
    code: 'gold',
    name: t('Gold', 'โกลด์', 'Gold'),
    returnWindowDays: 60,
    returnPerks: ['extended_window', 'free_return_shipping'],
    perks: [
      { code: 'extended_window', label: t('60-day returns', 'คืนสินค้าได้ภายใน 60 วัน', 'Retur dalam 60 hari') },
      { code: 'free_return_shipping', label: t('Free return shipping', 'ส่งคืนฟรี', 'Gratis ongkir retur') },
      { code: 'points_2x', label: t('Double points', 'คะแนนสะสม 2 เท่า', 'Poin ganda') },
    ],
  },
  {
    code: 'platinum',
    name: t('Platinum', 'แพลทินัม', 'Platinum'),
    returnWindowDays: 90,
    returnPerks: ['extended_window', 'free_return_shipping', 'instant_refund', 'no_inspection'],
    perks: [
      { code: 'extended_window', label: t('90-day returns', 'คืนสินค้าได้ภายใน 90 วัน', 'Retur dalam 90 hari') },
      { code: 'free_return_shipping', label: t('Free return shipping', 'ส่งคืนฟรี', 'Gratis ongkir retur') },
      { code: 'instant_refund', label: t('Instant refunds', 'คืนเงินทันที', 'Pengembalian dana instan') },
      { code: 'no_inspection', label: t('No return inspection', 'ไม่ต้องรอตรวจสอบสินค้าคืน', 'Tanpa pemeriksaan retur') },
      { code: 'early_access', label: t('Early access to sales', 'ช้อปเซลก่อนใคร', 'Akses awal promo') },
    ],
  },
];

export interface DemoMember {
  customerId: string;
  tier: DemoTier['code'];
  points: number;
  pendingPoints?: number;
  next?: {
    tier: DemoTier['code'];
    pointsToReach?: number;
    spend?: { THB?: string; IDR?: string; SGD?: string };
    reachByDays?: number;
  };
  progress?: number;
  expiring?: { points: number; inDays: number };
  referralCode: string;
  /** The tier lasts this many days more; `points` more by then keep it (DESIGN §5.2). */
  tierDays?: number;
  toKeep?: { points?: number; spend?: { THB?: string; IDR?: string; SGD?: string } };
  rewards?: { code: string; label: Localized; voucherCode?: string; inDays?: number }[];
  storeCredit?: { THB?: string; IDR?: string; SGD?: string };
}

export const MEMBERS: DemoMember[] = [
  {
    customerId: 'cust-silver',
    tier: 'silver',
    points: 340,
    pendingPoints: 60,
    next: { tier: 'gold', spend: { THB: '2500.00', IDR: '950000', SGD: '100.00' }, reachByDays: 45 },
    progress: 0.58,
    expiring: { points: 80, inDays: 20 },
    referralCode: 'NOK340',
  },
  {
    customerId: 'cust-gold',
    tier: 'gold',
    points: 1880,
    pendingPoints: 120,
    next: { tier: 'platinum', pointsToReach: 620 },
    progress: 0.75,
    referralCode: 'SOMCHAI88',
    tierDays: 120,
    toKeep: { points: 800 },
  },
  {
    customerId: 'cust-platinum',
    tier: 'platinum',
    points: 5230,
    expiring: { points: 300, inDays: 12 },
    referralCode: 'DEWI5230',
    tierDays: 200,
    toKeep: { spend: { THB: '20000.00', IDR: '5000000', SGD: '800.00' } },
    rewards: [
      {
        code: 'free-shipping',
        label: t('Free shipping on your next order', 'ส่งฟรีสำหรับคำสั่งซื้อถัดไป', 'Gratis ongkir untuk pesanan berikutnya'),
        voucherCode: 'SHIPFREE-D5230',
        inDays: 30,
      },
      { code: 'gift-wrap', label: t('Free gift wrapping', 'ห่อของขวัญฟรี', 'Bungkus kado gratis') },
    ],
    storeCredit: { THB: '500.00', IDR: '150000', SGD: '20.00' },
  },
];

export function tier(code: DemoTier['code']): DemoTier {
  return TIERS.find((candidate) => candidate.code === code) ?? TIERS[0]!;
}

/** What keeps the tier, rewards and store credit, where the member has them. */
function extras(member: DemoMember, locale: string, currency: DemoCurrency, now: Date): Partial<Model.LoyaltyAccount> {
  const { day } = demoClock(now);
  const spend = member.toKeep?.spend?.[currency];
  const credit = member.storeCredit?.[currency];
  return {
    ...(member.toKeep
      ? {
          toKeep: {
            ...(member.toKeep.points ? { points: member.toKeep.points } : {}),
            ...(spend ? { spend: { amount: spend, currency } } : {}),
            ...(member.tierDays ? { by: day(member.tierDays) } : {}),
          },
        }
      : {}),
    ...(member.rewards
      ? {
          rewards: member.rewards.map(({ label, inDays, ...reward }) => ({
            ...reward,
            label: pick(label, locale),
            ...(inDays ? { expiresAt: day(inDays) } : {}),
          })),
        }
      : {}),
    ...(credit ? { storeCredit: { amount: credit, currency } } : {}),
  };
}

/** A demo member's account, in the currency of their orders. */
export function loyaltyAccount(
  ref: { customerId?: string },
  locale: string,
  currency: DemoCurrency,
  now: Date,
): Model.LoyaltyAccount {
  if (!ref.customerId) throw new AdapterError('unauthorized', 'Sign in to see your points', { status: 401 });
  const member = MEMBERS.find((m) => m.customerId === ref.customerId);
  if (!member) throw new AdapterError('not_found', 'No loyalty account', { status: 404 });
  const current = tier(member.tier);
  const { day } = demoClock(now);
  const next = member.next && tier(member.next.tier);
  const spend = member.next?.spend?.[currency];
  return {
    customerId: member.customerId,
    points: member.points,
    ...(member.pendingPoints ? { pendingPoints: member.pendingPoints } : {}),
    tier: {
      code: current.code,
      name: pick(current.name, locale),
      ...(member.tierDays ? { expiresAt: day(member.tierDays) } : {}),
    },
    ...(next && member.next
      ? {
          nextTier: {
            code: next.code,
            name: pick(next.name, locale),
            ...(member.next.pointsToReach ? { pointsToReach: member.next.pointsToReach } : {}),
            ...(spend ? { spendToReach: { amount: spend, currency } } : {}),
            ...(member.next.reachByDays ? { reachBy: day(member.next.reachByDays) } : {}),
          },
        }
      : {}),
    ...(member.progress !== undefined ? { progress: member.progress } : {}),
    perks: current.perks.map((perk) => ({ code: perk.code, label: pick(perk.label, locale) })),
    ...(member.expiring ? { expiring: { points: member.expiring.points, at: day(member.expiring.inDays) } } : {}),
    ...extras(member, locale, currency, now),
    referral: {
      url: `https://shop.example.com/r/${member.referralCode}`,
      reward: pick(t('You both get ฿100 off', 'รับส่วนลด 100 บาททั้งคู่', 'Anda berdua dapat potongan ฿100'), locale),
    },
  };
}
