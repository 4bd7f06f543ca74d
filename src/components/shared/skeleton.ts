import { css, html } from 'lit';

/**
 * Placeholder blocks of the final content's size, so nothing moves when the
 * data arrives. `lines` are heights in rem. The `.style` property writes
 * through CSSOM (cssText), which a strict style-src allows where a style
 * attribute in markup would be blocked.
 */
export function renderSkeleton(lines: number[], label: string) {
  return html`
    <div class="skeleton" role="status" aria-live="polite" part="skeleton">
      <span class="visually-hidden">${label}</span>
      ${lines.map((height) => html`<div class="skeleton__block" .style=${`block-size:${height}rem`}></div>`)}
    </div>
  `;
}

export const skeletonStyles = css`
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton__block {
    border-radius: var(--_ac-radius-small);
    background: linear-gradient(90deg, var(--_ac-color-surface), var(--_ac-color-border), var(--_ac-color-surface));
    background-size: 200% 100%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton__block {
      animation: ac-shimmer 1.4s ease-in-out infinite;
    }
  }
  @keyframes ac-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
