import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AftercareElement } from '../../src/core/base-element.js';
import { defineElement } from '../../src/core/define.js';
import { AdapterError, type AdapterErrorCode } from '../../src/core/errors.js';
import { tokens } from '../../src/core/styles/tokens.js';
import { buttonStyles } from '../../src/components/shared/button.styles.js';
import { renderErrorState, statusMessageStyles } from '../../src/components/shared/status-message.js';

/** Shows the shared error state on its own, as designers and translators review it. */
export class ErrorStatePreview extends AftercareElement {
  static override styles = [tokens, buttonStyles, statusMessageStyles];

  @property() code: AdapterErrorCode = 'network';
  @state() retries = 0;

  protected override render() {
    return html`
      ${renderErrorState(new AdapterError(this.code), () => this.retries++)}
      <p class="retries" hidden>${this.retries}</p>
    `;
  }
}

defineElement('story-error-state', ErrorStatePreview);

declare global {
  interface HTMLElementTagNameMap {
    'story-error-state': ErrorStatePreview;
  }
}
