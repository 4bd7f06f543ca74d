import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate } from '../../../core/format/dates.js';
import { safeImageUrl, safeLinkUrl } from '../../../core/safe-url.js';
import type { LineItem, Shipment } from '../../../core/schemas/index.js';
import { eventsNewestFirst, latestEvent, NEEDS_HELP, PROBLEM } from '../order-stage.js';
import type * as StatusHelp from './delivery-help.js';
import { statusLabel } from '../status-text.js';
import {
  renderAttempts,
  renderCourier,
  renderEstimate,
  renderNumber,
  renderNumbers,
  renderPickupPoint,
  renderProof,
  trackOnWebsite,
} from './shipment-details.js';
import { renderTimeline } from './timeline.js';

export { styles } from './shipment.styles.js';
// The order's status page renders with the parcels (order-tracker.ts).
export { renderStatusPage } from './shipment-details.js';

export interface ShipmentViewContext {
  items: LineItem[];
  index: number;
  count: number;
  now: Date;
  expanded: boolean;
  /** The tracking number copied last, which says "Copied" for a moment. */
  copied?: string;
  onToggleTimeline: () => void;
  onCopy: (text: string) => void;
  onCarrierLink: () => void;
  /** Contact links for a parcel in trouble (empty without support settings). */
  support: unknown;
  /** The plain-language texts, once loaded; without them the carrier's own words are shown. */
  help: typeof StatusHelp | undefined;
}

const STATUS_ICON: Record<Shipment['status'], string> = {
  pending: '○',
  info_received: '○',
  in_transit: '→',
  out_for_delivery: '→',
  attempt_fail: '!',
  available_for_pickup: '⌂',
  delivered: '✓',
  exception: '!',
  expired: '?',
};

/** Help for a parcel that needs it: a known sub-status in plain words, else the carrier's own text. */
export function shipmentHelp(shipment: Shipment, help: typeof StatusHelp | undefined): string | undefined {
  if (!NEEDS_HELP.has(shipment.status)) return undefined;
  const latest = latestEvent(shipment);
  const sub = latest?.status === shipment.status ? latest.subStatus : undefined;
  return help?.subStatusHelp(sub) ?? (sub || !help ? latest?.description : help.statusHelp(shipment.status));
}

function renderItems(shipment: Shipment, items: LineItem[]) {
  const rows = shipment.items
    .map((entry) => ({ entry, item: items.find((item) => item.id === entry.lineItemId) }))
    .filter((row): row is { entry: Shipment['items'][number]; item: LineItem } => Boolean(row.item));
  if (!rows.length) return nothing;
  return html`
    <ul class="items plain-list" part="items">
      ${rows.map(({ entry, item }) => {
        const image = safeImageUrl(item.imageUrl);
        const link = safeLinkUrl(item.productUrl);
        return html`
          <li class="item">
            <span class="item__image thumb">
              ${
                image
                  ? html`<img src=${image} alt="" width="56" height="56" loading="lazy" decoding="async" />`
                  : nothing
              }
            </span>
            <span class="item__text">
              ${link ? html`<a href=${link} class="item__title">${item.title}</a>` : html`<span class="item__title">${item.title}</span>`}
              ${item.variantTitle ? html`<span class="muted">${item.variantTitle}</span>` : nothing}
            </span>
            <span class="item__quantity">${msg(str`Qty ${entry.quantity}`)}</span>
          </li>
        `;
      })}
    </ul>
  `;
}

function renderDelivery(shipment: Shipment, help: typeof StatusHelp | undefined) {
  if (shipment.status === 'delivered') {
    const note = help?.subStatusHelp(latestEvent(shipment)?.subStatus);
    return html`<p class="delivery">
      ${shipment.deliveredAt ? msg(str`Delivered ${formatDate(shipment.deliveredAt, 'dateTime')}`) : msg('Delivered')}
      ${note ? html`<span class="muted"> · ${note}</span>` : nothing}
    </p>`;
  }
  if (!shipment.estimatedDelivery || shipment.status === 'expired') return nothing;
  return renderEstimate(shipment.estimatedDelivery);
}

export function renderShipment(shipment: Shipment, context: ShipmentViewContext) {
  const { index, count } = context;
  const trackingUrl = safeLinkUrl(shipment.trackingUrl);
  const help = shipmentHelp(shipment, context.help);
  const problem = PROBLEM.has(shipment.status);
  return html`
    <article class="shipment card" part="shipment" aria-labelledby="shipment-${shipment.id}-title">
      <header class="shipment__header">
        <h3 class="shipment__title" id="shipment-${shipment.id}-title">
          ${count > 1 ? msg(str`Parcel ${index + 1} of ${count}`) : msg('Your parcel')}
        </h3>
        <span class="badge badge--${shipment.status} ${problem ? 'badge--problem' : ''}" part="status-badge">
          <span aria-hidden="true">${STATUS_ICON[shipment.status]}</span>
          ${statusLabel(shipment.status)}
        </span>
      </header>

      ${renderDelivery(shipment, context.help)} ${renderProof(shipment)} ${renderCourier(shipment)}
      ${
        help
          ? html`<div class="help ${problem ? 'help--problem' : ''}" part="help" role="note">
              <p>${help}</p>
              ${problem ? context.support : nothing}
            </div>`
          : nothing
      }
      ${renderAttempts(shipment)} ${shipment.pickupPoint ? renderPickupPoint(shipment.pickupPoint) : nothing}

      <dl class="carrier" part="carrier">
        <div>
          <dt>${msg('Carrier')}</dt>
          <dd>${shipment.carrier.name}</dd>
        </div>
        ${
          shipment.trackingNumber
            ? html`<div>
                <dt>${msg('Tracking number')}</dt>
                <dd>${renderNumber(shipment.trackingNumber, context)}</dd>
              </div>`
            : nothing
        }
        ${renderNumbers(shipment, context)}
      </dl>
      ${
        trackingUrl
          ? html`<a
              class="carrier-link"
              part="carrier-link"
              href=${trackingUrl}
              target="_blank"
              rel="noopener noreferrer"
              @click=${context.onCarrierLink}
            >
              ${trackOnWebsite(shipment.carrier.name)}
              <span class="visually-hidden">${msg('(opens in a new tab)')}</span>
            </a>`
          : nothing
      }
      ${renderItems(shipment, context.items)}
      <h4 class="timeline__heading">${msg('Tracking history')}</h4>
      ${renderTimeline(shipment.id, eventsNewestFirst(shipment), context.expanded, context.onToggleTimeline, context.now)}
    </article>
  `;
}
