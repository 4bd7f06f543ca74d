import { msg } from '@lit/localize';
import { reasonOf, type WizardData, type WizardState } from '../../wizard-state.js';
import type { Problems } from '../step-context.js';

export function itemProblems(data: WizardData, state: WizardState): Problems {
  const problems: Problems = new Map();
  const chosen = Object.entries(state.choices);
  if (!chosen.length) problems.set('items', msg('Choose at least one item to return.'));
  for (const [id, choice] of chosen) {
    const reason = reasonOf(data, choice.reasonCode);
    if (!reason) problems.set(`reason-${id}`, msg('Choose a reason.'));
    else if (reason.requiresPhoto && !choice.photos.length) {
      problems.set(`photos-${id}`, msg('Add a photo that shows the problem.'));
    } else if (reason.requiresComment && !choice.comment.trim()) {
      problems.set(`comment-${id}`, msg('Tell us a little more, please.'));
    }
  }
  return problems;
}
