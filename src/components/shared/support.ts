import { nothing } from 'lit';
import { lazy } from '../../core/lazy.js';
import { adoptLazyStyles } from '../../core/lazy-styles.js';
import type { SupportContext } from '../../core/support.js';

const supportModule = lazy(() => import('./support-links.js'));

/**
 * Contact links where a shopper may need a person. Costs nothing on pages
 * without `support` settings; with them, the links' code loads on first use.
 */
export function renderSupport(context: SupportContext | undefined, heading?: string) {
  const support = context?.settings.support;
  if (!context || !support || !Object.values(support).some(Boolean)) return nothing;
  const module = supportModule.value;
  if (!module) {
    void supportModule.load().then(
      () => context.host.requestUpdate(),
      () => undefined,
    );
    return nothing;
  }
  adoptLazyStyles(context.host, module.supportStyles);
  return module.renderSupportLinks(support, heading, context.onClick);
}
