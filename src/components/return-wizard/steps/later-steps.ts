// The steps after the first, with what only they need, loaded while the shopper chooses items.
export { methodProblems, resolutionProblems } from '../later-validation.js';
export { buildRequest, submissionFor } from '../wizard-money.js';
export { laterStepsStyles } from './later-steps.styles.js';
export { renderMethodStep } from './method-step.js';
export { renderResolutionStep } from './resolution-step.js';
export { renderReviewStep } from './review-step.js';
