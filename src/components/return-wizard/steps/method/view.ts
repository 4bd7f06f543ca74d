import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isZeroDecimal } from '../../../../core/decimal.js';
import { formatMoney } from '../../../../core/format/money.js';
import type { ReturnOptions } from '../../../../core/schemas/index.js';
import { renderProblem } from '../problem.js';
import { fieldState, type StepContext } from '../step-context.js';
import { methodKindLabel } from '../step-text.js';

/** "฿40", "Free", or "Free for Gold members" when a loyalty perk waives the fee. */
export function feeText(options: ReturnOptions, fee: ReturnOptions['methods'][number]['fee']): string {
  if (!isZeroDecimal(fee.amount)) return formatMoney(fee);
  const { tier, perks } = options.policy;
  return tier && perks.includes('free_return_shipping') ? msg(str`Free for ${tier} members`) : msg('Free');
}

export function renderMethodStep(context: StepContext) {
  const { data, state, problems } = context;
  const field = fieldState(problems, 'method');
  return html`
    <fieldset class="cards" id="method" tabindex="-1" aria-describedby=${ifDefined(field.describedBy)}>
      <legend class="visually-hidden">${msg('How will you send it back?')}</legend>
      ${data.options.methods.map(
        (method) =>
          html`<label class="card-choice ${state.methodCode === method.code ? 'card-choice--checked' : ''}">
            <input
              type="radio"
              name="method"
              .checked=${state.methodCode === method.code}
              @change=${() => context.change({ methodCode: method.code })}
            />
            <span class="card-choice__text">
              <strong>${methodKindLabel(method.kind)}</strong>
              ${method.carrierName ? html`<span class="muted">${method.carrierName}</span>` : nothing}
            </span>
            <span class="card-choice__price">${feeText(data.options, method.fee)}</span>
          </label>`,
      )}
    </fieldset>
    ${renderProblem('method', field.problem)}
  `;
}
