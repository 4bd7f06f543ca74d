import type { RefundAccount } from '../../../core/schemas/index.js';
import type * as PhotoPicker from '../../shared/photo-picker.js';
import type { PartModule } from '../../../core/lazy.js';
import type { ItemChoice, StepName, WizardData, WizardState } from '../wizard-state.js';

/** Field id → message, in the order the fields appear, so the first can take focus. */
export type Problems = Map<string, string>;

/** What every step renders from, and the only ways it changes the wizard. */
export interface StepContext {
  data: WizardData;
  state: WizardState;
  /** Problems to show: set once the shopper tries to go on. */
  problems: Problems;
  change(patch: Partial<WizardState>): void;
  /** Selects an item with a fresh choice, or unselects it with `undefined`. */
  changeChoice(lineItemId: string, choice: ItemChoice | undefined): void;
  /** Changes part of an item's choice, merged into the latest state (never a stale copy). */
  patchChoice(lineItemId: string, patch: Partial<ItemChoice>): void;
  /** Changes part of the refund account, merged into the latest state. */
  patchAccount(patch: Partial<RefundAccount>): void;
  /** The photo picker, once loaded (reasons that need a photo load it). */
  photoPicker: typeof PhotoPicker | undefined;
  /** Why the last submit failed, for the review step. */
  submitError?: string | undefined;
}

/** One step of the wizard: what it shows, and what stops the shopper from going on. */
export interface StepView {
  render(context: StepContext): unknown;
  problems?(context: StepContext): Problems;
}

/** A chunk barrel: the steps it holds and the styles they need. */
export interface StepChunk extends PartModule {
  steps: Partial<Record<StepName, StepView>>;
}

/** `aria-invalid` and `aria-describedby` for a field with a problem. */
export function fieldState(problems: Problems, id: string) {
  const problem = problems.get(id);
  return { invalid: problem ? 'true' : 'false', describedBy: problem ? `${id}-error` : undefined, problem };
}
