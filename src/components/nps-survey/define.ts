import { defineElement } from '../../core/define.js';
import { AcNpsSurvey } from './nps-survey.js';

defineElement('ac-nps-survey', AcNpsSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'ac-nps-survey': AcNpsSurvey;
  }
}

export { AcNpsSurvey };
