import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, LitElement, type CSSResult } from 'lit';
import { lazy, lazyPart, type LazyPart } from '../../src/core/lazy.js';

interface Part {
  label: string;
  styles?: CSSResult | readonly CSSResult[];
}

/** An importer the test controls: counts its calls, and fails the first `failures` of them. */
function importer(module: Part, failures = 0) {
  const calls = { count: 0 };
  const load = () => {
    calls.count++;
    return calls.count <= failures
      ? Promise.reject(new Error(`chunk failed to load (${calls.count})`))
      : Promise.resolve(module);
  };
  return Object.assign(load, { calls });
}

const hostStyles = css`
  :host {
    display: block;
  }
`;

/** A widget that shows a lazily loaded part, or "Loading" until it is there. */
class LazyHost extends LitElement {
  static override styles = hostStyles;
  piece?: LazyPart<Part>;
  errors: unknown[] = [];
  /** What each render showed, in order. */
  shown: string[] = [];

  get renders() {
    return this.shown.length;
  }

  protected override render() {
    const part = this.piece?.in(this, (error) => this.errors.push(error));
    this.shown.push(part ? part.label : 'Loading');
    return html`<p>${this.shown.at(-1)}</p>`;
  }
}
customElements.define('test-lazy-host', LazyHost);

async function host(part?: LazyPart<Part>): Promise<LazyHost> {
  return fixture<LazyHost>(html`<test-lazy-host .piece=${part}></test-lazy-host>`);
}

const text = (element: LazyHost) => element.shadowRoot!.querySelector('p')!.textContent;
const sheets = (element: LazyHost) => element.shadowRoot!.adoptedStyleSheets;
/** Whether the host's shadow root adopted these styles (a boolean: a failure message never prints a style sheet). */
const adopts = (element: LazyHost, styles: CSSResult) => sheets(element).includes(styles.styleSheet!);

describe('lazy', () => {
  it('imports once, however often it is asked, and then has the module synchronously', async () => {
    const module = { label: 'once' };
    const load = importer(module);
    const part = lazy(load);
    expect(part.value).to.equal(undefined);
    expect(load.calls.count, 'nothing loads before it is needed').to.equal(0);
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(first).to.equal(module);
    expect(second).to.equal(module);
    expect(part.value).to.equal(module);
    await part.load();
    expect(load.calls.count).to.equal(1);
  });

  it('tries a failed import again on the next load', async () => {
    const module = { label: 'second time lucky' };
    const load = importer(module, 1);
    const part = lazy(load);
    let failure: unknown;
    await part.load().catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('chunk failed to load');
    expect(part.value).to.equal(undefined);
    expect(await part.load()).to.equal(module);
    expect(part.value).to.equal(module);
    expect(load.calls.count).to.equal(2);
  });
});

describe('lazyPart', () => {
  it('returns undefined at first, then renders the host again with the part and adopts its styles', async () => {
    const partStyles = css`
      p {
        color: rgb(1, 2, 3);
      }
    `;
    const load = importer({ label: 'Loaded part', styles: partStyles });
    const element = await host(lazyPart(load));
    await waitUntil(() => text(element) === 'Loaded part', 'the host rendered again with the part');
    expect(element.shown).to.deep.equal(['Loading', 'Loaded part']);
    expect(adopts(element, partStyles)).to.equal(true);
    expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    expect(adopts(element, hostStyles), 'the host keeps its own styles').to.equal(true);
    expect(load.calls.count).to.equal(1);
  });

  it('adopts every sheet of a list once, however often the host renders', async () => {
    const one = css`
      p {
        margin: 1px;
      }
    `;
    const two = css`
      p {
        padding: 2px;
      }
    `;
    const part = lazyPart(importer({ label: 'Two sheets', styles: [one, two] }));
    const element = await host(part);
    await waitUntil(() => text(element) === 'Two sheets');
    const before = element.renders;
    element.requestUpdate();
    await element.updateComplete;
    expect(element.renders).to.be.greaterThan(before);
    const adopted = sheets(element);
    expect(adopted.filter((sheet) => sheet === one.styleSheet).length).to.equal(1);
    expect(adopted.filter((sheet) => sheet === two.styleSheet).length).to.equal(1);
  });

  it('tells the host why a part did not load, and loads it on the next render', async () => {
    const load = importer({ label: 'After a retry' }, 1);
    const element = await host(lazyPart(load));
    await waitUntil(() => element.errors.length === 1, 'onError heard the failure');
    expect(String(element.errors[0])).to.contain('chunk failed to load');
    expect(text(element)).to.equal('Loading');
    element.requestUpdate();
    await waitUntil(() => text(element) === 'After a retry', 'the part after the failure');
    expect(load.calls.count).to.equal(2);
  });

  it('loaded() never starts a load, and adopts the styles once another host loaded the part', async () => {
    const partStyles = css`
      p {
        color: rgb(4, 5, 6);
      }
    `;
    const load = importer({ label: 'Shared', styles: partStyles });
    const part = lazyPart(load);
    const other = await host();
    expect(part.loaded(other)).to.equal(undefined);
    expect(part.loaded(other)).to.equal(undefined);
    expect(load.calls.count).to.equal(0);
    expect(adopts(other, partStyles)).to.equal(false);

    const first = await host(part);
    await waitUntil(() => text(first) === 'Shared');
    expect(part.loaded(other)?.label).to.equal('Shared');
    expect(adopts(other, partStyles)).to.equal(true);
    expect(load.calls.count).to.equal(1);
  });

  it('loadInto() loads the part, adopts its styles and renders the host again', async () => {
    const partStyles = css`
      p {
        color: rgb(7, 8, 9);
      }
    `;
    const part = lazyPart(importer({ label: 'Soon', styles: partStyles }));
    const element = await host();
    const renders = element.renders;
    const module = await part.loadInto(element);
    expect(module.label).to.equal('Soon');
    expect(adopts(element, partStyles)).to.equal(true);
    await element.updateComplete;
    expect(element.renders).to.equal(renders + 1);
  });
});
