import { nothing } from 'lit';
import { lazyPart } from '../../core/lazy.js';
import type { SupportContext } from '../../core/support.js';

const supportLinks = lazyPart(() => import('./support-links.js'));

/**
 * Contact links where a shopper may need a person. Costs nothing on pages
 * without `support` settings; with them, the links' code loads on first use.
 */
export function renderSupport(context: SupportContext | undefined, heading?: string) {
  const support = context?.settings.support;
  if (!context || !support || !Object.values(support).some(Boolean)) return nothing;
  return supportLinks.in(context.host)?.renderSupportLinks(support, heading, context.onClick) ?? nothing;
}
