import { msg } from '@lit/localize';
import { isValidPhone, phoneDigits } from '../../../../core/contact-validation.js';
import type { RefundAccount } from '../../../../core/schemas/index.js';
import type { Problems } from '../step-context.js';
import { needsAccount } from '../../wizard-money.js';
import { exchangeVariants, type WizardData, type WizardState } from '../../wizard-state.js';

/** PromptPay takes a 10-digit mobile number (starting with 0) or a 13-digit national ID. */
export function isValidPromptPay(value: string): boolean {
  const digits = phoneDigits(value);
  return (digits.length === 10 && digits.startsWith('0')) || digits.length === 13;
}

function accountNumberProblem(account: Partial<RefundAccount>): string | undefined {
  const number = account.accountNumber?.trim() ?? '';
  if (!number) return msg('Enter the account number.');
  if (account.kind === 'promptpay') {
    return isValidPromptPay(number)
      ? undefined
      : msg('A PromptPay ID is a 10-digit phone number or a 13-digit ID number.');
  }
  if (account.kind === 'e_wallet')
    return isValidPhone(number) ? undefined : msg('Enter the phone number of the e-wallet.');
  const digits = phoneDigits(number);
  return /^[\d\s-]+$/.test(number) && digits.length >= 6 && digits.length <= 20
    ? undefined
    : msg('A bank account number has 6 to 20 digits.');
}

export function resolutionProblems(data: WizardData, state: WizardState): Problems {
  const problems: Problems = new Map();
  if (!state.resolution) {
    problems.set('resolution', msg('Choose what you would like instead.'));
    return problems;
  }
  if (state.resolution === 'exchange') {
    for (const [id, choice] of Object.entries(state.choices)) {
      const variants = exchangeVariants(data, id);
      if (!variants.length) {
        problems.set(`variant-${id}`, msg('This item cannot be exchanged. Choose a refund or store credit.'));
      } else if (!variants.some((variant) => variant.available && variant.id === choice.exchangeVariantId)) {
        problems.set(`variant-${id}`, msg('Choose what to exchange it for.'));
      }
    }
  }
  if (needsAccount(data, state)) {
    const { account } = state;
    if (!account.kind) problems.set('account-kind', msg('Choose where to send the refund.'));
    if (account.kind !== 'promptpay' && !account.provider?.trim()) {
      problems.set('account-provider', msg('Enter the bank or e-wallet.'));
    }
    if (!account.accountName?.trim()) problems.set('account-name', msg('Enter the account holder’s name.'));
    const numberProblem = accountNumberProblem(account);
    if (numberProblem) problems.set('account-number', numberProblem);
  }
  return problems;
}
