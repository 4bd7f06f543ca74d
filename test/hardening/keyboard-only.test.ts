import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../../src/components/order-tracker/order-tracker.js';

/** The element that has focus, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a screen reader would call the control, roughly: enough to tell that it has a name. */
function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const root = element.getRootNode() as ShadowRoot | Document;
  const labels = (element as HTMLInputElement).labels ? [...(element as HTMLInputElement).labels!] : [];
  return [
    element.getAttribute('aria-label') ?? '',
    labelledBy
      ? labelledBy
          .split(' ')
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '',
    ...labels.map((label) => label.textContent ?? ''),
    element.textContent ?? '',
  ]
    .join(' ')
    .trim();
}

/** Inside the host's shadow tree, nested widgets (like the recommendations strip) included. */
function isInside(element: Element, host: Element): boolean {
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (root.host === host) return true;
  }
  return false;
}

async function pressTabUntil(found: (element: Element | null) => boolean, most: number) {
  for (let presses = 1; presses <= most; presses++) {
    await sendKeys({ press: 'Tab' });
    if (found(focused())) return presses;
  }
  throw new Error(`not reached in ${most} presses of Tab; focus is on ${focused()?.outerHTML.slice(0, 120)}`);
}

describe('keyboard only: from the look-up form through everything the order page offers', () => {
  it('reaches every control in order, each with a name and a visible focus ring', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <button id="before">Before</button>
        <ac-order-tracker .adapter=${new MemoryAdapter()}></ac-order-tracker>
        <button id="after">After</button>
      </div>
    `);
    const tracker = page.querySelector<AcOrderTracker>('ac-order-tracker')!;
    await waitUntil(() => tracker.shadowRoot!.querySelector('#lookup-order'), 'the look-up form');
    page.querySelector<HTMLButtonElement>('#before')!.focus();

    expect(await pressTabUntil((element) => element?.id === 'lookup-order', 1)).to.equal(1);
    await sendKeys({ type: '#bk-1002' });
    // The email/phone choice sits between the two fields.
    await pressTabUntil((element) => element?.id === 'lookup-contact', 3);
    await sendKeys({ type: 'nok@example.com' });
    await sendKeys({ press: 'Enter' });

    // The result takes focus, so a screen reader announces it and Tab continues from there.
    await waitUntil(() => focused()?.classList.contains('order__title'), 'focus on the order title', { timeout: 4000 });
    expect(focused()!.textContent).to.contain('BK-1002');

    const visited: string[] = [];
    for (let presses = 0; presses < 80; presses++) {
      await sendKeys({ press: 'Tab' });
      const element = focused()!;
      if (element.id === 'after') break;
      expect(isInside(element, tracker), 'focus left the widget before its end').to.equal(true);
      expect(accessibleName(element), `a control without a name: ${element.outerHTML.slice(0, 120)}`).not.to.equal('');
      expect(getComputedStyle(element).outlineStyle, `no focus ring on ${element.outerHTML.slice(0, 80)}`).not.to.equal(
        'none',
      );
      const rect = element.getBoundingClientRect();
      expect(rect.width * rect.height, `an invisible stop: ${element.outerHTML.slice(0, 80)}`).to.be.greaterThan(0);
      visited.push(element.tagName);
    }
    expect(focused()!.id, 'Tab leaves the widget at its end').to.equal('after');
    expect(visited.length).to.be.greaterThan(2);
  });
});
