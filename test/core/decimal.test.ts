import { expect } from '@open-wc/testing';
import { addDecimals, compareDecimals, multiplyMoney, subtractMoney, sumMoney } from '../../src/core/decimal.js';

describe('decimal money', () => {
  it('adds exactly where floating point would not', () => {
    expect(0.1 + 0.2).to.not.equal(0.3);
    expect(addDecimals('0.10', '0.20')).to.equal('0.30');
    expect(addDecimals('1290.00', '0.01', '-0.01')).to.equal('1290.00');
  });

  it('keeps the widest scale and handles negatives', () => {
    expect(addDecimals('1', '0.5')).to.equal('1.5');
    expect(addDecimals('-0.75', '0.5')).to.equal('-0.25');
    expect(addDecimals('100', '-250.50')).to.equal('-150.50');
  });

  it('computes a refund estimate (items − fee + bonus) exactly', () => {
    const items = sumMoney(multiplyMoney({ amount: '1190.00', currency: 'THB' }, 2), {
      amount: '1590.00',
      currency: 'THB',
    });
    const afterFee = subtractMoney(items, { amount: '40.00', currency: 'THB' });
    expect(sumMoney(afterFee, { amount: '100.00', currency: 'THB' })).to.deep.equal({
      amount: '4030.00',
      currency: 'THB',
    });
  });

  it('handles large Rupiah amounts beyond float precision', () => {
    expect(addDecimals('999999999999999', '1')).to.equal('1000000000000000');
    expect(multiplyMoney({ amount: '349000', currency: 'IDR' }, 3).amount).to.equal('1047000');
  });

  it('refuses to mix currencies', () => {
    expect(() => sumMoney({ amount: '1', currency: 'THB' }, { amount: '1', currency: 'IDR' })).to.throw(RangeError);
  });

  it('compares amounts of different scales', () => {
    expect(compareDecimals('1.50', '1.5')).to.equal(0);
    expect(compareDecimals('0', '0.01')).to.equal(-1);
    expect(compareDecimals('10', '9.99')).to.equal(1);
  });

  it('rejects what is not a decimal', () => {
    expect(() => addDecimals('1e3')).to.throw(RangeError);
    expect(() => addDecimals('12,50')).to.throw(RangeError);
  });
});
