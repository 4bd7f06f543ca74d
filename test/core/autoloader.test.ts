import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { autoload } from '../../src/core/autoloader.js';

/** Loaders that define a tag when called, as an element's define module does, counting the calls. */
function loadersFor(prefix: string, render: Record<string, () => unknown> = {}) {
  const calls: string[] = [];
  const tag = (name: string) => `${prefix}-${name}`;
  const loaders: Record<string, () => Promise<unknown>> = {};
  for (const name of ['outer', 'inner', 'later']) {
    loaders[tag(name)] = async () => {
      calls.push(tag(name));
      await new Promise((resolve) => setTimeout(resolve, 10)); // a chunk on its way
      customElements.define(
        tag(name),
        class extends LitElement {
          override render() {
            return render[name]?.() ?? html`<p>${name}</p>`;
          }
        },
      );
    };
  }
  return { calls, tag, loaders };
}

describe('autoload', () => {
  it('loads the tags already in the page, once each, and upgrades them', async () => {
    const { calls, tag, loaders } = loadersFor('ac-auto-a');
    const el = await fixture(
      testHtml`<div><ac-auto-a-outer></ac-auto-a-outer><ac-auto-a-outer></ac-auto-a-outer></div>`,
    );
    autoload(loaders);
    await waitUntil(() => customElements.get(tag('outer')), 'outer defined');
    expect(calls).to.deep.equal([tag('outer')]);
    const [first, second] = el.querySelectorAll(tag('outer'));
    await waitUntil(() => first?.shadowRoot?.textContent?.includes('outer'), 'upgraded');
    expect(second?.shadowRoot?.textContent).to.contain('outer');
  });

  it('loads a tag added later, and nothing for tags not on the page', async () => {
    const { calls, tag, loaders } = loadersFor('ac-auto-b');
    autoload(loaders);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).to.deep.equal([]);
    const host = await fixture(testHtml`<div></div>`);
    const later = document.createElement(tag('later'));
    const wrapper = document.createElement('section');
    wrapper.append(later);
    host.append(wrapper);
    await waitUntil(() => later.shadowRoot?.textContent?.includes('later'), 'later upgraded');
    expect(calls).to.deep.equal([tag('later')]);
  });

  it("finds tags in a loaded element's shadow root, drawn at once or later", async () => {
    let showLater = false;
    const { calls, tag, loaders } = loadersFor('ac-auto-c', {
      outer: () =>
        html`<ac-auto-c-inner></ac-auto-c-inner>${showLater ? html`<ac-auto-c-later></ac-auto-c-later>` : ''}`,
    });
    autoload(loaders);
    const outer = await fixture<LitElement>(testHtml`<ac-auto-c-outer></ac-auto-c-outer>`);
    await waitUntil(() => outer.shadowRoot?.querySelector(tag('inner'))?.shadowRoot, 'inner upgraded');
    expect(calls).to.deep.equal([tag('outer'), tag('inner')]);
    showLater = true;
    outer.requestUpdate();
    await waitUntil(() => outer.shadowRoot?.querySelector(tag('later'))?.shadowRoot, 'later upgraded');
    expect(calls).to.deep.equal([tag('outer'), tag('inner'), tag('later')]);
  });

  it('tries again the next time a tag appears after its load failed', async () => {
    const tag = 'ac-auto-d-flaky';
    let attempts = 0;
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      autoload({
        [tag]: async () => {
          attempts++;
          if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
          customElements.define(tag, class extends HTMLElement {});
        },
      });
      const host = await fixture(testHtml`<div></div>`);
      host.append(document.createElement(tag));
      await waitUntil(() => warnings.length === 1, 'the failure is reported');
      expect(String(warnings[0]?.[0])).to.contain(`<${tag}>`);
      host.append(document.createElement(tag));
      await waitUntil(() => customElements.get(tag), 'defined on the second try');
      expect(attempts).to.equal(2);
    } finally {
      console.warn = warn;
    }
  });
});
