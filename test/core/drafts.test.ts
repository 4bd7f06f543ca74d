import { expect } from '@open-wc/testing';
import { clearDraft, loadDraft, saveDraft } from '../../src/core/drafts.js';

describe('drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps in-progress input per widget and order', () => {
    saveDraft('ac-return-wizard', 'BK-1004', { step: 2, items: [{ lineItemId: 'li-1', quantity: 1 }] });
    saveDraft('ac-review-prompt', 'BK-1004', { rating: 4 });
    expect(loadDraft('ac-return-wizard', 'BK-1004')).to.deep.equal({
      step: 2,
      items: [{ lineItemId: 'li-1', quantity: 1 }],
    });
    expect(loadDraft('ac-review-prompt', 'BK-1004')).to.deep.equal({ rating: 4 });
    expect(loadDraft('ac-return-wizard', 'BK-1001')).to.equal(undefined);
  });

  it('never writes contact or bank details, at any depth', () => {
    saveDraft('ac-return-wizard', 'JK-2003', {
      email: 'dewi@example.com',
      phone: '+6281234567890',
      resolution: 'refund',
      refundAccount: { kind: 'bank_account', accountName: 'Dewi', accountNumber: '1234567890' },
      items: [{ comment: 'Too small', contact: { Email: 'x@example.com', accountNumber: '1' } }],
    });
    const stored = Object.values({ ...sessionStorage }).join('\n');
    for (const secret of ['dewi@example.com', '6281234567890', '1234567890', 'x@example.com', 'accountNumber']) {
      expect(stored).to.not.contain(secret);
    }
    expect(loadDraft('ac-return-wizard', 'JK-2003')).to.deep.equal({
      resolution: 'refund',
      items: [{ comment: 'Too small', contact: {} }],
    });
  });

  it('clears a draft once it is submitted', () => {
    saveDraft('ac-nps-survey', 'survey-1', { comment: 'Fast delivery' });
    clearDraft('ac-nps-survey', 'survey-1');
    expect(loadDraft('ac-nps-survey', 'survey-1')).to.equal(undefined);
  });

  it('survives storage that is full or corrupted', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => saveDraft('ac-review-prompt', 'BK-1', { photos: ['data:...'] })).to.not.throw();
    } finally {
      Storage.prototype.setItem = original;
    }
    sessionStorage.setItem('aftercare:draft:ac-review-prompt:BK-2', '{not json');
    expect(loadDraft('ac-review-prompt', 'BK-2')).to.equal(undefined);
  });
});
