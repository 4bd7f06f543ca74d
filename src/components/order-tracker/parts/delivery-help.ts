import { msg } from '@lit/localize';
import { css } from 'lit';
import type { TrackingStatus } from '../../../core/schemas/index.js';

// Loaded only for orders whose parcels need explaining (see order-tracker.ts).

export const styles = css`
  .help {
    padding: 0.75rem;
    border-radius: var(--_ac-radius-small);
    background: var(--_ac-color-bg);
    border-inline-start: 4px solid var(--_ac-color-accent);
  }
  .help--problem {
    border-inline-start-color: var(--_ac-color-warning);
  }
  .pickup {
    display: grid;
    gap: 0.125rem;
    padding: 0.75rem;
    border: 1px dashed var(--_ac-color-border-strong);
    border-radius: var(--_ac-radius-small);
  }
  .pickup__name {
    font-weight: 700;
  }
`;

/** Plain words for what a status means and what the shopper can do. */
export function statusHelp(status: TrackingStatus): string | undefined {
  switch (status) {
    case 'attempt_fail':
      return msg(
        'The courier could not deliver your parcel. They usually try again on the next working day, so please make sure someone can receive it.',
      );
    case 'exception':
      return msg(
        'Something is holding up your parcel. The courier is working on it, and the next update should tell more.',
      );
    case 'expired':
      return msg(
        'The courier has not sent an update for a while. This does not always mean something is wrong, but if your parcel has not arrived, please contact us.',
      );
    case 'available_for_pickup':
      return msg(
        'Your parcel is waiting at the pickup point below. Bring your order number and an ID. Parcels not collected within a few days are sent back.',
      );
    default:
      return undefined;
  }
}

/** The sub-statuses AfterShip added in March 2026. */
const SINCE_2026: Record<string, () => string> = {
  Exception_016: () =>
    msg(
      'Your parcel is delayed by a problem in the courier’s network, such as a sorting error or a vehicle breakdown. It is still on its way.',
    ),
  Exception_017: () =>
    msg('Your parcel is delayed by severe weather. The courier will deliver it as soon as it is safe.'),
  Exception_018: () =>
    msg(
      'Your parcel is on hold because documents for customs or other authorities are missing or incorrect. Please contact us so we can sort it out.',
    ),
  Exception_019: () =>
    msg('Your parcel is delayed because its flight was late or rescheduled. It is still on its way.'),
  Exception_020: () =>
    msg('The shipment was cancelled by the sender or the courier. Please contact us if you still expect it.'),
  Exception_021: () =>
    msg('The courier had to dispose of the parcel. We are sorry; please contact us for a replacement or a refund.'),
};

/** AfterShip sub-statuses in plain words; undefined for codes we do not know. */
export function subStatusHelp(subStatus: string | undefined): string | undefined {
  switch (subStatus) {
    case 'AttemptFail_001':
      return msg(
        'The courier tried to deliver and left a notice. They will usually try again on the next working day.',
      );
    case 'AttemptFail_002':
      return msg(
        'Nobody was available to receive the parcel. The courier will usually try again on the next working day.',
      );
    case 'AttemptFail_003':
      return msg('The business was closed when the courier came. They will usually try again on the next working day.');
    case 'Exception_001':
      return msg('The courier reported a problem with the delivery. The next update should tell more.');
    case 'Exception_002':
      return msg('The courier was told the recipient has moved. Please contact us to update the address.');
    case 'Exception_003':
      return msg(
        'The parcel was refused at the door, so it will go back to the shop. If this was a mistake, please contact us.',
      );
    case 'Exception_004':
      return msg(
        'Your parcel is waiting for customs clearance. This usually takes one to three working days; you may be asked to pay import duties.',
      );
    case 'Exception_005':
      return msg(
        'Your parcel is delayed by something outside the courier’s control, such as weather or very high volumes. It is still on its way.',
      );
    case 'Exception_006':
      return msg('The parcel is held until a payment is made, for example import duties. Please contact the courier.');
    case 'Exception_007':
      return msg(
        'The courier could not deliver because the address seems wrong or incomplete. Please contact us to correct it.',
      );
    case 'Exception_008':
      return msg(
        'The parcel was not collected from the pickup point in time and may be sent back. Please collect it soon or contact us.',
      );
    case 'Exception_009':
      return msg('The courier could not accept the parcel. We will arrange another way to send it.');
    case 'Exception_010':
      return msg('Your parcel is on its way back to us. We will contact you about a new delivery or a refund.');
    case 'Exception_011':
      return msg('Your parcel has come back to us. We will contact you about a new delivery or a refund.');
    case 'Exception_012':
      return msg('Your parcel was damaged on the way. We are sorry; please contact us and we will put it right.');
    case 'Exception_013':
      return msg('The courier has lost your parcel. We are sorry; please contact us for a replacement or a refund.');
    case 'Delivered_002':
      return msg('Collected at the pickup point.');
    case 'Delivered_003':
      return msg('Signed for at delivery.');
    case 'Delivered_004':
      return msg('Delivered and paid in cash on delivery.');
    case 'Delivered_005':
      return msg('Left with a neighbour.');
    default:
      return subStatus ? SINCE_2026[subStatus]?.() : undefined;
  }
}
