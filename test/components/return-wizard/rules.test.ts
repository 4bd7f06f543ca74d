import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { itemProblems } from '../../../src/components/return-wizard/steps/items/rules.js';
import { methodProblems } from '../../../src/components/return-wizard/steps/method/rules.js';
import { isValidPromptPay, resolutionProblems } from '../../../src/components/return-wizard/steps/resolution/rules.js';
import {
  buildRequest,
  itemsTotal,
  needsAccount,
  refundEstimate,
  submissionFor,
} from '../../../src/components/return-wizard/wizard-money.js';
import {
  emptyState,
  type ItemChoice,
  type WizardData,
  type WizardState,
} from '../../../src/components/return-wizard/wizard-state.js';
import type { RefundAccount } from '../../../src/core/schemas/index.js';

/** What the wizard loads for an order: the order and its return options, from the demo shop. */
async function wizardData(orderId: string, email: string): Promise<WizardData> {
  const adapter = new MemoryAdapter();
  const [order, options] = await Promise.all([
    adapter.getOrder({ orderId, email }),
    adapter.getReturnOptions({ orderId, email }),
  ]);
  return { order, options };
}

const choice = (patch: Partial<ItemChoice> = {}): ItemChoice => ({ quantity: 1, comment: '', photos: [], ...patch });

function state(patch: Partial<WizardState> = {}): WizardState {
  return { ...emptyState('items'), ...patch };
}

const SHIRT = 'li-1004-1'; // Linen shirt, 1190.00 THB, 2 bought, size M (S sold out)
const SNEAKERS = 'li-1004-2'; // Sneakers, 1590.00 THB, size 41 (42 sold out)
const SARONG = 'li-1004-3'; // Sarong: no sizes to exchange for
const PHOTO = 'data:image/jpeg;base64,AAAA';

const fullAccount: RefundAccount = {
  kind: 'bank_account',
  provider: 'Bank Central Asia',
  accountName: 'Dewi Lestari',
  accountNumber: '1234-567-890',
};

