import { html, nothing } from 'lit';

/** A field's error, referenced by the field's aria-describedby. */
export function renderProblem(id: string, problem: string | undefined) {
  return problem ? html`<p class="field__error" id="${id}-error">${problem}</p>` : nothing;
}
