// Each widget's placeholder is the size of the first view it turns into, at a
// phone's and a desktop's width, for the common case its skeleton assumes (one
// parcel, two items: see each widget's skeleton), so the shop's page below it
// does not jump when the data arrives (bench/layout-shift.mjs measures the
// shift itself). In Chromium, the benchmark's engine (the Firefox and WebKit
// configs leave it out: the parcel card's given height is Chromium's wrapping).
// The placeholder is drawn with an adapter that never answers (or, for the
// tracker's strip of recommendations, whose recommendations never come), the
// content with one that does, each in a column like a shop's.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import { shadowQuery } from '../support/dom.js';
import '../../src/index.js';
import { setViewport } from '../support/viewport.js';

interface Case {
  tag: string;
  /** What the case stands for, when the tag alone does not say. */
  name?: string;
  attributes: Record<string, string>;
  /** A selector in the shadow root once the first view is drawn. */
  ready: string;
  /** The first view's data (default: the demo without recommendations); the placeholder is drawn with its methods. */
  answering?: AftercareAdapter;
  /** What stands in while loading, when not the element's own skeleton: the element's state, drawn (e.g. its parts). */
  loading?: { adapter: AftercareAdapter; drawn(element: HTMLElement): boolean };
}

/**
 * The demo's dates move with the clock, and at 390 px an event's time and place ("Nov 26, 2026, 10:00 AM · Bandung,
 * Coblong") take one line or two as the hour's digits change, so a parcel is 21 px taller at some hours of the day
 * (measured: JK-2003 at 10–12, 17–19, 22–00 and 05–07 UTC). The demo runs at one instant, where the times of the
 * common case take one line, so the heights compared are the same at every hour the suite runs.
 */
const DEMO_NOW = () => new Date('2026-12-01T03:00:00Z');

/** The demo data without recommendations: a tracker then keeps no place for the strip. */
const answering = new Proxy(new MemoryAdapter({ now: DEMO_NOW }), {
  get: (target, name, receiver) => (name === 'getRecommendations' ? undefined : Reflect.get(target, name, receiver)),
}) as AftercareAdapter;

/** The demo data with its recommendations: the tracker's strip is in its first view. */
const recommending = new MemoryAdapter({ now: DEMO_NOW });

/** Every method of `adapter` waits for ever (and those it lacks stay missing): the widget stays on its placeholder. */
function silentOf(adapter: AftercareAdapter, only?: keyof AftercareAdapter): AftercareAdapter {
  return new Proxy(adapter, {
    get: (target, name, receiver) => {
      const value: unknown = Reflect.get(target, name, receiver);
      return typeof value === 'function' && (!only || name === only) ? () => new Promise(() => {}) : value;
    },
  });
}
const silent = silentOf(answering);
/** The order answers; its recommendations never do. */
const stripWaiting = silentOf(recommending, 'getRecommendations');

/** The nested strip of recommendations in a tracker. */
const strip = (tracker: HTMLElement) => tracker.shadowRoot?.querySelector('ac-recommendations') ?? null;
const TRACKED = { order: 'BK-1006', email: 'pim@example.com' };

const CASES: Case[] = [
  { tag: 'ac-order-tracker', attributes: TRACKED, ready: '[part="shipment"]' },
  { tag: 'ac-order-journey', attributes: { order: 'JK-2003', email: 'dewi@example.com' }, ready: '[part="section"]' },
  {
    tag: 'ac-return-wizard',
    attributes: { order: 'JK-2003', email: 'dewi@example.com' },
    ready: '[part="return-item"]',
  },
  { tag: 'ac-review-prompt', attributes: { order: 'JK-2003', email: 'dewi@example.com' }, ready: '[part="item"]' },
  { tag: 'ac-loyalty-badge', attributes: { customer: 'cust-gold', variant: 'full' }, ready: '[part="card"]' },
  // With an adapter that recommends, the tracker's skeleton keeps the strip's place, and once the order is drawn
  // the strip's own placeholder keeps it until the products arrive: both are the size of the order with its strip.
  {
    tag: 'ac-order-tracker',
    name: "the tracker's skeleton, with the strip's place",
    attributes: TRACKED,
    ready: '[part="shipment"]',
    answering: recommending,
    loading: {
      adapter: silentOf(recommending),
      drawn: (tracker) => Boolean(shadowQuery(tracker, '[part="skeleton"]')),
    },
  },
  {
    tag: 'ac-order-tracker',
    name: "the tracker's order, with the strip's placeholder",
    attributes: TRACKED,
    ready: '[part="shipment"]',
    answering: recommending,
    loading: {
      adapter: stripWaiting,
      drawn: (tracker) =>
        Boolean(
          shadowQuery(tracker, '[part="shipment"]') && strip(tracker)?.shadowRoot?.querySelector('[part="skeleton"]'),
        ),
    },
  },
  {
    tag: 'ac-recommendations',
    attributes: { order: 'BK-1006', placement: 'tracking' },
    ready: '[part="product"]',
    answering: recommending,
  },
];
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 1400 },
];
/** Sub-pixel rounding and a glyph's ascent: anything more is a row or a line the skeleton lacks. */
const TOLERANCE = 3;

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
      it(`<${widget.tag}>${widget.name ? `: ${widget.name}` : ''}`, async () => {
        const answers = widget.answering ?? answering;
        const { adapter, drawn } = widget.loading ?? {
          adapter: widget.answering ? silentOf(widget.answering) : silent,
          drawn: (element: HTMLElement) => Boolean(shadowQuery(element, '[part="skeleton"]')),
        };
        const loading = await mount(widget, adapter);
        await waitUntil(() => drawn(loading), 'the placeholder', { timeout: 5000 });
        await nextFrame();
        const placeholder = await settledHeight(loading);

        const loaded = await mount(widget, answers);
        await waitUntil(() => shadowQuery(loaded, widget.ready), 'the first view', { timeout: 5000 });
        if (widget.tag === 'ac-order-tracker' && answers === recommending)
          await waitUntil(() => strip(loaded)?.shadowRoot?.querySelector('[part="product"]'), 'the strip', {
            timeout: 5000,
          });
        const content = await settledHeight(loaded);
        expect(drawn(loading), 'still loading').to.equal(true);
        expect(
          Math.abs(placeholder - content),
          `placeholder ${placeholder} px (${blocks(loading)}), content ${content} px (${blocks(loaded)})`,
        ).to.be.at.most(TOLERANCE);
      });
  });
