import { msg, str } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { downscaleImage } from './downscale-image.js';
import { listStyles } from './utility.styles.js';

export interface PhotoPickerOptions {
  id: string;
  photos: string[];
  max: number;
  /** Shown under the button: why photos help, or that one is required. */
  hint?: string;
  error?: string;
  onChange: (photos: string[], error?: string) => void;
}

/** Downscales the chosen files, keeping within the limit; unreadable files are reported, not sent. */
async function addPhotos(input: HTMLInputElement, options: PhotoPickerOptions): Promise<void> {
  const files = [...(input.files ?? [])];
  input.value = ''; // Choosing the same file again must fire change again.
  const room = options.max - options.photos.length;
  const added: string[] = [];
  let failed = false;
  for (const file of files.slice(0, Math.max(0, room))) {
    try {
      added.push(await downscaleImage(file));
    } catch {
      failed = true;
    }
  }
  const error = failed
    ? msg('One of the files is not a photo we can read. Please choose a JPEG, PNG or HEIC picture.')
    : files.length > room
      ? msg(str`You can add up to ${options.max} photos.`)
      : undefined;
  options.onChange([...options.photos, ...added], error);
}

/**
 * Photos from the gallery or, on phones, the camera (no `capture`, so the
 * shopper chooses), downscaled in the browser, with previews and removal.
 */
export function renderPhotoPicker(options: PhotoPickerOptions) {
  const { id, photos, max, hint, error } = options;
  const full = photos.length >= max;
  return html`
    <div class="photos" part="photos">
      ${
        photos.length
          ? html`<ul class="photos__list inline-list">
              ${photos.map(
                (photo, index) => html`
                  <li class="photos__item">
                    <img src=${photo} alt=${msg(str`Photo ${index + 1}`)} width="72" height="72" />
                    <button
                      type="button"
                      class="photos__remove"
                      aria-label=${msg(str`Remove photo ${index + 1}`)}
                      @click=${() => options.onChange(photos.filter((_, i) => i !== index))}
                    >
                      ×
                    </button>
                  </li>
                `,
              )}
            </ul>`
          : nothing
      }
      <input
        id=${id}
        class="visually-hidden"
        type="file"
        accept="image/*"
        multiple
        ?disabled=${full}
        aria-describedby="${id}-hint"
        @change=${(event: Event) => void addPhotos(event.target as HTMLInputElement, options)}
      />
      <label for=${id} class="button button--secondary photos__add ${full ? 'photos__add--full' : ''}">
        ${msg(str`Add photos (${photos.length}/${max})`)}
      </label>
      <p class="muted photos__hint" id="${id}-hint">${hint ?? ''}</p>
      ${error ? html`<p class="field__error" role="alert">${error}</p>` : nothing}
    </div>
  `;
}

export const styles = [
  listStyles,
  css`
    .photos {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .photos__item {
      position: relative;
    }
    .photos__item img {
      display: block;
      inline-size: 72px;
      block-size: 72px;
      object-fit: cover;
      border-radius: var(--_ac-radius-small);
    }
    .photos__remove {
      position: absolute;
      inset-block-start: -0.5rem;
      inset-inline-end: -0.5rem;
      inline-size: 28px;
      block-size: 28px;
      border: 2px solid var(--_ac-color-bg);
      border-radius: 50%;
      background: var(--_ac-color-text);
      color: var(--_ac-color-bg);
      font: inherit;
      line-height: 1;
      cursor: pointer;
    }
    /* A 28 px circle with a 44 px touch target around it. */
    .photos__remove::after {
      content: '';
      position: absolute;
      inset: -8px;
    }
    input:focus-visible + .photos__add {
      outline: var(--_ac-focus-ring-width) solid var(--_ac-color-focus);
      outline-offset: 2px;
    }
    .photos__add--full {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .photos__hint:empty {
      display: none;
    }
  `,
];
