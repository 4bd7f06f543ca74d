// The items step, loaded as the wizard connects: in parallel with the order itself.
export { itemProblems } from '../validation.js';
export { firstStepStyles } from './first-step.styles.js';
export { renderItemsStep } from './items-step.js';
