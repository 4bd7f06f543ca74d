import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatMoney } from '../../../../core/format/money.js';
import { safeImageUrl } from '../../../../core/safe-url.js';
import type { LineItem, ReturnOptions } from '../../../../core/schemas/index.js';
import { ineligibleText, reasonLabel } from '../../return-text.js';
import { choiceOf, reasonOf, type ItemChoice } from '../../wizard-state.js';
import { renderProblem } from '../problem.js';
import { fieldState, type StepContext } from '../step-context.js';

const MAX_PHOTOS = 3;

function renderChoice(context: StepContext, item: LineItem, returnable: number, choice: ItemChoice) {
  const { data, problems } = context;
  const id = item.id;
  const reason = reasonOf(data, choice.reasonCode);
  const update = (patch: Partial<ItemChoice>) => context.patchChoice(id, patch);
  const reasonField = fieldState(problems, `reason-${id}`);
  const commentField = fieldState(problems, `comment-${id}`);
  const photoField = fieldState(problems, `photos-${id}`);
  return html`
    <div class="choice-details">
      ${
        returnable > 1
          ? html`<div class="field field--inline">
              <label for="quantity-${id}">${msg('How many?')}</label>
              <select
                id="quantity-${id}"
                @change=${(e: Event) => update({ quantity: Number((e.target as HTMLSelectElement).value) })}
              >
                ${Array.from({ length: returnable }, (_, i) => i + 1).map(
                  (n) => html`<option value=${n} ?selected=${n === choice.quantity}>${n}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="reason-${id}">${msg('Why are you returning it?')}</label>
        <select
          id="reason-${id}"
          aria-invalid=${reasonField.invalid}
          aria-describedby=${ifDefined(reasonField.describedBy)}
          @change=${(e: Event) => update({ reasonCode: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="" ?selected=${!choice.reasonCode}>${msg('Choose a reason')}</option>
          ${data.options.reasons.map(
            (r) => html`<option value=${r.code} ?selected=${r.code === choice.reasonCode}>${reasonLabel(r)}</option>`,
          )}
        </select>
        ${renderProblem(`reason-${id}`, reasonField.problem)}
      </div>
      ${
        reason?.requiresPhoto
          ? html`<div class="field">
              <span class="label" id="photos-${id}-label">${msg('Photos of the problem')}</span>
              ${
                context.photoPicker
                  ? context.photoPicker.renderPhotoPicker({
                      id: `photos-${id}`,
                      photos: choice.photos,
                      max: MAX_PHOTOS,
                      hint: msg('Required for this reason: one clear photo is enough.'),
                      ...(photoField.problem ? { error: photoField.problem } : {}),
                      onChange: (photos) => update({ photos }),
                    })
                  : html`<p class="muted">${msg('Loading…')}</p>`
              }
            </div>`
          : nothing
      }
      <div class="field">
        <label for="comment-${id}">
          ${reason?.requiresComment ? msg('Tell us more') : msg('Anything else we should know? (optional)')}
        </label>
        <textarea
          id="comment-${id}"
          rows="2"
          maxlength="500"
          .value=${choice.comment}
          aria-invalid=${commentField.invalid}
          aria-describedby=${ifDefined(commentField.describedBy)}
          @input=${(e: Event) => update({ comment: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${renderProblem(`comment-${id}`, commentField.problem)}
      </div>
    </div>
  `;
}

function renderItem(context: StepContext, item: LineItem, eligibility: ReturnOptions['items'][number] | undefined) {
  const returnable = eligibility?.returnableQuantity ?? 0;
  const choice = choiceOf(context.state, item.id);
  const image = safeImageUrl(item.imageUrl);
  const disabled = returnable < 1;
  return html`
    <li class="return-item ${disabled ? 'return-item--disabled' : ''}" part="return-item">
      <div class="return-item__head">
        <input
          type="checkbox"
          id="item-${item.id}"
          .checked=${Boolean(choice)}
          ?disabled=${disabled}
          aria-describedby=${ifDefined(disabled ? `ineligible-${item.id}` : undefined)}
          @change=${(e: Event) =>
            context.changeChoice(
              item.id,
              (e.target as HTMLInputElement).checked ? { quantity: 1, comment: '', photos: [] } : undefined,
            )}
        />
        <span class="return-item__image">
          ${image ? html`<img src=${image} alt="" width="56" height="56" loading="lazy" decoding="async" />` : nothing}
        </span>
        <label for="item-${item.id}" class="return-item__text">
          <span class="return-item__title">${item.title}</span>
          ${item.variantTitle ? html`<span class="muted">${item.variantTitle}</span>` : nothing}
          <span class="muted">${msg(str`${formatMoney(item.unitPrice)} × ${item.quantity}`)}</span>
        </label>
      </div>
      ${
        disabled
          ? html`<p class="return-item__ineligible" id="ineligible-${item.id}">
              ${ineligibleText(eligibility?.ineligibleReason)}
            </p>`
          : nothing
      }
      ${choice && !disabled ? renderChoice(context, item, returnable, choice) : nothing}
    </li>
  `;
}

export function renderItemsStep(context: StepContext) {
  const { data, problems } = context;
  return html`
    <p class="step__intro">${msg('Choose the items to send back and tell us why.')}</p>
    ${renderProblem('items', problems.get('items'))}
    <ul class="return-items" id="items" tabindex="-1">
      ${data.order.items.map((item) =>
        renderItem(
          context,
          item,
          data.options.items.find((entry) => entry.lineItemId === item.id),
        ),
      )}
    </ul>
  `;
}
