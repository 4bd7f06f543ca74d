import { msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import { errorText } from '../../core/error-messages.js';
import type { AdapterError } from '../../core/errors.js';
import type { SupportContext } from '../../core/support.js';
import { renderSupport } from './support.js';

/**
 * The error state every widget shows instead of a blank box: what happened
 * in plain words, what to do, and a retry where a retry can help.
 */
export function renderErrorState(error: AdapterError, onRetry?: () => void, support?: SupportContext) {
  const text = errorText(error.code);
  return html`
    <div class="status status--error" role="alert" part="error" data-code=${error.code}>
      <p class="status__title">${text.title}</p>
      <p class="status__hint">${text.hint}</p>
      ${
        text.retry && onRetry
          ? html`<button type="button" class="button" part="retry-button" @click=${onRetry}>
              ${msg('Try again')}
            </button>`
          : nothing
      }
      ${renderSupport(support)}
    </div>
  `;
}

export const statusMessageStyles = css`
  .status {
    padding: var(--_ac-space);
    border: 1px solid var(--_ac-color-border);
    border-radius: var(--_ac-radius);
    background: var(--_ac-color-surface);
  }
  .status--error {
    border-inline-start: 4px solid var(--_ac-color-danger);
  }
  .status__title {
    margin: 0;
    font-weight: 600;
  }
  .status__hint {
    margin: 0.25em 0 0;
    color: var(--_ac-color-text-muted);
  }
  .status .button {
    margin-block-start: 0.75em;
  }
`;
