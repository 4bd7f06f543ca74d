// Each widget's placeholder is the size of the first view it turns into, at a
// phone's and a desktop's width, for the common case its skeleton assumes (one
// parcel, two items: see each widget's skeleton), so the shop's page below it
// does not jump when the data arrives (bench/layout-shift.mjs measures the
// shift itself). In Chromium, the benchmark's engine (the Firefox and WebKit
// configs leave it out: the parcel card's given height is Chromium's wrapping).
// The placeholder is drawn with an adapter that never answers,
// the content with one that does, each in a column like a shop's.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { shadowQuery } from '../support/dom.js';
import '../../src/index.js';
import { setViewport } from '../support/viewport.js';

interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** A selector in the shadow root once the first view is drawn. */
  ready: string;
}

const CASES: Case[] = [
  { tag: 'ac-order-tracker', attributes: { order: 'BK-1006', email: 'pim@example.com' }, ready: '[part="shipment"]' },
  { tag: 'ac-order-journey', attributes: { order: 'JK-2003', email: 'dewi@example.com' }, ready: '[part="section"]' },
  {
    tag: 'ac-return-wizard',
    attributes: { order: 'JK-2003', email: 'dewi@example.com' },
    ready: '[part="return-item"]',
  },
  { tag: 'ac-review-prompt', attributes: { order: 'JK-2003', email: 'dewi@example.com' }, ready: '[part="item"]' },
  { tag: 'ac-loyalty-badge', attributes: { customer: 'cust-gold', variant: 'full' }, ready: '[part="card"]' },
];
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 1400 },
];
/** Sub-pixel rounding and a glyph's ascent: anything more is a row or a line the skeleton lacks. */
const TOLERANCE = 3;

/**
 * The demo data without recommendations: the strip stays hidden until it has products, so no skeleton reserves
 * it (bench/layout-shift.mjs counts the shift it makes).
 */
const answering = new Proxy(new MemoryAdapter(), {
  get: (target, name, receiver) => (name === 'getRecommendations' ? undefined : Reflect.get(target, name, receiver)),
}) as AftercareAdapter;

/** Every adapter method waits for ever: the widget stays on its placeholder. */
const silent = new Proxy(new MemoryAdapter(), {
  get: (target, name, receiver) => {
    const value: unknown = Reflect.get(target, name, receiver);
    return typeof value === 'function' ? () => new Promise(() => {}) : value;
  },
}) as AftercareAdapter;

/** In a shop's column, inside an `<ac-provider>` that hands the adapter down, as on bench/pages/layout-shift.html. */
async function mount({ tag, attributes }: Case, adapter: AftercareAdapter): Promise<HTMLElement> {
  const column = await fixture<HTMLElement>(
    html`<div style="max-inline-size: 60rem; margin: auto; padding: 0 1rem; font-family: system-ui">
      <ac-provider .adapter=${adapter}></ac-provider>
    </div>`,
  );
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  column.querySelector('ac-provider')!.append(element);
  return element;
}

/** The heights of the blocks one level inside the element's frame, to say which one differs. */
function blocks(element: HTMLElement): string {
  const frame = element.shadowRoot!.firstElementChild?.matches('[part="base"]')
    ? element.shadowRoot!.firstElementChild
    : element.shadowRoot!;
  const inner = [...frame!.children].flatMap((child) =>
    child.matches('[part="skeleton"]') ? [...child.children] : [child],
  );
  const inside = inner.length === 1 && inner[0]!.children.length ? [...inner[0]!.children] : inner;
  return inside
    .map(
      (child) =>
        `${child.localName}.${child.className || child.getAttribute('part')} ${child.getBoundingClientRect().height}`,
    )
    .join(', ');
}

/** The element's height once it has stopped changing (lazy parts of the first view included). */
async function settledHeight(element: HTMLElement): Promise<number> {
  let last = -1;
  let same = 0;
  await waitUntil(
    () => {
      const height = element.getBoundingClientRect().height;
      same = height === last ? same + 1 : 0;
      last = height;
      return same >= 10;
    },
    `<${element.localName}> to stop growing`,
    { interval: 100, timeout: 8000 },
  );
  return last;
}

for (const viewport of WIDTHS)
  describe(`at a ${viewport.name}'s width (${viewport.width} px), each placeholder is the size of its first view`, function () {
    this.timeout(20_000);
    before(async function () {
      if (!(await setViewport(viewport))) this.skip();
      document.body.style.margin = '0'; // The column's own padding only, as on bench/pages/layout-shift.html.
    });
    after(async () => {
      document.body.style.margin = '';
      await setViewport({ width: 800, height: 600 });
    });

    for (const widget of CASES)
      it(`<${widget.tag}>`, async () => {
        const loading = await mount(widget, silent);
        await waitUntil(() => shadowQuery(loading, '[part="skeleton"]'), 'the placeholder');
        await nextFrame();
        const placeholder = await settledHeight(loading);

        const loaded = await mount(widget, answering);
        await waitUntil(() => shadowQuery(loaded, widget.ready), 'the first view', { timeout: 5000 });
        const content = await settledHeight(loaded);
        expect(shadowQuery(loading, '[part="skeleton"]'), 'still loading').to.not.equal(null);
        expect(
          Math.abs(placeholder - content),
          `placeholder ${placeholder} px (${blocks(loading)}), content ${content} px (${blocks(loaded)})`,
        ).to.be.at.most(TOLERANCE);
      });
  });
