import { type Localized, t } from './localized.js';
import { productImage } from './product-image.js';

export interface DemoProduct {
  id: string;
  title: Localized;
  image: string;
  /** Unit price per currency the demo shops sell in. */
  prices: Partial<Record<'THB' | 'IDR' | 'SGD', string>>;
  compareAt?: Partial<Record<'THB' | 'IDR' | 'SGD', string>>;
  variants?: { id: string; title: Localized; available: boolean }[];
  finalSale?: boolean;
}

const sizes = (prefix: string, soldOut: string[] = []) =>
  ['S', 'M', 'L', 'XL'].map((size) => ({
    id: `${prefix}-${size.toLowerCase()}`,
    title: t(`Size ${size}`, `ไซซ์ ${size}`, `Ukuran ${size}`),
    available: !soldOut.includes(size),
  }));

export const CATALOG: DemoProduct[] = [
  {
    id: 'p-batik-shirt',
    title: t('Batik shirt, indigo', 'เสื้อเชิ้ตผ้าบาติก สีคราม', 'Kemeja batik, biru nila'),
    image: productImage(225, 'shirt'),
    prices: { THB: '890.00', IDR: '349000', SGD: '39.90' },
    variants: sizes('v-batik', ['XL']),
  },
  {
    id: 'p-linen-shirt',
    title: t('Linen shirt, sand', 'เสื้อเชิ้ตลินิน สีทราย', 'Kemeja linen, krem pasir'),
    image: productImage(38, 'shirt'),
    prices: { THB: '1190.00', IDR: '459000', SGD: '49.00' },
    variants: sizes('v-linen', ['S']),
  },
  {
    id: 'p-tote',
    title: t('Woven rattan tote', 'กระเป๋าสานหวาย', 'Tas rotan anyaman'),
    image: productImage(30, 'bag'),
    prices: { THB: '400.00', IDR: '189000', SGD: '24.50' },
  },
  {
    id: 'p-sneakers',
    title: t('Canvas sneakers, white', 'รองเท้าผ้าใบ สีขาว', 'Sepatu kanvas, putih'),
    image: productImage(200, 'shoe'),
    prices: { THB: '1590.00', IDR: '529000', SGD: '69.00' },
    variants: ['39', '40', '41', '42'].map((size) => ({
      id: `v-sneaker-${size}`,
      title: t(`EU ${size}`, `EU ${size}`, `EU ${size}`),
      available: size !== '42',
    })),
  },
  {
    id: 'p-cold-brew',
    title: t('Cold brew bottle, 1 L', 'ขวดกาแฟสกัดเย็น 1 ลิตร', 'Botol cold brew, 1 L'),
    image: productImage(160, 'bottle'),
    prices: { THB: '350.00', IDR: '125000', SGD: '18.00' },
  },
  {
    id: 'p-celadon-cup',
    title: t('Celadon cup, set of 2', 'ถ้วยเซลาดอน ชุด 2 ใบ', 'Cangkir seladon, isi 2'),
    image: productImage(150, 'cup'),
    prices: { THB: '650.00', IDR: '219000', SGD: '29.00' },
  },
  {
    id: 'p-sarong',
    title: t('Silk sarong (final sale)', 'ผ้าซิ่นไหม (สินค้าลดราคา งดคืน)', 'Sarung sutra (obral, tidak bisa dikembalikan)'),
    image: productImage(330, 'shirt'),
    prices: { THB: '990.00', IDR: '399000', SGD: '45.00' },
    compareAt: { THB: '1690.00', IDR: '699000', SGD: '75.00' },
    finalSale: true,
  },
  {
    id: 'p-gift-box',
    title: t('Gift box with herbal balm', 'กล่องของขวัญพร้อมยาหม่องสมุนไพร', 'Kotak hadiah dengan balsem herbal'),
    image: productImage(95, 'box'),
    prices: { THB: '290.00', IDR: '99000', SGD: '15.00' },
  },
  {
    id: 'p-kebaya',
    title: t('Kebaya blouse, ivory', 'เสื้อเคบายา สีงาช้าง', 'Kebaya, gading'),
    image: productImage(50, 'shirt'),
    prices: { THB: '1490.00', IDR: '615000', SGD: '59.00' },
    variants: sizes('v-kebaya'),
  },
  {
    id: 'p-backpack',
    title: t('Commuter backpack', 'เป้สะพายหลังสำหรับเดินทาง', 'Ransel komuter'),
    image: productImage(260, 'bag'),
    prices: { THB: '1890.00', IDR: '749000', SGD: '89.00' },
    compareAt: { THB: '2290.00', IDR: '899000', SGD: '109.00' },
  },
];

export function product(id: string): DemoProduct {
  const found = CATALOG.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown demo product ${id}`);
  return found;
}
