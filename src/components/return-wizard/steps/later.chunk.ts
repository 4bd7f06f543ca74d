// The steps after the first, with what only they need, loaded while the shopper chooses items.
export { methodProblems, resolutionProblems } from './resolution/rules.js';
export { buildRequest, submissionFor } from '../wizard-money.js';
export { laterStepsStyles } from './later.styles.js';
export { renderMethodStep } from './method/view.js';
export { renderResolutionStep } from './resolution/view.js';
export { renderReviewStep } from './review/view.js';
