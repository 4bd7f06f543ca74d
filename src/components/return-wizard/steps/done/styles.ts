import { css } from 'lit';

export const styles = css`
  .confirmation {
    display: grid;
    gap: var(--_ac-space);
    justify-items: start;
  }
  .confirmation__id,
  .confirmation__code {
    font-size: 1.375em;
    font-weight: 700;
    letter-spacing: 0.03em;
  }
  .qr {
    margin: 0;
    display: grid;
    gap: 0.5rem;
    justify-items: center;
  }
  .qr svg {
    inline-size: 12rem;
    block-size: 12rem;
    border-radius: var(--_ac-radius-small);
  }
  .return-parcel {
    display: grid;
    gap: 0.5rem;
    justify-self: stretch;
  }
  .return-parcel__title {
    margin: 0;
    font-size: 1.0625em;
  }
  .confirmation a.button {
    text-decoration: none;
  }
`;
