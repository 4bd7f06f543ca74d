// The items step, loaded as the wizard connects: in parallel with the order itself.
import { itemProblems } from './items/rules.js';
import { renderItemsStep } from './items/view.js';
import type { StepChunk } from './step-context.js';

export const steps: StepChunk['steps'] = {
  items: { render: renderItemsStep, problems: ({ data, state }) => itemProblems(data, state) },
};
export { styles } from './items/styles.js';
// Which steps the backend's options leave to ask: needed from the first step's Next on.
export { fixedChoices, flowFor } from '../skipped-steps.js';
