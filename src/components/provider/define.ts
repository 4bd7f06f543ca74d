import { defineElement } from '../../core/define.js';
import { AcProvider } from './provider.js';

defineElement('ac-provider', AcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ac-provider': AcProvider;
  }
}

export { AcProvider };
