// The items step, loaded as the wizard connects: in parallel with the order itself.
export { itemProblems } from './items/rules.js';
export { firstStepStyles } from './items/styles.js';
export { renderItemsStep } from './items/view.js';
