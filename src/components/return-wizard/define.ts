import { defineElement } from '../../core/define.js';
import { AcReturnWizard } from './return-wizard.js';

defineElement('ac-return-wizard', AcReturnWizard);

declare global {
  interface HTMLElementTagNameMap {
    'ac-return-wizard': AcReturnWizard;
  }
}

export { AcReturnWizard };
