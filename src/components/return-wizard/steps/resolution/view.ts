import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatMoney } from '../../../../core/format/money.js';
import { needsAccount } from '../../wizard-money.js';
import { exchangeVariants, lineItem, type Resolution } from '../../wizard-state.js';
import { renderProblem } from '../problem.js';
import { renderRefundAccount } from './refund-account.js';
import { fieldState, type StepContext } from '../step-context.js';
import { resolutionHint, resolutionLabel } from '../step-text.js';

function renderExchange(context: StepContext) {
  return html`<div class="exchange">
    ${Object.entries(context.state.choices).map(([id, choice]) => {
      const item = lineItem(context.data, id);
      const variants = exchangeVariants(context.data, id);
      const field = fieldState(context.problems, `variant-${id}`);
      return html`<div class="field">
        <label for="variant-${id}">${msg(str`Exchange ${item?.title ?? id} for`)}</label>
        <select
          id="variant-${id}"
          ?disabled=${!variants.length}
          aria-invalid=${field.invalid}
          aria-describedby=${ifDefined(field.describedBy)}
          @change=${(e: Event) =>
            context.patchChoice(id, { exchangeVariantId: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">${msg('Choose')}</option>
          ${variants.map(
            (variant) =>
              html`<option
                value=${variant.id}
                ?disabled=${!variant.available}
                ?selected=${variant.id === choice.exchangeVariantId}
              >
                ${variant.available ? variant.title : msg(str`${variant.title} (sold out)`)}
              </option>`,
          )}
        </select>
        ${renderProblem(`variant-${id}`, field.problem)}
      </div>`;
    })}
  </div>`;
}

/** The shop's only resolution, as a fact rather than a one-option question. */
function renderOnlyResolution(resolution: Resolution) {
  return html`<p class="fact">
    <strong>${resolutionLabel(resolution)}</strong> <span class="muted">${resolutionHint(resolution)}</span>
  </p>`;
}

function renderChoices(context: StepContext) {
  const { data, state, problems } = context;
  const field = fieldState(problems, 'resolution');
  return html`
    <fieldset class="cards" id="resolution" tabindex="-1" aria-describedby=${ifDefined(field.describedBy)}>
      <legend class="visually-hidden">${msg('What would you like instead?')}</legend>
      ${(data.options.resolutions ?? []).map(
        (resolution) =>
          html`<label class="card-choice ${state.resolution === resolution.type ? 'card-choice--checked' : ''}">
            <input
              type="radio"
              name="resolution"
              .checked=${state.resolution === resolution.type}
              @change=${() => context.change({ resolution: resolution.type as Resolution })}
            />
            <span class="card-choice__text">
              <strong>${resolutionLabel(resolution.type)}</strong>
              <span class="muted">${resolutionHint(resolution.type)}</span>
              ${
                resolution.type === 'store_credit' && resolution.bonus
                  ? html`<span class="bonus">${msg(str`+${formatMoney(resolution.bonus)} bonus`)}</span>`
                  : nothing
              }
            </span>
          </label>`,
      )}
    </fieldset>
  `;
}

export function renderResolutionStep(context: StepContext) {
  const { data, state, problems } = context;
  const field = fieldState(problems, 'resolution');
  // One resolution shows here only when it still asks something (a variant, a refund account): as a fact.
  const only = (data.options.resolutions ?? []).length === 1 && state.resolution;
  return html`
    ${only ? renderOnlyResolution(only) : renderChoices(context)} ${renderProblem('resolution', field.problem)}
    ${state.resolution === 'exchange' ? renderExchange(context) : nothing}
    ${needsAccount(data, state) ? renderRefundAccount(context) : nothing}
  `;
}
