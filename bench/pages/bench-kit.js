// Shared by the render benchmark pages (bench/render.mjs).
//
// Each benchmark is also timed against a baseline in the same page and run: a
// plain Lit element (the Lit the bundle ships, from node_modules through the
// page's import map) that renders as many elements as the widget did, the same
// way (inserted → data from a promise → painted; a click → more elements
// painted). Widget and baseline runs alternate, so a busy or slow machine slows
// both and their ratio stays put; bench/render.mjs budgets the ratio.
import { LitElement, css, html } from 'lit';

/** The next paint: a frame, then a task so that the frame's work is done. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export const task = () => new Promise((resolve) => setTimeout(resolve));

export async function until(check) {
  while (!check()) await task();
}

/**
 * Resolves as soon as `check()` holds, checked again on every change under
 * `root` (a shadow root): microtask precision, where polling with timers
 * would round every run up to the browser's 4 ms timer clamp.
 */
export function whenReady(root, check) {
  if (!root) throw new Error('whenReady: no shadow root (is the element defined?)');
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/** Elements in a widget's shadow tree, nested shadow trees included. */
export function elementCount(host) {
  let count = 0;
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      count++;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return count;
}

const SLOWDOWN = Number(new URLSearchParams(location.search).get('slowdown') ?? 1);

/**
 * One timed run, in two figures: `ready` when the DOM is complete and laid
 * out (style and layout forced), the cost the ratio budgets, and `painted` at
 * the next frame, the figure of the README, which also holds the wait for the
 * display's next frame (up to 16.7 ms, however little the work). Call when
 * the DOM is complete. For a widget (`slowed`), `node bench/render.mjs
 * --slowdown=N` adds a busy loop here so that its ready time is N times as long.
 */
export async function done(started, { slowed }) {
  document.body.getBoundingClientRect();
  if (slowed && SLOWDOWN > 1) {
    const end = started + (performance.now() - started) * SLOWDOWN;
    while (performance.now() < end) {
      // Busy: the main thread is as blocked as by slower widget code.
    }
  }
  const ready = performance.now() - started;
  await frame();
  return { ready, painted: performance.now() - started };
}

/** Elements of the baseline's frame (section, title, button, list); each row adds three (li, time, span). */
const FRAME_ELEMENTS = 4;
const rowsFor = (elements) => Math.max(1, Math.round((elements - FRAME_ELEMENTS) / 3));

/**
 * `<bench-baseline>`: `elements` elements once `load()` has resolved, and
 * `expandedElements` after a click on its button (after `beforeExpand()`).
 */
class BenchBaseline extends LitElement {
  static properties = {
    elements: { type: Number },
    expandedElements: { type: Number },
    ready: { state: true },
    expanded: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      font: 1rem/1.5 system-ui;
    }
    ol {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    time {
      color: #555;
      margin-inline-end: 0.5rem;
    }
  `;

  constructor() {
    super();
    this.elements = 0;
    this.expandedElements = 0;
    this.ready = false;
    this.expanded = false;
    /** @type {() => Promise<unknown>} */
    this.load = async () => undefined;
    /** @type {() => Promise<unknown>} */
    this.beforeExpand = async () => undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    void this.load().then((data) => {
      this.data = data;
      this.ready = true;
    });
  }

  async expand() {
    await this.beforeExpand();
    this.expanded = true;
  }

  render() {
    if (!this.ready) return html`<p class="loading">Loading…</p>`;
    const rows = rowsFor(this.expanded ? this.expandedElements : this.elements);
    return html`<section>
      <h2 class="title">Order ${this.getAttribute('name') ?? ''}</h2>
      <button class="more" type="button" @click=${() => this.expand()}>Show all</button>
      <ol>
        ${Array.from(
          { length: rows },
          (_, i) =>
            html`<li class="row">
              <time datetime=${`2026-01-01T${String(i % 24).padStart(2, '0')}:00:00Z`}>${i % 24}:00</time
              ><span>Row ${i + 1}: parcel sorted at hub ${i % 17}</span>
            </li>`,
        )}
      </ol>
    </section>`;
  }
}
customElements.define('bench-baseline', BenchBaseline);

/**
 * Before each run: the previous run's garbage collected (bench/render.mjs
 * starts Chromium with --expose-gc) and its deferred work done.
 */
async function settle() {
  globalThis.gc?.();
  await frame();
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 100 }));
}

/**
 * Runs `widget` and `baseline` alternately `times` times after one warm-up of
 * each. Each returns { metric: { ready, painted } }; the result is what
 * bench/render.mjs reads: `benchResult` (painted ms per metric),
 * `benchReady` (ready ms) and `benchBaseline` (the baseline's, with the
 * number of elements it drew, from `elements()`).
 */
export async function compare(times, widget, baseline, elements) {
  await widget(-1);
  await baseline(-1);
  const runs = { widget: [], baseline: [] };
  for (let i = 0; i < times; i++) {
    // Alternate which goes first; each starts on a quiet page, so neither pays for the other's garbage.
    const order = i % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
    for (const side of order) {
      await settle();
      runs[side].push(await (side === 'widget' ? widget : baseline)(i));
    }
  }
  const column = (side, metric, key) => runs[side].map((run) => run[metric][key]);
  const metrics = Object.keys(runs.widget[0]);
  const counts = elements();
  window.benchBaseline = Object.fromEntries(
    metrics.map((m) => [
      m,
      { ready: column('baseline', m, 'ready'), painted: column('baseline', m, 'painted'), elements: counts[m] },
    ]),
  );
  window.benchReady = Object.fromEntries(metrics.map((m) => [m, column('widget', m, 'ready')]));
  window.benchResult = Object.fromEntries(metrics.map((m) => [m, column('widget', m, 'painted')]));
}

/**
 * The element's code loaded before anything is timed: the CDN script fetches an element only when its tag
 * first appears on the page, and the benchmarks time rendering, not the network.
 */
export async function defined(tag) {
  const probe = document.createElement(tag);
  probe.hidden = true;
  document.body.append(probe);
  await customElements.whenDefined(tag);
  probe.remove();
}
