import { msg } from '@lit/localize';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RefundAccount } from '../../../../core/schemas/index.js';
import { renderProblem } from '../problem.js';
import { fieldState, type StepContext } from '../step-context.js';

const KINDS: RefundAccount['kind'][] = ['bank_account', 'e_wallet', 'promptpay'];

function kindLabel(kind: RefundAccount['kind']): string {
  switch (kind) {
    case 'bank_account':
      return msg('Bank account');
    case 'e_wallet':
      return msg('E-wallet');
    case 'promptpay':
      return 'PromptPay';
  }
}

/**
 * Where a cash-on-delivery refund goes. These details live only in memory:
 * they are sent with the return and never written to a draft.
 */
export function renderRefundAccount(context: StepContext) {
  const { account } = context.state;
  const { problems } = context;
  const set = (patch: Partial<RefundAccount>) => context.patchAccount(patch);
  const input = (
    id: string,
    label: string,
    value: string | undefined,
    patch: (v: string) => Partial<RefundAccount>,
    attrs: { autocomplete?: string; inputmode?: string } = {},
  ) => {
    const field = fieldState(problems, id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        autocomplete=${attrs.autocomplete ?? 'off'}
        inputmode=${ifDefined(attrs.inputmode)}
        .value=${value ?? ''}
        aria-invalid=${field.invalid}
        aria-describedby=${ifDefined(field.describedBy)}
        @input=${(e: Event) => set(patch((e.target as HTMLInputElement).value))}
      />
      ${renderProblem(id, field.problem)}
    </div>`;
  };
  const kindField = fieldState(problems, 'account-kind');
  return html`
    <fieldset class="account" part="refund-account" id="account-kind" tabindex="-1">
      <legend>${msg('Where should we send your refund?')}</legend>
      <p class="muted">
        ${msg('You paid cash on delivery, so we need an account to refund to. We do not store these details.')}
      </p>
      <div
        class="choices"
        role="radiogroup"
        aria-invalid=${kindField.invalid}
        aria-describedby=${ifDefined(kindField.describedBy)}
      >
        ${KINDS.map(
          (kind) =>
            html`<label class="choice">
              <input
                type="radio"
                name="account-kind"
                .checked=${account.kind === kind}
                @change=${() => set({ kind })}
              />
              ${kindLabel(kind)}
            </label>`,
        )}
      </div>
      ${renderProblem('account-kind', kindField.problem)}
      ${
        account.kind && account.kind !== 'promptpay'
          ? input(
              'account-provider',
              account.kind === 'bank_account' ? msg('Bank') : msg('E-wallet provider'),
              account.provider,
              (provider) => ({ provider }),
            )
          : ''
      }
      ${input('account-name', msg('Account holder’s name'), account.accountName, (accountName) => ({ accountName }), { autocomplete: 'name' })}
      ${input(
        'account-number',
        account.kind === 'promptpay'
          ? msg('PromptPay phone or ID number')
          : account.kind === 'e_wallet'
            ? msg('E-wallet phone number')
            : msg('Account number'),
        account.accountNumber,
        (accountNumber) => ({ accountNumber }),
        { inputmode: 'numeric' },
      )}
    </fieldset>
  `;
}
