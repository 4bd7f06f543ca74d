import type { ReactiveElement } from 'lit';
import type { AftercareSettings, SupportLinks } from './config.js';
import { isValidEmail, phoneDigits } from './contact-validation.js';
import { safeLinkUrl } from './safe-url.js';

export type SupportChannel = keyof SupportLinks;

export interface SupportLink {
  channel: SupportChannel;
  href: string;
}

const ORDER: SupportChannel[] = ['line', 'whatsapp', 'phone', 'email', 'url'];

/** An https URL as given, or a URL built from an id or number; undefined when neither works. */
function hrefFor(channel: SupportChannel, value: string): string | undefined {
  const text = value.trim();
  if (/^https?:/i.test(text)) return channel === 'phone' || channel === 'email' ? undefined : safeLinkUrl(text);
  switch (channel) {
    case 'line':
      // A LINE official account id ("@baanrimnam") opens the add-friend page.
      return /^@?[\w.-]{3,}$/.test(text)
        ? `https://line.me/R/ti/p/${encodeURIComponent(text.startsWith('@') ? text : `@${text}`)}`
        : undefined;
    case 'whatsapp': {
      const digits = phoneDigits(text);
      return digits.length >= 8 ? `https://wa.me/${digits}` : undefined;
    }
    case 'phone': {
      const digits = phoneDigits(text);
      return digits.length >= 3 ? `tel:${text.startsWith('+') ? '+' : ''}${digits}` : undefined;
    }
    case 'email':
      return isValidEmail(text) ? `mailto:${text}` : undefined;
    case 'url':
      return undefined;
  }
}

/**
 * The contact links of `configure({ support })`, in a fixed order. Only these
 * may be `tel:` and `mailto:`; everything else is http(s) like any link.
 */
export function supportLinks(support: SupportLinks | undefined): SupportLink[] {
  if (!support) return [];
  return ORDER.flatMap((channel) => {
    const value = support[channel];
    const href = value ? hrefFor(channel, value) : undefined;
    return href ? [{ channel, href }] : [];
  });
}

/** What a widget hands to the shared support links: itself, its settings, and how to report a click. */
export interface SupportContext {
  host: ReactiveElement;
  settings: AftercareSettings;
  onClick: (channel: SupportChannel) => void;
}
