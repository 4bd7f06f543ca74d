// In a right-to-left page (a shop adding Arabic or Hebrew) every scale and
// progress indicator runs from the right: first steps, low scores and first
// cards sit on the inline start, which is now the right-hand side.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '../support/viewport.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/index.js';
import { shadowQuery, shadowQueryAll } from '../support/dom.js';
import { colourDistance, coloursAt } from '../support/screenshot.js';

async function inRtlPage(tag: string, attributes: Record<string, string>, ready: string) {
  const element = document.createElement(tag) as HTMLElement & { adapter: MemoryAdapter };
  element.adapter = new MemoryAdapter();
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 800px"></div>`)).append(element);
  await waitUntil(() => shadowQuery(element, ready), `${tag} shows ${ready}`, { timeout: 4000 });
  return element;
}

/** Left edges of the elements, in document order. */
const lefts = (elements: Element[]) => elements.map((e) => Math.round(e.getBoundingClientRect().left));

function expectRightToLeft(elements: Element[], what: string) {
  const positions = lefts(elements);
  expect(positions.length, what).to.be.greaterThan(1);
  expect(positions, `${what} run from the right`).to.deep.equal([...positions].sort((a, b) => b - a));
}

describe('a right-to-left page', () => {
  before(() => setViewport({ width: 1024, height: 800 }));
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('mirrors the tracker’s progress steps', async () => {
    const element = await inRtlPage(
      'ac-order-tracker',
      { order: 'BK-1002', email: 'nok@example.com' },
      '.progress__step',
    );
    expectRightToLeft(shadowQueryAll(element, '.progress__step'), 'progress steps');
  });

  it('mirrors the NPS scale, 0 on the right', async () => {
    const element = await inRtlPage('ac-nps-survey', { survey: 'rtl', customer: 'cust-gold' }, '[role="radio"]');
    const options = shadowQueryAll(element, '[role="radio"]');
    expect(options[0]!.textContent!.trim()).to.equal('0');
    expectRightToLeft(options, 'scores');
  });

  it('mirrors the review stars, one star on the right', async () => {
    const element = await inRtlPage(
      'ac-review-prompt',
      { order: 'BK-1004', email: 'somchai@example.com' },
      '[part="stars"]',
    );
    expectRightToLeft([...shadowQuery(element, '[part="stars"]')!.querySelectorAll('[role="radio"]')], 'stars');
  });

  it('fills the loyalty progress bar from the right', async () => {
    // What is drawn, from a screenshot: the colour near each end of the bar, left-to-right page first.
    const ends = async (element: Element) => {
      const bar = shadowQuery(element, 'progress')!;
      bar.scrollIntoView({ block: 'center' });
      const { left, width, top, height } = bar.getBoundingClientRect();
      const y = top + height / 2;
      const [start, end] = await coloursAt([
        [left + width * 0.1, y],
        [left + width * 0.9, y],
      ]);
      element.parentElement!.remove();
      return { left: start!, right: end! };
    };
    const ltr = await inRtlPage('ac-loyalty-badge', { customer: 'cust-gold', variant: 'full' }, 'progress');
    ltr.parentElement!.dir = 'ltr';
    await nextFrame();
    const forward = await ends(ltr);
    const fill = forward.left;
    const track = forward.right;
    expect(colourDistance(fill, track), `fill ${fill} and track ${track} differ`).to.be.greaterThan(60);
    const rtl = await ends(await inRtlPage('ac-loyalty-badge', { customer: 'cust-gold', variant: 'full' }, 'progress'));
    expect(colourDistance(rtl.right, fill), `right end ${rtl.right} is the fill ${fill}`).to.be.lessThan(30);
    expect(colourDistance(rtl.left, track), `left end ${rtl.left} is the track ${track}`).to.be.lessThan(30);
  });

  it('starts the recommendations on the right and turns the arrows round', async () => {
    const element = await inRtlPage('ac-recommendations', { order: 'BK-1001', limit: '3' }, '[part="product"]');
    expectRightToLeft(shadowQueryAll(element, '[part="product"]'), 'cards');
    const arrow = shadowQuery(element, '[part="scroll-button"]')!;
    expect(new DOMMatrix(getComputedStyle(arrow).transform).a).to.equal(-1);
  });
});
