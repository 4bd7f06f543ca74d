import { msg } from '@lit/localize';
import type { WizardState } from '../../wizard-state.js';
import type { Problems } from '../step-context.js';

export function methodProblems(state: WizardState): Problems {
  return new Map(state.methodCode ? [] : [['method', msg('Choose how to send the items back.')]]);
}
