import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AcOrderTracker } from '../../src/components/order-tracker/order-tracker.js';
import '../../src/index.js';
// wtr's sendKeys, also in WebKit, whose driver cannot hold Shift or type a letter twice in a row on its own.
import { sendKeys } from '../support/keys.js';

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

/** A colour as the browser computes it, e.g. "#2158d6" → "rgb(33, 88, 214)". */
function computedColour(colour: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = colour;
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/**
 * The widget's own ring, drawn from the theme's tokens (--_ac-focus-ring-width in --_ac-color-focus), not the
 * browser's default outline, which would pass a mere "not none".
 */
function expectOwnRing(element: Element) {
  const style = getComputedStyle(element);
  const width = style.getPropertyValue('--_ac-focus-ring-width').trim();
  const colour = style.getPropertyValue('--_ac-color-focus').trim();
  const what = element.outerHTML.slice(0, 80);
  expect(width && colour, `no theme tokens reach ${what}`).to.not.equal('');
  expect(style.outlineStyle, `no solid focus ring on ${what}`).to.equal('solid');
  expect(style.outlineWidth, `focus ring width on ${what}`).to.equal(width);
  expect(style.outlineColor, `focus ring colour on ${what}`).to.equal(computedColour(colour));
}

/** Fails unless the focused control can be used by someone who only sees the focus ring. */
function expectUsableStop(element: Element, host: Element) {
  expect(isInside(element, host), 'focus left the widget before its end').to.equal(true);
  expect(accessibleName(element), `a control without a name: ${element.outerHTML.slice(0, 120)}`).not.to.equal('');
  expectOwnRing(element);
  const rect = element.getBoundingClientRect();
  expect(rect.width * rect.height, `an invisible stop: ${element.outerHTML.slice(0, 80)}`).to.be.greaterThan(0);
}

/** Tab from #before to #after, checking each stop; returns the stops in order. */
async function tabThrough(host: Element): Promise<Element[]> {
  const stops: Element[] = [];
  for (let presses = 0; presses < 80; presses++) {
    await sendKeys({ press: 'Tab' });
    const element = focused()!;
    if (element.id === 'after') return stops;
    expectUsableStop(element, host);
    stops.push(element);
  }
  throw new Error('Tab never left the widget');
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

    const visited = await tabThrough(tracker);
    expect(focused()!.id, 'Tab leaves the widget at its end').to.equal('after');
    expect(visited.length).to.be.greaterThan(2);
  });
});

const WIDGETS: [tag: string, attributes: Record<string, string>, ready: string][] = [
  ['ac-order-tracker', { order: 'BK-1004', email: 'somchai@example.com' }, '.order__title'],
  ['ac-return-wizard', { order: 'BK-1004', email: 'somchai@example.com' }, 'input[type="checkbox"]'],
  ['ac-review-prompt', { order: 'BK-1004', email: 'somchai@example.com' }, '[role="radio"]'],
  ['ac-nps-survey', { survey: 'keys', customer: 'cust-gold' }, '[role="radio"]'],
  ['ac-loyalty-badge', { customer: 'cust-gold', variant: 'full' }, 'progress'],
  ['ac-loyalty-badge', { customer: 'cust-gold' }, 'button'],
  ['ac-recommendations', { order: 'BK-1001' }, '[part="product"]'],
  ['ac-order-journey', { order: 'BK-1004', email: 'somchai@example.com' }, 'ac-order-tracker'],
];

describe('keyboard only: every widget', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const [tag, attributes, ready] of WIDGETS) {
    const variant = Object.entries(attributes)
      .map(([name, value]) => `${name}=${value}`)
      .join(' ');
    it(`${tag} ${variant}: Tab and Shift+Tab pass the same named, visible, ringed stops`, async () => {
      const page = await fixture<HTMLElement>(html`<div><button id="before">Before</button></div>`);
      const host = document.createElement(tag) as HTMLElement & { adapter: MemoryAdapter };
      host.adapter = new MemoryAdapter();
      for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
      const after = Object.assign(document.createElement('button'), { id: 'after', textContent: 'After' });
      page.append(host, after);
      await waitUntil(() => host.shadowRoot?.querySelector(ready), `${tag} loaded`, { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 300)); // Lazy parts (forms, strips) settle.
      page.querySelector<HTMLButtonElement>('#before')!.focus();

      const forward = await tabThrough(host);
      expect(forward.length, 'something to reach').to.be.greaterThan(0);
      const backward: Element[] = [];
      for (let presses = 0; presses < forward.length + 1; presses++) {
        // Held and released separately: Firefox's driver knows no "Shift+Tab" chord.
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        if (focused()!.id === 'before') break;
        backward.push(focused()!);
      }
      expect(backward.reverse()).to.deep.equal(forward);
    });
  }

  it('ac-nps-survey: answered and commented with arrows, Space, typing and Enter', async () => {
    const page = await fixture<HTMLElement>(html`<div><button id="before">Before</button></div>`);
    const survey = document.createElement('ac-nps-survey');
    const adapter = new MemoryAdapter();
    survey.adapter = adapter;
    survey.setAttribute('survey', 'keys-flow');
    survey.setAttribute('customer', 'cust-gold');
    page.append(survey);
    await waitUntil(() => survey.shadowRoot?.querySelector('[role="radio"]'), 'the scale');
    page.querySelector<HTMLButtonElement>('#before')!.focus();

    await pressTabUntil((element) => element?.getAttribute('role') === 'radio', 3);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()!.textContent!.trim()).to.equal('9');
    expect(
      adapter.calls.some((c) => c.method === 'submitNps'),
      'focus alone records nothing',
    ).to.equal(false);
    await sendKeys({ press: ' ' });
    await waitUntil(() => focused()?.classList.contains('follow-up__question'), 'focus on the follow-up question');
    await pressTabUntil((element) => element?.id === 'survey-comment', 2);
    await sendKeys({ type: 'Quick delivery' });
    await pressTabUntil((element) => element?.textContent?.trim() === 'Send', 2);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.classList.contains('thanks'), 'focus on the thanks');
    const comment = adapter.calls.filter((c) => c.method === 'submitNps').at(-1)!.input as { comment?: string };
    expect(comment.comment).to.equal('Quick delivery');
  });
});
