import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Adds the styles of a lazily loaded part to an element's shadow root, so the
 * CSS travels with the code that needs it. Constructable stylesheets, which a
 * strict style-src allows.
 */
export function adoptLazyStyles(host: ReactiveElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (!sheet || !root.adoptedStyleSheets || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
