import { css, html, type TemplateResult } from 'lit';

/**
 * What a placeholder draws: heights in rem, one block each (a generic
 * placeholder), or a template of bones laid out with the content's own
 * classes, so each block takes the size of the block it stands for at every
 * width (the widget's own breakpoints and container queries apply to both).
 */
export type SkeletonContent = readonly number[] | TemplateResult;

/** A height on every width, or `[narrow, wide]`: below 40rem of the skeleton's width, and from there. */
type Height<T> = T | [narrow: T, wide: T];

/**
 * One placeholder block with the content's `classes`. Its height is one line
 * of text in the font those classes give (`1lh`), so a bone standing for a
 * heading is the heading's height (give a `fontSize` instead of a class that
 * code or tests look for: a bone must not pass for the content); `lines` for
 * text of several lines (`2`, or `[3, 1]`: three lines on a narrow widget, one
 * from 40rem, as a sentence wraps); or a `blockSize` (CSS lengths) for a control, a picture or a part
 * whose styles load with it. The `.style` property writes through CSSOM
 * (cssText), which a strict style-src allows where a style attribute in markup
 * would be blocked.
 */
export function bone(
  classes = '',
  size: { lines?: Height<number>; blockSize?: Height<string>; inlineSize?: string; fontSize?: string } = {},
): TemplateResult {
  const lh = (lines: number) => `${lines}lh`;
  const height: Height<string> | undefined =
    size.blockSize ??
    (Array.isArray(size.lines) ? [lh(size.lines[0]), lh(size.lines[1])] : size.lines ? lh(size.lines) : undefined);
  const wraps = Array.isArray(height);
  const style = [
    wraps ? `--_ac-narrow:${height[0]};--_ac-wide:${height[1]}` : height && `block-size:${height}`,
    size.inlineSize && `inline-size:${size.inlineSize}`,
    size.fontSize && `font-size:${size.fontSize}`,
  ];
  return html`<div
    class="skeleton__block ${wraps ? 'skeleton__block--wraps' : ''} ${classes}"
    .style=${style.filter(Boolean).join(';')}
  ></div>`;
}

/** A placeholder of the final content's size, so nothing moves when the data arrives. */
export function renderSkeleton(content: SkeletonContent, label: string) {
  return html`
    <div
      class="skeleton ${Array.isArray(content) ? '' : 'skeleton--laid-out'}"
      role="status"
      aria-live="polite"
      part="skeleton"
    >
      <span class="visually-hidden">${label}</span>
      ${
        Array.isArray(content)
          ? content.map((height) => html`<div class="skeleton__block" .style=${`block-size:${height}rem`}></div>`)
          : content
      }
    </div>
  `;
}

export const skeletonStyles = css`
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  /* A laid-out skeleton spans its place, and its bones follow its width as the content's lines do. */
  .skeleton--laid-out {
    justify-self: stretch;
    container-type: inline-size;
  }
  /* Above the content classes a bone carries (a card's or a picture's own background). */
  .skeleton .skeleton__block {
    block-size: 1lh;
    border-radius: var(--_ac-radius-small);
    background: linear-gradient(90deg, var(--_ac-color-surface), var(--_ac-color-border), var(--_ac-color-surface));
    background-size: 200% 100%;
  }
  .skeleton .skeleton__block--wraps {
    block-size: var(--_ac-narrow);
  }
  @container (min-width: 40rem) {
    .skeleton .skeleton__block--wraps {
      block-size: var(--_ac-wide);
    }
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
