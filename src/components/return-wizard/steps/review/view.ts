import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatMoney } from '../../../../core/format/money.js';
import type { ReturnOptions } from '../../../../core/schemas/index.js';
import { reasonLabel } from '../../return-text.js';
import { chosenMethod, refundEstimate } from '../../wizard-money.js';
import { exchangeVariants, lineItem, reasonOf } from '../../wizard-state.js';
import { feeText } from '../method/view.js';
import type { StepContext } from '../step-context.js';
import { methodKindLabel, resolutionLabel } from '../step-text.js';

/**
 * The fee; with the shop's only way back (the step was skipped), how too;
 * with none, that the shop will say.
 */
function renderShipping(options: ReturnOptions, method: ReturnOptions['methods'][number] | undefined) {
  if (!method) return msg('The shop will tell you how to send the items back.');
  const fee = feeText(options, method.fee);
  if (options.methods.length > 1) return fee;
  return html`${methodKindLabel(method.kind)}${method.carrierName ? ` (${method.carrierName})` : ''} · ${fee}`;
}

export function renderReviewStep(context: StepContext) {
  const { data, state, submitError: error } = context;
  const method = chosenMethod(data, state);
  const estimate = refundEstimate(data, state);
  return html`
    <dl class="summary" part="summary">
      <div>
        <dt>${msg('Items')}</dt>
        <dd>
          <ul class="plain-list">
            ${Object.entries(state.choices).map(([id, choice]) => {
              const item = lineItem(data, id);
              const reason = reasonOf(data, choice.reasonCode);
              const variant = exchangeVariants(data, id).find((v) => v.id === choice.exchangeVariantId);
              return html`<li>
                <strong>${item?.title ?? id}</strong> × ${choice.quantity}
                ${reason ? html`<span class="muted"> · ${reasonLabel(reason)}</span>` : nothing}
                ${
                  state.resolution === 'exchange' && variant
                    ? html`<span class="muted"> · ${msg(str`Exchange for ${variant.title}`)}</span>`
                    : nothing
                }
              </li>`;
            })}
          </ul>
        </dd>
      </div>
      ${
        // A backend that offers no resolution decides it later: nothing to confirm here.
        data.options.resolutions?.length && state.resolution
          ? html`<div>
              <dt>${msg('You get')}</dt>
              <dd>${resolutionLabel(state.resolution)}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${msg('Return shipping')}</dt>
        <dd>${renderShipping(data.options, method)}</dd>
      </div>
      ${
        estimate
          ? html`<div class="summary__total">
              <dt>${state.resolution === 'store_credit' ? msg('Store credit') : msg('Estimated refund')}</dt>
              <dd>${formatMoney(estimate)}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${error ? html`<div class="field__error" role="alert">${error}</div>` : nothing}
  `;
}
