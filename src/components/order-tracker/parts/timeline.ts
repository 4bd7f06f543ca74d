import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate, formatRelativeTime } from '../../../core/format/dates.js';
import { plural } from '../../../core/format/numbers.js';
import type { TrackingEvent } from '../../../core/schemas/index.js';
import { statusLabel } from '../status-text.js';

/** How many events show before "Show all"; the latest ones matter most. */
export const VISIBLE_EVENTS = 5;
const DAY_MS = 86_400_000;

/** "2 hours ago" within a day, the date and time in the shopper's zone and calendar after that. */
function when(at: string, now: Date): string {
  const recent = now.getTime() - Date.parse(at) < DAY_MS;
  return (recent && formatRelativeTime(at, now)) || formatDate(at, 'dateTime');
}

/**
 * The carrier's scans, newest first. Descriptions and places are the
 * carrier's own words, rendered as text, never as HTML.
 */
export function renderTimeline(
  id: string,
  events: TrackingEvent[],
  expanded: boolean,
  onToggle: () => void,
  now: Date,
) {
  if (!events.length) return html`<p class="muted">${msg('No tracking updates yet.')}</p>`;
  const shown = expanded ? events : events.slice(0, VISIBLE_EVENTS);
  const hidden = events.length - VISIBLE_EVENTS;
  return html`
    <ol class="timeline" part="timeline" id="timeline-${id}">
      ${shown.map(
        (event, index) => html`
          <li class="timeline__event ${index === 0 ? 'timeline__event--latest' : ''}">
            <p class="timeline__description">${event.description || statusLabel(event.status)}</p>
            <p class="timeline__meta">
              <time datetime=${event.at} title=${formatDate(event.at, 'dateTime')}>${when(event.at, now)}</time>
              ${event.location ? html`<span aria-hidden="true"> · </span><span>${event.location}</span>` : nothing}
              <span class="visually-hidden">, ${statusLabel(event.status)}</span>
            </p>
          </li>
        `,
      )}
    </ol>
    ${
      hidden > 0
        ? html`<button
            type="button"
            class="link-button"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="timeline-${id}"
            @click=${onToggle}
          >
            ${
              expanded
                ? msg('Show fewer updates')
                : plural(hidden, {
                    one: () => msg(str`Show ${hidden} earlier update`),
                    other: () => msg(str`Show ${hidden} earlier updates`),
                  })
            }
          </button>`
        : nothing
    }
  `;
}
