// The steps after the first, with what only they need, loaded while the shopper chooses items.
import { methodProblems } from './method/rules.js';
import { renderMethodStep } from './method/view.js';
import { resolutionProblems } from './resolution/rules.js';
import { renderResolutionStep } from './resolution/view.js';
import { renderReviewStep } from './review/view.js';
import type { StepChunk } from './step-context.js';

export const steps: StepChunk['steps'] = {
  resolution: { render: renderResolutionStep, problems: ({ data, state }) => resolutionProblems(data, state) },
  method: { render: renderMethodStep, problems: ({ state }) => methodProblems(state) },
  review: { render: renderReviewStep },
};
export { styles } from './later.styles.js';
export { buildRequest, submissionFor } from '../wizard-money.js';
