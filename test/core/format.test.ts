import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, formatRelativeTime } from '../../src/core/format/dates.js';
import { formatMoney } from '../../src/core/format/money.js';
import { formatNumber } from '../../src/core/format/numbers.js';

// Real Intl data in Chromium; the browser context runs in Asia/Bangkok.
describe('money formatting', () => {
  it('shows whole baht without decimals and keeps satang when present', () => {
    expect(formatMoney({ amount: '1290.00', currency: 'THB' }, 'th')).to.equal('฿1,290');
    expect(formatMoney({ amount: '1290.50', currency: 'THB' }, 'th')).to.equal('฿1,290.50');
    expect(formatMoney({ amount: '1290.00', currency: 'THB' }, 'en')).to.equal('฿1,290');
  });

  it('shows Rupiah with Indonesian grouping and no decimals', () => {
    const text = formatMoney({ amount: '1250000.00', currency: 'IDR' }, 'id');
    expect(text.replace(/\s/g, ' ')).to.equal('Rp 1.250.000');
    expect(text).to.not.contain(',');
  });

  it('keeps cents for currencies that use them', () => {
    expect(formatMoney({ amount: '39.90', currency: 'SGD' }, 'en').replace(/\s/g, ' ')).to.equal('SGD 39.90');
    expect(formatMoney({ amount: '12.00', currency: 'GBP' }, 'en-GB')).to.equal('£12');
  });

  it('prints exactly the digits sent, with no float rounding', () => {
    expect(formatMoney({ amount: '9007199254740993.01', currency: 'THB' }, 'en')).to.equal('฿9,007,199,254,740,993.01');
  });

  it('formats plain numbers per locale', () => {
    expect(formatNumber(1880, 'id')).to.equal('1.880');
    expect(formatNumber(1880, 'th')).to.equal('1,880');
  });
});

describe('date formatting', () => {
  it('uses the Buddhist era in Thai', () => {
    expect(formatDate('2026-05-14', 'date', 'th')).to.equal('14 พ.ค. 2569');
    expect(formatDate('2026-05-14', 'date', 'en-GB')).to.equal('14 May 2026');
    expect(formatDate('2026-05-14', 'date', 'id')).to.equal('14 Mei 2026');
  });

  it('keeps a date-only value on its calendar day in any time zone', () => {
    // Bangkok is UTC+7, and the day must not shift either way.
    expect(formatDate('2026-01-01', 'date', 'en-GB')).to.equal('1 Jan 2026');
  });

  it('shows instants in the shopper’s time zone', () => {
    // 23:30 UTC is 06:30 the next morning in Bangkok. Chromium's ICU writes
    // "6:30", Firefox's "06:30".
    expect(formatDate('2026-05-13T23:30:00Z', 'dateTime', 'en-GB')).to.match(/^14 May 2026, 0?6:30$/);
    expect(formatDate('2026-05-13T23:30:00Z', 'dateTime', 'th')).to.match(/^14 พ\.ค\. 2569 0?6:30/);
  });

  it('formats an estimated delivery range', () => {
    // Each engine's ICU words a range its own way: Chromium and Firefox repeat the month, WebKit shares it.
    expect(formatDateRange('2026-05-14', '2026-05-16', 'day', 'en-GB')).to.be.oneOf([
      'Thu 14 May – Sat 16 May',
      'Thu 14 – Sat 16 May',
    ]);
    expect(formatDateRange('2026-05-14', undefined, 'day', 'en-GB')).to.match(/^Thu,? 14 May$/);
    expect(formatDateRange('2026-05-14', '2026-05-16', 'day', 'th')).to.contain('พ.ค.');
  });

  it('says how long ago recent events were, and gives up after a week', () => {
    const now = new Date('2026-05-14T12:00:00Z');
    expect(formatRelativeTime('2026-05-14T10:00:00Z', now, 'en')).to.equal('2 hours ago');
    expect(formatRelativeTime('2026-05-14T10:00:00Z', now, 'th')).to.equal('2 ชั่วโมงที่ผ่านมา');
    expect(formatRelativeTime('2026-05-14T10:00:00Z', now, 'id')).to.equal('2 jam yang lalu');
    expect(formatRelativeTime('2026-05-13T12:00:00Z', now, 'en')).to.equal('yesterday');
    expect(formatRelativeTime('2026-05-01T12:00:00Z', now, 'en')).to.equal(undefined);
  });
});
