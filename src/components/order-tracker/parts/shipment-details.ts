import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { formatDate, formatDateRange } from '../../../core/format/dates.js';
import { plural } from '../../../core/format/numbers.js';
import { safeImageUrl, safeLinkUrl } from '../../../core/safe-url.js';
import type { Shipment } from '../../../core/schemas/index.js';

// What real carriers add to a parcel (DESIGN §5.2), in the parcels' lazy chunk.

/** What the number rows need from the parcel view: copy, and which number was copied last. */
export interface CopyContext {
  copied?: string;
  onCopy: (text: string) => void;
}

/** A `tel:` link for a phone number from the backend, or undefined when it is not one. */
export function telUrl(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[\s().-]/g, '');
  return digits && /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** "Track on the Kerry Express website" */
export const trackOnWebsite = (name: string) => msg(str`Track on the ${name} website`);

const newTab = () => html`<span class="visually-hidden">${msg('(opens in a new tab)')}</span>`;

function externalLink(url: string | undefined, text: string, className: string, part: string) {
  const href = safeLinkUrl(url);
  return href
    ? html`<a class=${className} part=${part} href=${href} target="_blank" rel="noopener noreferrer"
        >${text} ${newTab()}</a
      >`
    : nothing;
}

/** A tracking number with its copy button; the copied one says so for two seconds. */
export function renderNumber(number: string, context: CopyContext) {
  return html`<span class="tracking-number">
    <code>${number}</code>
    <button type="button" class="link-button" part="copy-button" @click=${() => context.onCopy(number)}>
      ${context.copied === number ? msg('Copied') : msg('Copy')}
      <span class="visually-hidden">${number}</span>
    </button>
  </span>`;
}

/** "Now expected Thu 7 May (was Tue 5 May)", with the carrier's reason; else the plain estimate. */
export function renderEstimate(estimate: NonNullable<Shipment['estimatedDelivery']>) {
  const { from, to, previous, reason } = estimate;
  const range = formatDateRange(from, to, 'day');
  return html`<p class="delivery">
    ${
      previous
        ? html`<strong
            >${msg(str`Now expected ${range} (was ${formatDateRange(previous.from, previous.to, 'day')})`)}</strong
          >`
        : html`<span class="muted">${msg('Estimated delivery')}</span> <strong>${range}</strong>`
    }
    ${reason ? html`<span class="delivery__reason muted">${reason}</span>` : nothing}
  </p>`;
}

/** Who signed, where it was left, and the carrier's photos: small and lazy in a fixed box, each opening larger. */
export function renderProof(shipment: Shipment) {
  const proof = shipment.proofOfDelivery;
  if (shipment.status !== 'delivered' || !proof) return nothing;
  const photos = (proof.photoUrls ?? []).flatMap((url) => safeImageUrl(url) ?? []);
  return html`<section class="proof" part="proof-of-delivery" aria-label=${msg('Proof of delivery')}>
    ${proof.signedBy ? html`<p>${msg(str`Signed by ${proof.signedBy}`)}</p>` : nothing}
    ${proof.place ? html`<p>${msg(str`Left at: ${proof.place}`)}</p>` : nothing}
    ${photos.map(
      (src) =>
        // A disclosure, not a link: it opens larger in place, for any image URL (a data: URL cannot be navigated to).
        html`<details class="proof__photo">
          <summary>
            <img
              src=${src}
              alt=${msg('Photo of the delivered parcel')}
              width="96"
              height="96"
              loading="lazy"
              decoding="async"
            />
          </summary>
          <img class="proof__large" src=${src} alt="" loading="lazy" decoding="async" />
        </details>`,
    )}
  </section>`;
}

/** After a failed attempt: how many so far, and the carrier's page to reschedule or redirect. */
export function renderAttempts(shipment: Shipment) {
  const count = shipment.failedAttempts ?? 0;
  const failed = shipment.status === 'attempt_fail';
  if (!failed && !count) return nothing;
  return html`${
    count
      ? html`<p class="muted">
          ${plural(count, {
            one: () => msg('One delivery attempt so far'),
            other: () => msg(str`${count} delivery attempts so far`),
          })}
        </p>`
      : nothing
  }
  ${failed ? externalLink(shipment.deliveryOptionsUrl, msg('Reschedule or change delivery'), 'button', 'delivery-options') : nothing}`;
}

/** The rider's name and a call link, only while the parcel is out for delivery. */
export function renderCourier(shipment: Shipment) {
  const courier = shipment.courier;
  if (shipment.status !== 'out_for_delivery' || !courier) return nothing;
  const tel = telUrl(courier.phone);
  return html`<p class="courier" part="courier">
    ${courier.name ? html`<span>${msg(str`Your rider: ${courier.name}`)}</span>` : nothing}
    ${tel ? html`<a class="button button--secondary" href=${tel}>${msg('Call the rider')}</a>` : nothing}
  </p>`;
}

/** Where to collect the parcel, and the code to show at the counter with the last day to collect. */
export function renderPickupPoint(point: NonNullable<Shipment['pickupPoint']>) {
  const tel = telUrl(point.phone);
  return html`<section class="pickup" part="pickup-point" aria-label=${msg('Pickup point')}>
    ${point.name ? html`<p class="pickup__name">${point.name}</p>` : nothing}
    <p>${point.address}</p>
    ${point.openingHours ? html`<p class="muted">${point.openingHours}</p>` : nothing}
    ${tel ? html`<a href=${tel}>${msg('Call the pickup point')}</a>` : nothing}
    ${
      point.pickupCode
        ? html`<div class="pickup__code" part="pickup-code">
            <span>${msg('Pickup code')}</span>
            <strong>${point.pickupCode}</strong>
            <span class="muted">${msg('Show this code at the counter.')}</span>
          </div>`
        : nothing
    }
    ${point.collectBy ? html`<p><strong>${msg(str`Collect by ${formatDate(point.collectBy, 'day')}`)}</strong></p>` : nothing}
  </section>`;
}

/** Each piece of a multi-piece parcel, and the carrier that delivers it in the shopper's country. */
export function renderNumbers(shipment: Shipment, context: CopyContext) {
  const pieces = shipment.trackingNumbers ?? [];
  const lastMile = shipment.lastMile;
  return html`${pieces.map(
    (piece, index) =>
      html`<div>
        <dt>${msg(str`Piece ${index + 1} of ${pieces.length}`)}</dt>
        <dd>
          ${renderNumber(piece.number, context)}
          ${externalLink(piece.url, trackOnWebsite(piece.carrier?.name ?? shipment.carrier.name), '', 'carrier-link')}
        </dd>
      </div>`,
  )}
  ${
    lastMile
      ? html`<div>
            <dt>${msg('Delivered in your country by')}</dt>
            <dd>${lastMile.carrier.name}</dd>
          </div>
          <div>
            <dt>${msg(str`${lastMile.carrier.name} tracking number`)}</dt>
            <dd>
              ${renderNumber(lastMile.trackingNumber, context)}
              ${externalLink(lastMile.trackingUrl, trackOnWebsite(lastMile.carrier.name), '', 'carrier-link')}
            </dd>
          </div>`
      : nothing
  }`;
}

/** The shop's own status page for the order (`Order.statusPageUrl`), below the parcels; http(s) only. */
export function renderStatusPage(url: string | undefined) {
  const href = safeLinkUrl(url);
  return href
    ? html`<p class="status-page">
        <a href=${href} target="_blank" rel="noopener noreferrer"
          >${msg('See this order on the shop’s website')} ${newTab()}</a
        >
      </p>`
    : nothing;
}
