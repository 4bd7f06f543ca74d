import { msg } from '@lit/localize';
import { type LazyPart, lazyPart } from '../../core/lazy.js';
import type { StepChunk } from './steps/step-context.js';
import type { StepName } from './wizard-state.js';

/**
 * The first step's code loads with the order (with it, which steps this backend
 * needs: skipped-steps.ts); the later steps' while the shopper chooses items.
 */
export const itemsChunk = lazyPart(() => import('./steps/items.chunk.js'));
export const laterChunk = lazyPart(() => import('./steps/later.chunk.js'));
/** The confirmation with its QR code: only for shoppers who submit. */
export const confirmationPart = lazyPart(() => import('./steps/done/view.js'));

export interface StepEntry {
  name: StepName;
  title(): string;
  /** The chunk whose `steps` holds this step's view and rules. */
  chunk?: LazyPart<StepChunk>;
}

/**
 * Every step of the wizard, in order. A new step is a folder under steps/
 * (view, styles, rules), its entry in a chunk barrel, and one line here.
 */
export const STEPS: readonly StepEntry[] = [
  { name: 'identify', title: () => msg('Find your order') },
  { name: 'items', title: () => msg('What are you returning?'), chunk: itemsChunk },
  { name: 'resolution', title: () => msg('What would you like instead?'), chunk: laterChunk },
  { name: 'method', title: () => msg('How will you send it back?'), chunk: laterChunk },
  { name: 'review', title: () => msg('Check and submit'), chunk: laterChunk },
  { name: 'done', title: () => msg('Your return is booked') },
];

/** The steps with a form, between finding the order and the confirmation. */
export const FLOW: readonly StepName[] = STEPS.filter((step) => step.chunk).map((step) => step.name);

export function stepEntry(name: StepName): StepEntry {
  return STEPS.find((step) => step.name === name) ?? STEPS[0]!;
}
