import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../support/viewport.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { setLocale } from '../../src/core/localization.js';
import { shadowQuery } from '../support/dom.js';
import { WIDGET_TAGS, WIDGETS } from '../support/elements.js';

/** A widget in one of its fullest states, and what shows that state is drawn. */
interface Case {
  tag: string;
  attributes: Record<string, string>;
  ready: string;
}

// Every widget of the registry, and the tracker's look-up form.
const CASES: Case[] = [
  ...WIDGET_TAGS.map((tag) => ({ tag, ...WIDGETS[tag] })),
  { tag: 'ac-order-tracker', attributes: {}, ready: 'form' },
];

/** Drawn elements of a shadow tree, nested shadow trees included. */
function drawn(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? drawn(node.shadowRoot) : [])]);
}

/** Inside a container that scrolls sideways on purpose, like the recommendations strip. */
function inSideScroller(element: Element): boolean {
  for (
    let node: Element | null = element.parentElement;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    if (/auto|scroll/.test(getComputedStyle(node).overflowX)) return true;
  }
  return false;
}

/** Anything wider than the widget is cut off or makes the page scroll sideways on a small phone. */
function sticksOut(element: HTMLElement): string[] {
  const box = element.getBoundingClientRect();
  return drawn(element.shadowRoot!)
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      return (rect.left < box.left - 1 || rect.right > box.right + 1) && !inSideScroller(node);
    })
    .map(
      (node) =>
        `${node.tagName.toLowerCase()}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''} ${node.getAttribute('class') ?? ''}`,
    );
}

/** WCAG 1.4.12: the spacing a shopper's reading style sheet may set. */
const TEXT_SPACING = new CSSStyleSheet();
TEXT_SPACING.replaceSync(`
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`);

function applyTextSpacing(root: ShadowRoot) {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, TEXT_SPACING];
  for (const node of root.querySelectorAll('*')) if (node.shadowRoot) applyTextSpacing(node.shadowRoot);
}

/** Text cut off by a box that hides its overflow (the visually hidden helpers aside). */
function clipped(element: HTMLElement): string[] {
  return drawn(element.shadowRoot!)
    .filter((node) => {
      const style = getComputedStyle(node);
      if (!/hidden|clip/.test(style.overflowX + style.overflowY) || node.classList.contains('visually-hidden'))
        return false;
      if (!node.textContent?.trim()) return false;
      return node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
    })
    .map((node) => `${node.tagName.toLowerCase()} ${node.getAttribute('class') ?? ''}: ${node.textContent!.trim()}`);
}

// 320 CSS px is also what a 1280 px window shows at 400% zoom (WCAG 1.4.10).
describe('on a 320 px phone, in Thai (the longest labels), nothing is wider than the screen', function () {
  this.timeout(30_000);
  before(async function () {
    if (!(await setViewport({ width: 320, height: 640 }))) this.skip();
    await setLocale('th');
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await setLocale('en');
  });

  for (const { tag, attributes, ready } of CASES)
    for (const spacing of [false, true]) {
      const label = Object.keys(attributes).length ? Object.values(attributes).join(', ') : 'look-up form';
      it(`<${tag}> (${label})${spacing ? ', with wide text spacing, nothing cut off' : ''}`, async () => {
        const element = Object.assign(document.createElement(tag), { adapter: new MemoryAdapter() });
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        const container = await fixture<HTMLElement>(html`<div style="padding: 0 8px"></div>`);
        container.append(element);
        await waitUntil(() => shadowQuery(element, ready), `<${tag}> drawn`, { timeout: 5000 });
        // Expand everything that can be expanded, so hidden detail is measured too.
        for (const toggle of element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))
          toggle.click();
        if (spacing) applyTextSpacing(element.shadowRoot!);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        if (spacing) expect(clipped(element)).to.deep.equal([]);

        expect(element.getBoundingClientRect().right).to.be.at.most(320);
        expect(sticksOut(element)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
      });
    }
});
