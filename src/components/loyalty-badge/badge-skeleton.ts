import { css, html } from 'lit';

/**
 * The full card while loading, in the content's own classes. The common case: a member with a tier to reach,
 * three perks (one wrapping on a narrow widget) and a referral link. The balance's two bones have about the
 * width of their text, so they wrap onto two lines where the content does.
 *
 * Static markup with the bones' sizes in classes (what `bone()` would write as inline styles): fifty badges on a
 * page drew 850 bones with their own inline style each, which no two could share, restyled on every frame of the
 * shimmer, and took the render benchmark from twice the baseline to four times.
 */
export const FULL_BADGE_SKELETON = html`<div class="badge">
  <div class="skeleton__block bone--title"></div>
  <div class="skeleton__block bone--tier"></div>
  <div class="card">
    <div class="card__balance">
      <div class="skeleton__block bone--points"></div>
      <div class="skeleton__block bone--pending"></div>
    </div>
    <div class="skeleton__block bone--two-lines"></div>
    <div class="card__progress">
      <div class="skeleton__block bone--bar"></div>
      <div class="skeleton__block"></div>
    </div>
    <div>
      <div class="skeleton__block card__heading"></div>
      <div class="perks">
        <div class="skeleton__block skeleton__block--wraps bone--wrapping"></div>
        <div class="skeleton__block"></div>
        <div class="skeleton__block"></div>
      </div>
    </div>
    <div class="referral">
      <div class="skeleton__block card__heading"></div>
      <div class="skeleton__block"></div>
      <div class="skeleton__block bone--button"></div>
      <div class="skeleton__block bone--button"></div>
    </div>
  </div>
</div>`;

/** The bones' sizes, as specific as the skeleton's own `.skeleton .skeleton__block` and after it. */
export const badgeSkeletonStyles = css`
  .skeleton .bone--title {
    font-size: 1.25em;
    inline-size: 9.5rem;
  }
  .skeleton .bone--tier {
    inline-size: 4.5rem;
  }
  .skeleton .bone--points {
    font-size: 1.5em;
    inline-size: 10.5rem;
  }
  .skeleton .bone--pending {
    inline-size: 10.5rem;
  }
  .skeleton .bone--two-lines {
    block-size: 2lh;
  }
  .skeleton .bone--bar {
    block-size: 0.75rem;
  }
  /* Two lines on a narrow widget, one from 40rem (the skeleton's container query). */
  .skeleton .bone--wrapping {
    --_ac-narrow: 2lh;
    --_ac-wide: 1lh;
  }
  .skeleton .bone--button {
    block-size: 2.75rem;
  }
`;
