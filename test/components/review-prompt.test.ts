import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/review-prompt/define.js';
import type { AcReviewPrompt } from '../../src/components/review-prompt/review-prompt.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { setLocale } from '../../src/core/localization.js';
import { byText, shadowQuery, shadowQueryAll, shownText, typeInto, waitForText } from '../support/dom.js';
import { chooseFiles, imageSize, photoFile } from '../support/photos.js';
import { proven, withEmail } from '../support/demo-contacts.js';
import { widgetBehaviourSuite } from '../support/widget-behaviour.js';

widgetBehaviourSuite({
  tag: 'ac-review-prompt',
  attributes: withEmail('BK-1004'),
  otherAttributes: withEmail('JK-2003'),
  method: 'getReviewRequest',
  loadedText: { en: 'Earn 50 points for each review', th: 'รีวิว' },
});

async function prompt(adapter: AftercareAdapter = new MemoryAdapter(), order = 'BK-1004') {
  const element = await fixture<AcReviewPrompt>(
    html`<ac-review-prompt .adapter=${adapter} order=${order} email=${withEmail(order).email}></ac-review-prompt>`,
  );
  await waitUntil(() => shadowQueryAll(element, '[part="item"]').length > 0, 'items listed');
  return element;
}

function shadowQueryAllIn(root: Element, selector: string) {
  return [...root.querySelectorAll<HTMLButtonElement>(selector)];
}
const stars = (element: Element, index = 0) =>
  shadowQueryAllIn(shadowQueryAll(element, '[part="stars"]')[index]!, '[role="radio"]');

