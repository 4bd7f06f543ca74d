import { css, unsafeCSS } from 'lit';

/**
 * The public theming surface. A store sets any `--ac-*` property on a
 * provider, a widget or any ancestor; widgets read the private `--_ac-*`
 * copies, which fall back to the light or dark defaults below (the accent
 * aside: see `tokens`).
 */
const LIGHT = {
  'color-bg': '#ffffff',
  'color-surface': '#f5f6f8',
  'color-text': '#1b1d22',
  'color-text-muted': '#565c67',
  'color-border': '#d3d7de',
  'color-border-strong': '#737a87',
  'color-accent-text': '#ffffff',
  'color-success': '#1b7a3c',
  'color-warning': '#8a5300',
  'color-danger': '#b42318',
  'color-focus': '#2158d6',
} as const;

const DARK: Record<keyof typeof LIGHT, string> = {
  'color-bg': '#17191e',
  'color-surface': '#21242b',
  'color-text': '#eceef2',
  'color-text-muted': '#a8aeb9',
  'color-border': '#3a3f49',
  'color-border-strong': '#8d94a1',
  'color-accent-text': '#0a1f1b',
  'color-success': '#6bd88f',
  'color-warning': '#f2b84b',
  'color-danger': '#ff8f85',
  'color-focus': '#8db2ff',
};

const SHAPE = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", "Noto Sans Thai", "Noto Sans", sans-serif',
  'font-size': '1rem',
  radius: '0.75rem',
  'radius-small': '0.375rem',
  space: '1rem',
  'focus-ring-width': '3px',
} as const;

type Palette = Record<string, string>;

/** `--_ac-x: var(--ac-x, fallback)` for every token. */
function privateCopies(palette: Palette) {
  return unsafeCSS(
    Object.entries(palette)
      .map(([name, value]) => `--_ac-${name}: var(--ac-${name}, ${value});`)
      .join(''),
  );
}

/** `--ac-x: value` for every colour, as the provider's `theme` attribute sets them. */
function publicValues(palette: Palette) {
  return unsafeCSS(
    Object.entries(palette)
      .map(([name, value]) => `--ac-${name}: ${value};`)
      .join(''),
  );
}

/**
 * Included first in every widget's styles.
 *
 * The accent is the store's brand colour in both schemes: links and badges are
 * drawn in it on the background and surface, button labels in
 * `--ac-color-accent-text` on it. Whatever colour a store sets, its OKLCH
 * lightness is capped at 0.48 in the light scheme and raised to at least 0.75
 * in the dark one (from `--ac-color-accent-dark` when the store sets one), hue
 * and chroma kept: 4.5:1 or more against the default backgrounds and accent
 * texts for any sRGB colour, clipped or gamut-mapped. `light-dark()` follows
 * the widget's `color-scheme`, so `<ac-provider theme>` pins it too (which is
 * why the accent is not in LIGHT, DARK and themeOverrides); the defaults
 * #0b6b5d and #5fd3bf pass through unchanged.
 */
export const tokens = css`
  :host {
    ${privateCopies({ ...LIGHT, ...SHAPE })}
    --_ac-color-accent: var(--ac-color-accent, #0b6b5d);
    color-scheme: var(--ac-color-scheme, light dark);
    font-family: var(--_ac-font-family);
    font-size: var(--_ac-font-size);
    line-height: 1.5;
    color: var(--_ac-color-text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${privateCopies(DARK)}
      --_ac-color-accent: var(--ac-color-accent-dark, var(--ac-color-accent, #5fd3bf));
    }
  }
  /* Browsers without light-dark() or relative colours (Chrome before 123, Safari before 18) keep the colours above. */
  @supports (color: light-dark(#000, #fff)) and (color: oklch(from #000 l c h)) {
    :host {
      --_ac-color-accent: light-dark(
        oklch(from var(--ac-color-accent, #0b6b5d) min(l, 0.48) c h),
        oklch(from var(--ac-color-accent-dark, var(--ac-color-accent, #5fd3bf)) max(l, 0.75) c h)
      );
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      /* One near-instant run: an endless 0.01 ms loop would flicker. */
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: var(--_ac-focus-ring-width) solid var(--_ac-color-focus);
    outline-offset: 2px;
  }
`;

/** The provider's `theme="light|dark"` pins the palette whatever the system prefers. */
export const themeOverrides = css`
  :host([theme='light']) {
    ${publicValues(LIGHT)}
    --ac-color-scheme: light;
  }
  :host([theme='dark']) {
    ${publicValues(DARK)}
    --ac-color-scheme: dark;
  }
`;
