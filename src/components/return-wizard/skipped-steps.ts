import type { ReturnOptions } from '../../core/schemas/index.js';
import { FLOW } from './step-registry.js';
import type { StepName, WizardData, WizardState } from './wizard-state.js';

/**
 * The method code sent when the shop offers no way back to choose from (it
 * tells the shopper later, with the label): the contract needs one.
 */
export const SHOP_CHOOSES_METHOD = 'shop_provided';

/**
 * What the backend decides alone (DESIGN §5.2): a single resolution (or none
 * offered: a refund), a single return method (or none: the shop's own).
 * Nothing for a question with a real choice.
 */
export function fixedChoices(options: ReturnOptions): Pick<WizardState, 'resolution' | 'methodCode'> {
  const resolutions = options.resolutions ?? [];
  const { methods } = options;
  return {
    ...(resolutions.length <= 1 ? { resolution: resolutions[0]?.type ?? 'refund' } : {}),
    ...(methods.length <= 1 ? { methodCode: methods[0]?.code ?? SHOP_CHOOSES_METHOD } : {}),
  };
}

/** A single resolution that still asks something: the variant to exchange for, or where a refund goes. */
function resolutionStillAsks(options: ReturnOptions): boolean {
  const [only] = options.resolutions ?? [];
  return only?.type === 'exchange' || Boolean(only?.refundAccountRequired);
}

/**
 * The steps this backend needs: a step with only one answer is skipped (the
 * review shows the answer as a fact), unless it has more to ask.
 */
export function flowFor(data: WizardData | undefined): readonly StepName[] {
  if (!data) return FLOW;
  const fixed = fixedChoices(data.options);
  return FLOW.filter(
    (step) =>
      (step !== 'resolution' || !fixed.resolution || resolutionStillAsks(data.options)) &&
      (step !== 'method' || !fixed.methodCode),
  );
}