describe('<ac-review-prompt>', () => {
  beforeEach(() => sessionStorage.clear());

  it('lists the delivered items not yet reviewed, with the incentive', async () => {
    const element = await prompt();
    const items = shadowQueryAll(element, '[part="item"]');
    expect(items.map((i) => i.querySelector('h3')!.textContent)).to.deep.equal([
      'Linen shirt, sand',
      'Canvas sneakers, white',
      'Silk sarong (final sale)',
    ]);
    expect(shadowQuery(element, '[part="incentive"]')!.textContent).to.contain('Earn 50 points for each review');
  });

  it('labels each star and opens the form with the tapped rating', async () => {
    const element = await prompt();
    const group = shadowQuery(element, '[part="stars"] [role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Rate Linen shirt, sand');
    const first = shadowQueryAllIn(group, '[role="radio"]');
    expect(first.map((s) => s.getAttribute('aria-label'))).to.deep.equal([
      '1 of 5 stars',
      '2 of 5 stars',
      '3 of 5 stars',
      '4 of 5 stars',
      '5 of 5 stars',
    ]);
    first[3]!.click();
    await waitUntil(() => shadowQuery(element, '[part="review-form"]'), 'form opens');
    expect(first[3]!.getAttribute('aria-checked')).to.equal('true');
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'review-li-1004-1-title', 'focus in the form');
  });

  it('moves between stars with arrows, Home and End, and chooses with Space', async () => {
    const element = await prompt();
    const radios = stars(element);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(element.shadowRoot!.activeElement).to.equal(radios[2]);
    expect(shadowQuery(element, '[part="review-form"]')).to.equal(null); // Focus alone never chooses.
    await sendKeys({ press: 'End' });
    expect(element.shadowRoot!.activeElement).to.equal(radios[4]);
    await sendKeys({ press: 'Home' });
    expect(element.shadowRoot!.activeElement).to.equal(radios[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(element.shadowRoot!.activeElement).to.equal(radios[4]);
    await sendKeys({ press: ' ' });
    await waitUntil(() => radios[4]!.getAttribute('aria-checked') === 'true');
  });

  it('mirrors the arrow keys in a right-to-left page', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const element = await prompt();
      const radios = stars(element);
      radios[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(element.shadowRoot!.activeElement).to.equal(radios[1]);
      expect(radios[1]!.getBoundingClientRect().left).to.be.lessThan(radios[0]!.getBoundingClientRect().left);
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('counts characters as the shopper types and keeps the limits', async () => {
    const element = await prompt();
    stars(element)[4]!.click();
    await waitUntil(() => shadowQuery(element, '#review-li-1004-1-body'));
    const body = shadowQuery<HTMLTextAreaElement>(element, '#review-li-1004-1-body')!;
    expect(body.maxLength).to.equal(2000);
    typeInto(body as unknown as HTMLInputElement, 'Fits well');
    await waitForText(element, '9 / 2000');
    expect(shadowQuery<HTMLInputElement>(element, '#review-li-1004-1-title')!.maxLength).to.equal(100);
  });

  it('downscales photos in the browser, shows previews and stops at five', async () => {
    const element = await prompt();
    stars(element)[4]!.click();
    await waitUntil(() => shadowQuery(element, '#review-li-1004-1-photos'));
    const input = shadowQuery<HTMLInputElement>(element, '#review-li-1004-1-photos')!;
    const files = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => photoFile(2400, 1600, `p${n}.png`)));
    chooseFiles(input, files);
    await waitUntil(() => shadowQueryAll(element, '.photos__item img').length === 5, 'five previews', {
      timeout: 8000,
    });
    await waitForText(element, 'You can add up to 5 photos.');
    const preview = shadowQuery<HTMLImageElement>(element, '.photos__item img')!;
    expect(preview.src.startsWith('data:image/jpeg')).to.equal(true);
    expect(await imageSize(preview.src)).to.deep.equal({ width: 1280, height: 853 });
    shadowQuery<HTMLButtonElement>(element, '.photos__remove')!.click();
    await waitUntil(() => shadowQueryAll(element, '.photos__item').length === 4);
  });

  it('tells the shopper when a file is not a photo', async () => {
    const element = await prompt();
    stars(element)[2]!.click();
    await waitUntil(() => shadowQuery(element, '#review-li-1004-1-photos'));
    chooseFiles(shadowQuery<HTMLInputElement>(element, '#review-li-1004-1-photos')!, [
      new File(['not an image'], 'notes.txt', { type: 'text/plain' }),
    ]);
    await waitForText(element, 'is not a photo we can read');
    expect(shadowQueryAll(element, '.photos__item')).to.have.length(0);
  });

  it('submits once, shows the moderation state and the points, then moves to the next item', async () => {
    const adapter = new MemoryAdapter({ latency: 40 });
    const element = await prompt(adapter);
    stars(element)[1]!.click(); // Two stars: this demo shop checks low ratings before publishing.
    await waitUntil(() => shadowQuery(element, '#review-li-1004-1-body'));
    typeInto(shadowQuery<HTMLInputElement>(element, '#review-li-1004-1-body')!, 'Too small for me');
    const submitted = oneEvent(element, 'ac-review-submitted');
    const submit = byText<HTMLButtonElement>(element, 'button', 'Submit review');
    submit.click();
    submit.click();
    const event = await submitted;
    expect(event.detail).to.include({
      lineItemId: 'li-1004-1',
      rating: 2,
      status: 'pending_moderation',
      pointsAwarded: 50,
    });
    await waitForText(element, 'Your review will appear once we have checked it.');
    expect(shownText(element)).to.contain('You earned 50 points.');
    const writes = adapter.calls.filter((c) => c.method === 'submitReview');
    expect(new Set(writes.map((w) => w.options!.idempotencyKey)).size).to.equal(1);
    expect((await adapter.getReviewRequest(proven('BK-1004'))).items).to.have.length(2);
    await waitUntil(() => element.shadowRoot!.activeElement?.closest('[part="stars"]')?.id === 'stars-li-1004-2');
  });

  it('keeps the draft over a reload and reuses the key after a failed submit', async () => {
    const failing = new MemoryAdapter({ fail: { submitReview: 'network' } });
    const first = await prompt(failing);
    stars(first)[3]!.click();
    await waitUntil(() => shadowQuery(first, '#review-li-1004-1-body'));
    typeInto(shadowQuery<HTMLInputElement>(first, '#review-li-1004-1-body')!, 'Lovely linen');
    byText<HTMLButtonElement>(first, 'button', 'Submit review').click();
    await waitForText(first, 'You seem to be offline');
    const key = failing.calls.find((c) => c.method === 'submitReview')!.options!.idempotencyKey;
    first.remove(); // The shopper reloads.

    const working = new MemoryAdapter();
    const second = await prompt(working);
    await waitUntil(() => shadowQuery<HTMLTextAreaElement>(second, '#review-li-1004-1-body')?.value === 'Lovely linen');
    expect(stars(second)[3]!.getAttribute('aria-checked')).to.equal('true');
    byText<HTMLButtonElement>(second, 'button', 'Submit review').click();
    await waitForText(second, 'Your review is live.');
    expect(working.calls.find((c) => c.method === 'submitReview')!.options!.idempotencyKey).to.equal(key);
    expect(sessionStorage.getItem('aftercare:draft:ac-review-prompt:BK-1004')).to.equal(null);
  });

  it('says so when there is nothing to review', async () => {
    const element = await fixture<AcReviewPrompt>(
      html`<ac-review-prompt
        .adapter=${new MemoryAdapter()}
        order="BK-1002"
        email="nok@example.com"
      ></ac-review-prompt>`,
    );
    await waitForText(element, 'Nothing to review right now');
    expect(shadowQuery(element, '[part="incentive"]')).to.equal(null);
  });

  for (const lang of ['en', 'th', 'id']) {
    it(`has no axe violations in ${lang}, list and open form`, async () => {
      await setLocale(lang);
      const element = await prompt();
      await expect(element).to.be.accessible();
      stars(element)[4]!.click();
      await waitUntil(() => shadowQuery(element, '[part="review-form"]'));
      await expect(element).to.be.accessible();
      await setLocale('en');
    });
  }
});
