import { expect } from '@open-wc/testing';
import { subStatusHelp } from '../../src/components/order-tracker/parts/delivery-help.js';
import { setLocale } from '../../src/core/localization.js';
import { SUBTAGS_2026 } from '../vendors/fixtures/aftership-subtags.js';

describe('AfterShip’s 2026 sub-statuses in the tracker’s words', () => {
  afterEach(() => setLocale('en'));

  it('explains each of them in English, Thai and Indonesian', async () => {
    const english = SUBTAGS_2026.map((code) => subStatusHelp(code));
    expect(english.every(Boolean), 'every code has a text').to.equal(true);
    expect(new Set(english).size).to.equal(SUBTAGS_2026.length);
    await setLocale('th');
    const thai = SUBTAGS_2026.map((code) => subStatusHelp(code)!);
    expect(
      thai.every((text) => /[\u0E00-\u0E7F]/.test(text)),
      thai.join('\n'),
    ).to.equal(true);
    await setLocale('id');
    const indonesian = SUBTAGS_2026.map((code) => subStatusHelp(code)!);
    expect(indonesian.every((text, i) => text !== english[i] && /\bpaket|pengiriman\b/i.test(text))).to.equal(true);
  });
});
