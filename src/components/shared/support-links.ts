import { msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import type { SupportLinks } from '../../core/config.js';
import { type SupportChannel, supportLinks } from '../../core/support.js';
import { listStyles } from './utility.styles.js';

// Loaded only when a store has configured support links.

const ICONS: Record<SupportChannel, string> = {
  line: 'M4 5h16v11H9l-5 4z',
  whatsapp: 'M12 3a9 9 0 00-7.8 13.5L3 21l4.6-1.2A9 9 0 1012 3z',
  phone: 'M6 3l3 1 1 4-2 1.5a11 11 0 006.5 6.5L16 14l4 1 1 3-2 3C10 20 4 14 3 5z',
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
  url: 'M12 3a9 9 0 100 18 9 9 0 000-18zM9.5 9a2.5 2.5 0 115 .5c0 1.5-2.5 2-2.5 3.5M12 16v.5',
};

function label(channel: SupportChannel): string {
  switch (channel) {
    case 'line':
      return msg('Chat on LINE');
    case 'whatsapp':
      return msg('Chat on WhatsApp');
    case 'phone':
      return msg('Call us');
    case 'email':
      return msg('Email us');
    case 'url':
      return msg('Help centre');
  }
}

/** "Need help?" and a link per configured channel, each an icon with its name in words. */
export function renderSupportLinks(
  support: SupportLinks | undefined,
  heading: string | undefined,
  onClick: (channel: SupportChannel) => void,
) {
  const links = supportLinks(support);
  if (!links.length) return nothing;
  return html`
    <div class="support" part="support">
      <p class="support__heading">${heading ?? msg('Need help? Talk to us.')}</p>
      <ul class="support__links inline-list">
        ${links.map(
          ({ channel, href }) =>
            html`<li>
              <a
                class="support__link"
                href=${href}
                target=${href.startsWith('http') ? '_blank' : '_self'}
                rel="noopener noreferrer"
                @click=${() => onClick(channel)}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${ICONS[channel]} /></svg>
                <span>${label(channel)}</span>
              </a>
            </li>`,
        )}
      </ul>
    </div>
  `;
}

export const styles = [
  listStyles,
  css`
    .support {
      display: grid;
      gap: 0.5rem;
    }
    .support__heading {
      margin: 0;
      font-weight: 600;
    }
    .support__link {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 44px;
      padding-inline: 0.875rem;
      border: 1px solid var(--_ac-color-border-strong);
      border-radius: 999px;
      color: var(--_ac-color-text);
      text-decoration: none;
    }
    .support__link svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.75;
      stroke-linejoin: round;
      stroke-linecap: round;
    }
  `,
];