describe('return wizard rules', () => {
  /** BK-1004: paid by card, delivered, a gold member's (return shipping free). */
  let card: WizardData;
  /** JK-2003: cash on delivery, delivered: a refund needs an account. */
  let cod: WizardData;

  before(async () => {
    card = await wizardData('BK-1004', 'somchai@example.com');
    cod = await wizardData('JK-2003', 'dewi@example.com');
  });

  describe('items step', () => {
    it('asks for at least one item', () => {
      expect([...itemProblems(card, state())]).to.deep.equal([['items', 'Choose at least one item to return.']]);
    });

    it('asks for a reason for every chosen item, in the order of the items', () => {
      const problems = itemProblems(card, state({ choices: { [SHIRT]: choice(), [SNEAKERS]: choice() } }));
      expect([...problems.keys()]).to.deep.equal([`reason-${SHIRT}`, `reason-${SNEAKERS}`]);
      expect(problems.get(`reason-${SHIRT}`)).to.equal('Choose a reason.');
    });

    it('rejects a reason the shop does not offer', () => {
      const problems = itemProblems(card, state({ choices: { [SHIRT]: choice({ reasonCode: 'made_up' }) } }));
      expect(problems.get(`reason-${SHIRT}`)).to.equal('Choose a reason.');
    });

    it('asks for a photo when the reason needs one, and is satisfied by one', () => {
      const damaged = state({ choices: { [SHIRT]: choice({ reasonCode: 'damaged' }) } });
      expect([...itemProblems(card, damaged)]).to.deep.equal([
        [`photos-${SHIRT}`, 'Add a photo that shows the problem.'],
      ]);
      const withPhoto = state({ choices: { [SHIRT]: choice({ reasonCode: 'damaged', photos: [PHOTO] }) } });
      expect(itemProblems(card, withPhoto).size).to.equal(0);
    });

    it('asks for a comment when the reason needs one; spaces are not a comment', () => {
      const blank = state({ choices: { [SHIRT]: choice({ reasonCode: 'other', comment: '   ' }) } });
      expect([...itemProblems(card, blank)]).to.deep.equal([[`comment-${SHIRT}`, 'Tell us a little more, please.']]);
      const told = state({ choices: { [SHIRT]: choice({ reasonCode: 'other', comment: 'The colour is off' }) } });
      expect(itemProblems(card, told).size).to.equal(0);
    });

    it('lets an item with a plain reason through', () => {
      expect(itemProblems(card, state({ choices: { [SHIRT]: choice({ reasonCode: 'wrong_size' }) } })).size).to.equal(
        0,
      );
    });
  });

  describe('resolution step', () => {
    it('asks what the shopper would like instead, and nothing else until then', () => {
      expect([...resolutionProblems(cod, state())]).to.deep.equal([
        ['resolution', 'Choose what you would like instead.'],
      ]);
    });

    it('needs an available size for every item exchanged', () => {
      const exchange = (variant?: string) =>
        resolutionProblems(
          card,
          state({
            resolution: 'exchange',
            choices: {
              [SNEAKERS]: choice({ reasonCode: 'wrong_size', ...(variant ? { exchangeVariantId: variant } : {}) }),
            },
          }),
        );
      expect(exchange().get(`variant-${SNEAKERS}`)).to.equal('Choose what to exchange it for.');
      expect(exchange('v-sneaker-42').get(`variant-${SNEAKERS}`), 'a sold-out size').to.equal(
        'Choose what to exchange it for.',
      );
      expect(exchange('v-linen-l').get(`variant-${SNEAKERS}`), 'another item’s size').to.equal(
        'Choose what to exchange it for.',
      );
      expect(exchange('v-sneaker-40').size).to.equal(0);
    });

    it('says when an item cannot be exchanged at all', () => {
      const problems = resolutionProblems(
        card,
        state({ resolution: 'exchange', choices: { [SARONG]: choice({ reasonCode: 'wrong_size' }) } }),
      );
      expect(problems.get(`variant-${SARONG}`)).to.equal(
        'This item cannot be exchanged. Choose a refund or store credit.',
      );
    });

    it('asks for no account for a refund of a card payment, or for store credit', () => {
      expect(resolutionProblems(card, state({ resolution: 'refund' })).size).to.equal(0);
      expect(resolutionProblems(cod, state({ resolution: 'store_credit' })).size).to.equal(0);
      expect(needsAccount(card, state({ resolution: 'refund' }))).to.equal(false);
      expect(needsAccount(cod, state({ resolution: 'store_credit' }))).to.equal(false);
      expect(needsAccount(cod, state({ resolution: 'refund' }))).to.equal(true);
    });

    it('asks for every part of the account for a cash-on-delivery refund', () => {
      const problems = resolutionProblems(cod, state({ resolution: 'refund' }));
      expect([...problems]).to.deep.equal([
        ['account-kind', 'Choose where to send the refund.'],
        ['account-provider', 'Enter the bank or e-wallet.'],
        ['account-name', 'Enter the account holder’s name.'],
        ['account-number', 'Enter the account number.'],
      ]);
      expect(resolutionProblems(cod, state({ resolution: 'refund', account: fullAccount })).size).to.equal(0);
    });

    it('checks the account number by the kind of account', () => {
      const numberProblem = (account: Partial<RefundAccount>) =>
        resolutionProblems(cod, state({ resolution: 'refund', account: { ...fullAccount, ...account } })).get(
          'account-number',
        );
      expect(numberProblem({ accountNumber: '12345' })).to.equal('A bank account number has 6 to 20 digits.');
      expect(numberProblem({ accountNumber: '12AB5678' })).to.equal('A bank account number has 6 to 20 digits.');
      expect(numberProblem({ accountNumber: '123 456' })).to.equal(undefined);
      expect(numberProblem({ kind: 'e_wallet', accountNumber: '0812' })).to.equal(
        'Enter the phone number of the e-wallet.',
      );
      expect(numberProblem({ kind: 'e_wallet', accountNumber: '+62 812 3456 7890' })).to.equal(undefined);
      expect(numberProblem({ kind: 'promptpay', accountNumber: '1234567890' })).to.equal(
        'A PromptPay ID is a 10-digit phone number or a 13-digit ID number.',
      );
      expect(numberProblem({ kind: 'promptpay', accountNumber: '081 234 5678' })).to.equal(undefined);
    });

    it('needs no bank or e-wallet name for PromptPay', () => {
      const account = { kind: 'promptpay' as const, accountName: 'Somchai', accountNumber: '0812345678' };
      expect(resolutionProblems(cod, state({ resolution: 'refund', account })).size).to.equal(0);
      const bank = { ...account, kind: 'bank_account' as const, accountNumber: '1234567890' };
      const problems = resolutionProblems(cod, state({ resolution: 'refund', account: bank }));
      expect([...problems.keys()]).to.deep.equal(['account-provider']);
    });
  });

  describe('isValidPromptPay', () => {
    it('takes a 10-digit mobile number starting with 0, typed with separators', () => {
      expect(isValidPromptPay('0812345678')).to.equal(true);
      expect(isValidPromptPay('081-234-5678')).to.equal(true);
      expect(isValidPromptPay(' 081 234 5678 ')).to.equal(true);
    });

    it('takes a 13-digit national ID', () => {
      expect(isValidPromptPay('1234567890123')).to.equal(true);
      expect(isValidPromptPay('1-2345-67890-12-3')).to.equal(true);
    });

    it('rejects other lengths, and 10 digits that are not a mobile number', () => {
      expect(isValidPromptPay('')).to.equal(false);
      expect(isValidPromptPay('081234567')).to.equal(false);
      expect(isValidPromptPay('1234567890')).to.equal(false);
      expect(isValidPromptPay('123456789012')).to.equal(false);
      expect(isValidPromptPay('12345678901234')).to.equal(false);
    });
  });

  describe('method step', () => {
    it('asks how the items go back until a method is chosen', () => {
      expect([...methodProblems(state())]).to.deep.equal([['method', 'Choose how to send the items back.']]);
      expect(methodProblems(state({ methodCode: 'seven-eleven' })).size).to.equal(0);
    });
  });
});

