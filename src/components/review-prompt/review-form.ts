import { msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { styles as photoPickerStyles, renderPhotoPicker } from '../shared/photo-picker.js';
import { LIMITS, type ReviewItemState } from './review-draft.js';

import { formStyles } from '../shared/form.styles.js';

// The form loads when the shopper first picks a star (see review-prompt.ts).

export interface ReviewFormHandlers {
  change: (patch: Partial<ReviewItemState>) => void;
  submit: () => void;
}

function counter(id: string, length: number, max: number) {
  const near = max - length <= Math.min(50, max / 10);
  return html`<span class="counter ${near ? 'counter--near' : ''}" id=${id}>${length} / ${max}</span>`;
}

export function renderReviewForm(id: string, state: ReviewItemState, handlers: ReviewFormHandlers) {
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  return html`
    <form
      class="review-form"
      part="review-form"
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        handlers.submit();
      }}
    >
      <div class="field">
        <label for="${id}-title">${msg('Title (optional)')}</label>
        <input
          id="${id}-title"
          class="review-form__title"
          maxlength=${LIMITS.title}
          .value=${state.title}
          aria-describedby="${id}-title-count"
          @input=${(e: Event) => handlers.change({ title: value(e) })}
        />
        ${counter(`${id}-title-count`, state.title.length, LIMITS.title)}
      </div>
      <div class="field">
        <label for="${id}-body">${msg('Your review')}</label>
        <textarea
          id="${id}-body"
          rows="4"
          maxlength=${LIMITS.body}
          placeholder=${msg('How is the fit, the quality, the colour?')}
          .value=${state.body}
          aria-describedby="${id}-body-count"
          @input=${(e: Event) => handlers.change({ body: value(e) })}
        ></textarea>
        ${counter(`${id}-body-count`, state.body.length, LIMITS.body)}
      </div>
      <div class="field">
        <label for="${id}-name">${msg('Name shown with the review (optional)')}</label>
        <input
          id="${id}-name"
          autocomplete="given-name"
          maxlength="60"
          .value=${state.authorName}
          @input=${(e: Event) => handlers.change({ authorName: value(e) })}
        />
      </div>
      ${renderPhotoPicker({
        id: `${id}-photos`,
        photos: state.photos,
        max: LIMITS.photos,
        hint: msg('Photos help other shoppers the most.'),
        ...(state.photoError ? { error: state.photoError } : {}),
        onChange: (photos, error) => handlers.change({ photos, photoError: error }),
      })}
      ${state.error ? html`<p class="field__error" role="alert">${state.error}</p>` : nothing}
      <button class="button" type="submit" ?disabled=${state.submitting}>
        ${state.submitting ? msg('Sending your review…') : msg('Submit review')}
      </button>
    </form>
  `;
}

export const styles = [
  formStyles,
  ...photoPickerStyles,
  css`
    .review-form {
      display: grid;
      gap: var(--_ac-space);
    }
    textarea {
      padding-block: 0.5rem;
      resize: vertical;
    }
    .counter {
      justify-self: end;
      font-size: 0.875em;
      color: var(--_ac-color-text-muted);
    }
    .counter--near {
      color: var(--_ac-color-warning);
      font-weight: 600;
    }
  `,
];
