import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { renderScale, scaleStyles, starOptions } from '../../../src/components/shared/scale.js';
import { shadowQuery, shadowQueryAll } from '../../support/dom.js';

/** A five-point score, as a survey would place it. */
class ScaleHost extends LitElement {
  static override styles = scaleStyles;
  static override properties = { value: { type: Number } };
  declare value?: number;
  readonly chosen: number[] = [];

  protected override render() {
    return renderScale({
      options: starOptions((stars) => `${stars} of 5 stars`),
      value: this.value,
      label: 'Rate the linen shirt',
      onChoose: (value) => {
        this.chosen.push(value);
        this.value = value;
      },
      className: 'stars',
    });
  }
}
customElements.define('test-scale-host', ScaleHost);

const radios = (element: ScaleHost) => shadowQueryAll<HTMLButtonElement>(element, '[role="radio"]');
const radio = (element: ScaleHost, value: number) =>
  shadowQuery<HTMLButtonElement>(element, `[role="radio"][data-value="${value}"]`)!;
const focused = (element: ScaleHost) =>
  Number((element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.value);
const tabStops = (element: ScaleHost) =>
  radios(element)
    .filter((r) => r.tabIndex === 0)
    .map((r) => Number(r.dataset.value));
const checked = (element: ScaleHost) =>
  radios(element)
    .filter((r) => r.getAttribute('aria-checked') === 'true')
    .map((r) => Number(r.dataset.value));

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

async function scale(value?: number): Promise<ScaleHost> {
  return fixture<ScaleHost>(html`<test-scale-host .value=${value}></test-scale-host>`);
}

describe('renderScale', () => {
  it('is a named radio group with one tab stop: the first option until a score is chosen', async () => {
    const element = await scale();
    const group = shadowQuery(element, '[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Rate the linen shirt');
    expect(radios(element).map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 of 5 stars',
      '2 of 5 stars',
      '3 of 5 stars',
      '4 of 5 stars',
      '5 of 5 stars',
    ]);
    expect(tabStops(element)).to.deep.equal([1]);
    expect(checked(element)).to.deep.equal([]);
  });

  it('makes the chosen score the tab stop', async () => {
    const element = await scale(4);
    expect(tabStops(element)).to.deep.equal([4]);
    expect(checked(element)).to.deep.equal([4]);
  });

  it('moves focus with the arrow keys without choosing, and wraps at both ends', async () => {
    const element = await scale();
    radio(element, 1).focus();
    await press('ArrowRight');
    expect(focused(element)).to.equal(2);
    await press('ArrowDown');
    expect(focused(element)).to.equal(3);
    await press('ArrowLeft');
    expect(focused(element)).to.equal(2);
    await press('ArrowUp', 'ArrowUp');
    expect(focused(element), 'ArrowUp on the first wraps to the last').to.equal(5);
    await press('ArrowRight');
    expect(focused(element), 'ArrowRight on the last wraps to the first').to.equal(1);
    expect(element.chosen, 'focus alone never chooses').to.deep.equal([]);
    expect(checked(element)).to.deep.equal([]);
  });

  it('moves the single tab stop along with focus', async () => {
    const element = await scale();
    radio(element, 1).focus();
    await press('ArrowRight', 'ArrowRight');
    expect(tabStops(element)).to.deep.equal([3]);
  });

  it('jumps to the ends with Home and End', async () => {
    const element = await scale();
    radio(element, 3).focus();
    await press('End');
    expect(focused(element)).to.equal(5);
    await press('Home');
    expect(focused(element)).to.equal(1);
    expect(element.chosen).to.deep.equal([]);
  });

  it('chooses the focused score with Space or Enter', async () => {
    const element = await scale();
    radio(element, 1).focus();
    await press('ArrowRight', 'ArrowRight', ' ');
    expect(element.chosen).to.deep.equal([3]);
    await element.updateComplete;
    expect(checked(element)).to.deep.equal([3]);
    await press('ArrowRight', 'Enter');
    expect(element.chosen).to.deep.equal([3, 4]);
    await element.updateComplete;
    expect(checked(element)).to.deep.equal([4]);
  });

  it('chooses a score with a tap', async () => {
    const element = await scale();
    radio(element, 5).click();
    expect(element.chosen).to.deep.equal([5]);
  });

  it('mirrors the left and right arrows on a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><test-scale-host></test-scale-host></div>`);
    const element = wrapper.querySelector<ScaleHost>('test-scale-host')!;
    await element.updateComplete;
    radio(element, 2).focus();
    await press('ArrowLeft');
    expect(focused(element), 'ArrowLeft goes on to the next score').to.equal(3);
    await press('ArrowRight', 'ArrowRight');
    expect(focused(element), 'ArrowRight goes back').to.equal(1);
    await press('ArrowRight');
    expect(focused(element), 'and wraps from the first to the last').to.equal(5);
    await press('ArrowDown');
    expect(focused(element), 'ArrowDown still goes on, and wraps').to.equal(1);
  });
});