describe('return wizard money', () => {
  let card: WizardData;
  let cod: WizardData;
  before(async () => {
    card = await wizardData('BK-1004', 'somchai@example.com');
    cod = await wizardData('JK-2003', 'dewi@example.com');
  });

  /** The same order without the gold member's free return shipping. */
  function paying(fee: string): WizardData {
    return {
      ...card,
      options: {
        ...card.options,
        methods: card.options.methods.map((method) => ({ ...method, fee: { ...method.fee, amount: fee } })),
      },
    };
  }

  /** Prices that binary floats get wrong: 19.99 × 3 − 4.50 is not 55.47 in floating point. */
  const cents: WizardData = {
    order: {
      id: 'SG-9',
      number: 'SG-9',
      placedAt: '2026-11-01T10:00:00+08:00',
      status: 'completed',
      total: { amount: '59.97', currency: 'SGD' },
      items: [
        {
          id: 'li-9',
          productId: 'p-9',
          title: 'Tea towel',
          quantity: 3,
          unitPrice: { amount: '19.99', currency: 'SGD' },
        },
      ],
      shipments: [],
    },
    options: {
      orderId: 'SG-9',
      policy: { windowDays: 30, deadline: '2026-12-01', perks: [] },
      items: [{ lineItemId: 'li-9', returnableQuantity: 3 }],
      reasons: [{ code: 'changed_mind' }],
      resolutions: [{ type: 'refund' }, { type: 'store_credit', bonus: { amount: '0.30', currency: 'SGD' } }],
      methods: [{ code: 'singpost', kind: 'mail', fee: { amount: '4.50', currency: 'SGD' } }],
    },
  };
  const towels = (resolution: WizardState['resolution']) =>
    state({
      resolution,
      methodCode: 'singpost',
      choices: { 'li-9': choice({ quantity: 3, reasonCode: 'changed_mind' }) },
    });

  const shirts = (patch: Partial<WizardState> = {}) =>
    state({
      methodCode: 'seven-eleven',
      choices: {
        [SHIRT]: choice({ quantity: 2, reasonCode: 'wrong_size' }),
        [SNEAKERS]: choice({ reasonCode: 'wrong_size' }),
      },
      ...patch,
    });

  it('totals the chosen items exactly: price × quantity, summed', () => {
    expect(itemsTotal(card, shirts())).to.deep.equal({ amount: '3970.00', currency: 'THB' });
    expect(itemsTotal(cents, towels('refund'))).to.deep.equal({ amount: '59.97', currency: 'SGD' });
    expect(itemsTotal(card, state())).to.equal(undefined);
  });

  it('takes the return fee off the refund, exactly', () => {
    expect(refundEstimate(paying('40.00'), shirts({ resolution: 'refund' }))).to.deep.equal({
      amount: '3930.00',
      currency: 'THB',
    });
    expect(refundEstimate(cents, towels('refund'))).to.deep.equal({ amount: '55.47', currency: 'SGD' });
  });

  it('adds the store-credit bonus to store credit only, exactly', () => {
    expect(refundEstimate(paying('40.00'), shirts({ resolution: 'store_credit' }))).to.deep.equal({
      amount: '4030.00',
      currency: 'THB',
    });
    expect(refundEstimate(cents, towels('store_credit'))).to.deep.equal({ amount: '55.77', currency: 'SGD' });
  });

  it('estimates the gold member’s refund without a fee', () => {
    expect(refundEstimate(card, shirts({ resolution: 'refund' }))!.amount).to.equal('3970.00');
  });

  it('estimates nothing for an exchange or before items are chosen', () => {
    expect(refundEstimate(card, shirts({ resolution: 'exchange' }))).to.equal(undefined);
    expect(refundEstimate(card, state({ resolution: 'refund' }))).to.equal(undefined);
  });

  describe('buildRequest', () => {
    it('sends what the shopper chose, with comments trimmed and empty extras left out', () => {
      const request = buildRequest(
        card,
        shirts({
          resolution: 'refund',
          choices: {
            [SHIRT]: choice({ quantity: 2, reasonCode: 'other', comment: '  Too long in the sleeves  ' }),
            [SNEAKERS]: choice({
              reasonCode: 'damaged',
              photos: [PHOTO],
              comment: '   ',
              exchangeVariantId: 'v-sneaker-40',
            }),
          },
        }),
      );
      expect(request).to.deep.equal({
        orderId: 'BK-1004',
        resolution: 'refund',
        methodCode: 'seven-eleven',
        items: [
          { lineItemId: SHIRT, quantity: 2, reasonCode: 'other', comment: 'Too long in the sleeves' },
          { lineItemId: SNEAKERS, quantity: 1, reasonCode: 'damaged', photos: [PHOTO] },
        ],
      });
    });

    it('names the size to exchange for only in an exchange', () => {
      const request = buildRequest(
        card,
        state({
          resolution: 'exchange',
          methodCode: 'seven-eleven',
          choices: { [SNEAKERS]: choice({ reasonCode: 'wrong_size', exchangeVariantId: 'v-sneaker-40' }) },
        }),
      );
      expect(request.items[0]!.exchangeVariantId).to.equal('v-sneaker-40');
    });

    it('never carries an account unless it is a cash-on-delivery refund', () => {
      const withAccount = { account: fullAccount, methodCode: 'indomaret' };
      const codItem = { 'li-2003-1': choice({ reasonCode: 'wrong_size' }) };
      expect(buildRequest(card, shirts({ resolution: 'refund', account: fullAccount }))).to.not.have.property(
        'refundAccount',
      );
      expect(
        buildRequest(cod, state({ resolution: 'store_credit', choices: codItem, ...withAccount })),
      ).to.not.have.property('refundAccount');
      expect(
        buildRequest(cod, state({ resolution: 'refund', choices: codItem, ...withAccount })).refundAccount,
      ).to.deep.equal(fullAccount);
    });
  });

  describe('submissionFor', () => {
    const codRefund = (account: Partial<RefundAccount>) =>
      state({
        resolution: 'refund',
        methodCode: 'indomaret',
        account,
        choices: { 'li-2003-1': choice({ reasonCode: 'wrong_size' }) },
      });

    it('keeps the key for the same request: a double click, a retry, a reload', () => {
      const first = shirts({ resolution: 'refund' });
      const submission = submissionFor(first, buildRequest(card, first));
      expect(submission.key).to.be.a('string').and.not.equal('');
      const again = { ...first, submission };
      expect(submissionFor(again, buildRequest(card, again))).to.equal(submission);
    });

    it('gives a changed request a new key', () => {
      const first = shirts({ resolution: 'refund' });
      const submission = submissionFor(first, buildRequest(card, first));
      const changed = shirts({
        resolution: 'refund',
        submission,
        choices: { [SHIRT]: choice({ quantity: 1, reasonCode: 'wrong_size' }) },
      });
      const next = submissionFor(changed, buildRequest(card, changed));
      expect(next.key).to.not.equal(submission.key);
      const store = shirts({ resolution: 'store_credit', submission });
      expect(submissionFor(store, buildRequest(card, store)).key).to.not.equal(submission.key);
    });

    it('keeps the account out of the fingerprint, which is kept in drafts', () => {
      const first = codRefund(fullAccount);
      const submission = submissionFor(first, buildRequest(cod, first));
      expect(submission.fingerprint).to.not.contain(fullAccount.accountNumber);
      expect(submission.fingerprint).to.not.contain(fullAccount.accountName);
    });

    // A corrected account number must not go with the key of the request that had the wrong one:
    // the backend would see one key with two bodies (409 on the reference server, or a replay of the old return).
    it('gives a request with a corrected refund account a new key', () => {
      const first = codRefund(fullAccount);
      const submission = submissionFor(first, buildRequest(cod, first));
      const corrected = { ...codRefund({ ...fullAccount, accountNumber: '1234-567-891' }), submission };
      expect(submissionFor(corrected, buildRequest(cod, corrected)).key).to.not.equal(submission.key);
    });
  });
});
