import { css, html, type TemplateResult } from 'lit';

export interface ScaleOption {
  value: number;
  /** The accessible name: "4 of 5 stars", "9", "Satisfied". */
  label: string;
  /** What is drawn: a star, a number, a face with its word. */
  content: TemplateResult | string;
}

export interface ScaleOptions {
  options: ScaleOption[];
  value: number | undefined;
  /** The group's accessible name (the question, or "Rate {product}"). */
  label: string;
  onChoose: (value: number) => void;
  className?: string;
}

/** The options of the group a key was pressed in, in DOM order. */
function radiosOf(event: KeyboardEvent): HTMLElement[] {
  const group = event.currentTarget as HTMLElement;
  return [...group.querySelectorAll<HTMLElement>('[role="radio"]')];
}

/**
 * Arrow keys move focus through the group (mirrored in right-to-left pages),
 * Home and End jump to the ends. Choosing is Space, Enter or a tap: focus
 * alone never chooses, because a survey records a score the moment it is chosen.
 */
function onKeydown(event: KeyboardEvent): void {
  const radios = radiosOf(event);
  const index = radios.indexOf(event.target as HTMLElement);
  if (index < 0) return;
  const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
  const step: Record<string, number> = {
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
    ArrowDown: 1,
    ArrowUp: -1,
  };
  let next: number;
  if (event.key in step) next = (index + step[event.key]! + radios.length) % radios.length;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = radios.length - 1;
  else return;
  event.preventDefault();
  for (const [i, radio] of radios.entries()) radio.tabIndex = i === next ? 0 : -1;
  radios[next]!.focus();
}

/** A radio group of scores (stars, 0–10, faces) following the ARIA radio group pattern with roving focus. */
export function renderScale({ options, value, label, onChoose, className = '' }: ScaleOptions) {
  const focusable = options.some((o) => o.value === value) ? value : options[0]?.value;
  return html`
    <div class="scale ${className}" role="radiogroup" aria-label=${label} @keydown=${onKeydown}>
      ${options.map(
        (option) => html`
          <button
            type="button"
            role="radio"
            class="scale__option"
            aria-checked=${option.value === value ? 'true' : 'false'}
            aria-label=${option.label}
            tabindex=${option.value === focusable ? 0 : -1}
            data-value=${option.value}
            @click=${() => onChoose(option.value)}
          >
            ${option.content}
          </button>
        `,
      )}
    </div>
  `;
}

const STAR = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
</svg>`;

/** Five stars; a star is filled up to the chosen rating. */
export function starOptions(labelFor: (stars: number) => string): ScaleOption[] {
  return [1, 2, 3, 4, 5].map((value) => ({ value, label: labelFor(value), content: STAR }));
}

export const scaleStyles = css`
  .scale {
    display: flex;
    flex-wrap: nowrap;
    gap: 0.25rem;
  }
  .scale__option {
    display: inline-grid;
    place-items: center;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_ac-radius-small);
    background: none;
    color: var(--_ac-color-text);
    font: inherit;
    cursor: pointer;
  }
  .stars .scale__option svg {
    inline-size: 2rem;
    block-size: 2rem;
    fill: none;
    stroke: var(--_ac-color-border-strong);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  /* Filled up to the chosen star: every star before a checked one, and the checked one. */
  .stars:has([aria-checked='true']) .scale__option:not([aria-checked='true'] ~ .scale__option) svg {
    fill: var(--_ac-color-warning);
    stroke: var(--_ac-color-warning);
  }
  .scale__option:hover {
    background: var(--_ac-color-surface);
  }
`;
