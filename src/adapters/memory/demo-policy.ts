import type * as Model from '../../core/schemas/index.js';
import type { DemoCurrency } from './demo-orders.js';

/** The demo shops' return rules: the store-credit bonus, the ways back and their fees, the reasons that need a photo. */
export const STORE_CREDIT_BONUS: Record<DemoCurrency, string> = { THB: '100.00', IDR: '25000', SGD: '5.00' };
export const RETURN_METHODS: Record<DemoCurrency, Model.ReturnOptions['methods']> = {
  THB: [
    {
      code: 'seven-eleven',
      kind: 'drop_off',
      carrierName: 'Kerry Express @ 7-Eleven',
      fee: { amount: '40.00', currency: 'THB' },
    },
    { code: 'flash-pickup', kind: 'pickup', carrierName: 'Flash Express', fee: { amount: '60.00', currency: 'THB' } },
  ],
  IDR: [
    {
      code: 'indomaret',
      kind: 'drop_off',
      carrierName: 'J&T Express @ Indomaret',
      fee: { amount: '15000', currency: 'IDR' },
    },
    {
      code: 'sicepat-pickup',
      kind: 'pickup',
      carrierName: 'SiCepat Ekspres',
      fee: { amount: '20000', currency: 'IDR' },
    },
  ],
  SGD: [{ code: 'singpost', kind: 'mail', carrierName: 'SingPost', fee: { amount: '4.50', currency: 'SGD' } }],
};
export const PHOTO_REASONS = new Set(['damaged', 'defective', 'wrong_item']);
