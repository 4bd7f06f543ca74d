import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate, formatDateRange } from '../../../../core/format/dates.js';
import { safeLinkUrl } from '../../../../core/safe-url.js';
import type { ReturnReceipt, Shipment } from '../../../../core/schemas/index.js';

// The label and the parcel of a booked return (DESIGN §5.2), on the confirmation only.

/** What the label link opens, from `label.format` ("pdf", "application/pdf", "qr_code", "png", …). */
function labelKind(format: string | undefined): 'pdf' | 'qr' | 'image' | undefined {
  const value = format?.trim().toLowerCase() ?? '';
  if (value.includes('pdf')) return 'pdf';
  if (value.includes('qr')) return 'qr';
  if (/^(image(\/|$)|png|jpe?g|gif|webp)/.test(value)) return 'image';
  return undefined;
}

const LABEL_TEXT = {
  pdf: () => msg('Download the return label (PDF)'),
  qr: () => msg('Open the QR code to show at the drop-off point'),
  image: () => msg('Open the return label image'),
};

/** The label link says what it opens: a PDF to print, a QR code to show, an image. */
export function labelLinkText(format: string | undefined): string {
  const kind = labelKind(format);
  return kind ? LABEL_TEXT[kind]() : msg('Print the return label');
}

/** A parcel's status as seen by someone sending it back to the shop. */
function parcelStatus(status: Shipment['status']): string {
  switch (status) {
    case 'pending':
    case 'info_received':
      return msg('Waiting for the carrier');
    case 'in_transit':
    case 'out_for_delivery':
      return msg('On its way to the shop');
    case 'delivered':
      return msg('Arrived at the shop');
    case 'available_for_pickup':
    case 'attempt_fail':
    case 'exception':
      return msg('Held up on the way');
    case 'expired':
      return msg('No recent updates');
  }
}

/**
 * The return parcel's tracking: status, carrier, number, when it should reach
 * the shop, the last scan and the carrier's page (http(s) only).
 */
export function renderReturnParcel(receipt: ReturnReceipt) {
  const parcel = receipt.returnShipment;
  if (!parcel || receipt.status === 'cancelled') return nothing;
  const latest = parcel.events.reduce<Shipment['events'][number] | undefined>(
    (last, event) => (!last || event.at > last.at ? event : last),
    undefined,
  );
  const href = safeLinkUrl(parcel.trackingUrl);
  const row = (term: string, value: unknown) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<section class="return-parcel" aria-labelledby="return-parcel-title">
    <h3 class="return-parcel__title" id="return-parcel-title">${msg('Your parcel to the shop')}</h3>
    <dl class="summary">
      ${row(msg('Parcel status'), parcelStatus(parcel.status))} ${row(msg('Carrier'), parcel.carrier.name)}
      ${parcel.trackingNumber ? row(msg('Tracking number'), html`<code>${parcel.trackingNumber}</code>`) : nothing}
      ${
        parcel.estimatedDelivery && parcel.status !== 'delivered'
          ? row(
              msg('Expected at the shop'),
              formatDateRange(parcel.estimatedDelivery.from, parcel.estimatedDelivery.to, 'day'),
            )
          : nothing
      }
      ${latest ? row(msg('Last update'), formatDate(latest.at, 'dateTime')) : nothing}
    </dl>
    ${
      href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
            >${msg(str`Track on the ${parcel.carrier.name} website`)}
            <span class="visually-hidden">${msg('(opens in a new tab)')}</span></a
          >`
        : nothing
    }
  </section>`;
}
