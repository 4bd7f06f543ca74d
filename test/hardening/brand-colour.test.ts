// A store sets its brand colour once (`--ac-color-accent`, as the demo does)
// and shoppers read the widgets in light and in dark: every text use of the
// accent (links, badges, copy buttons, text on accent buttons) keeps 4.5:1.
// The page is the demo storefront itself (demo/index.html and demo/demo.css)
// on a 390 px phone, checked by axe's colour-contrast rule.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { setViewport } from '../support/viewport.js';
import '../../src/index.js';
import { byText, shadowQuery } from '../support/dom.js';

interface AxeNode {
  target: unknown[];
  any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } }[];
}
interface AxeResults {
  violations: { id: string; nodes: AxeNode[] }[];
  passes: { id: string; nodes: AxeNode[] }[];
}
declare global {
  interface Window {
    axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
  }
}

/** The demo's brand colour, a deep red and a light yellow: dark, very dark and light brands. */
const BRANDS = ['#0b6b5d', '#8b0000', '#f5c400'];

/**
 * How the shopper gets a scheme: from the system (the store colour on :root, as demo.css sets it), or pinned
 * by `<ac-provider theme>` on a page that is always in that scheme, whatever the system prefers (the store
 * colour on the provider, as docs/theming.md shows).
 */
const SCHEMES = [
  { name: 'light, from the system', system: 'light', theme: undefined, on: 'root' },
  { name: 'dark, from the system', system: 'dark', theme: undefined, on: 'root' },
  { name: 'dark, pinned by <ac-provider theme="dark">', system: 'light', theme: 'dark', on: 'provider' },
  {
    name: 'light, pinned by <ac-provider theme="light"> on a dark system',
    system: 'dark',
    theme: 'light',
    on: 'provider',
  },
] as const;

/** demo.css's own light and dark page colours, for a store page that keeps one scheme. */
const PAGE = {
  light: { 'color-scheme': 'light', '--shop-ink': '#1f2a2e', '--shop-paper': '#fbf8f3', '--shop-line': '#e4ddd2' },
  dark: { 'color-scheme': 'dark', '--shop-ink': '#ece6dc', '--shop-paper': '#161a1c', '--shop-line': '#33393c' },
};
/** The widgets' own text colour, light and dark (tokens.ts). */
const TEXT = { light: 'rgb(27, 29, 34)', dark: 'rgb(236, 238, 242)' };

let demoMarkup = '';
let demoStyles: HTMLLinkElement;
let canEmulate = true;

/** Widgets inside a shadow tree, at any depth. */
function widgets(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) =>
    node.shadowRoot && node.localName.startsWith('ac-') ? [node, ...widgets(node.shadowRoot)] : [],
  );
}

const drawn = (page: Element, tag: string, selector: string) =>
  widgets(page).some((widget) => widget.localName === tag && shadowQuery(widget, selector));

/** The demo page with both journeys a shopper sees most: an order on its way, and one delivered with its return open. */
async function demoPage(brand: string, scheme: (typeof SCHEMES)[number]) {
  const page = document.createElement('div');
  page.innerHTML = demoMarkup;
  const provider = page.querySelector('ac-provider')!;
  if (scheme.theme) {
    provider.setAttribute('theme', scheme.theme);
    for (const [name, value] of Object.entries(PAGE[scheme.theme]))
      document.documentElement.style.setProperty(name, value);
  }
  (scheme.on === 'root' ? document.documentElement : (provider as HTMLElement)).style.setProperty(
    '--ac-color-accent',
    brand,
  );
  const slot = page.querySelector('#widgets')!;
  for (const order of ['BK-1001', 'BK-1004']) {
    const journey = document.createElement('ac-order-journey');
    journey.setAttribute('order', order);
    journey.setAttribute('email', 'somchai@example.com');
    slot.append(journey);
  }
  document.body.append(page);
  const ready: [string, string][] = [
    ['ac-order-tracker', '[part="actions"]'],
    ['ac-loyalty-badge', '[part="chip"]'],
    ['ac-recommendations', '[part="product"]'],
    ['ac-review-prompt', '[part="item"]'],
    ['ac-nps-survey', '[part="scale"]'],
  ];
  for (const [tag, selector] of ready)
    await waitUntil(() => drawn(page, tag, selector), `<${tag}> drawn`, { timeout: 8000 });
  const delivered = slot.lastElementChild!;
  await waitUntil(
    () => shadowQuery(delivered, 'ac-order-tracker')?.shadowRoot?.querySelector('[part="actions"]'),
    'the delivered order drawn',
    { timeout: 8000 },
  );
  byText<HTMLButtonElement>(
    delivered.shadowRoot!.querySelector('ac-order-tracker')!,
    'button',
    'Return or exchange',
  ).click();
  await waitUntil(() => drawn(page, 'ac-return-wizard', '[part="return-item"]'), 'return wizard drawn', {
    timeout: 8000,
  });
  // A score chosen: the survey's follow-up, with its accent button, is on the page too.
  const survey = widgets(page).find((widget) => widget.localName === 'ac-nps-survey')!;
  [...survey.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')].at(-1)!.click();
  await waitUntil(() => shadowQuery(survey, 'button[type="submit"]'), 'survey follow-up drawn', { timeout: 5000 });
  await nextFrame();
  await nextFrame();
  return page;
}

function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const data = node.any[0]?.data ?? {};
      return `${JSON.stringify(node.target)}: ${data.fgColor} on ${data.bgColor} = ${data.contrastRatio}:1`;
    }),
  );
}

describe('a store brand colour in light and dark, on the demo page at 390 px', function () {
  this.timeout(60_000);

  before(async function () {
    if (!(await setViewport({ width: 390, height: 844 }))) this.skip();
    const demo = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    // The storefront as demo.ts leaves it: header, main (with the provider), footer; the scripts are not needed.
    demoMarkup = [...demo.body.children].map((node) => node.outerHTML).join('');
    demoStyles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
    const loaded = new Promise((resolve) => demoStyles.addEventListener('load', resolve));
    document.head.append(demoStyles);
    await loaded;
    if (!window.axe) await import('axe-core/axe.min.js' as string);
    try {
      await emulateMedia({ colorScheme: 'dark' });
      canEmulate = matchMedia('(prefers-color-scheme: dark)').matches;
      await emulateMedia({ colorScheme: 'light' });
    } catch {
      canEmulate = false;
    }
  });

  afterEach(async () => {
    document.querySelectorAll('body > div').forEach((node) => node.remove());
    document.documentElement.removeAttribute('style');
    localStorage.clear();
    sessionStorage.clear();
    if (canEmulate) await emulateMedia({ colorScheme: 'light' });
  });

  after(async () => {
    demoStyles?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('starts from the brand colour that demo.css sets', () => {
    expect(getComputedStyle(document.documentElement).getPropertyValue('--ac-color-accent').trim()).to.equal(BRANDS[0]);
  });

  // Firefox over WebDriver BiDi cannot emulate the system scheme: there the pinned schemes run, and Chromium runs all.
  const emulation = !navigator.userAgent.includes('Firefox');
  for (const brand of BRANDS)
    for (const scheme of SCHEMES.filter((s) => emulation || s.theme || s.system !== 'dark'))
      it(`${brand}, ${scheme.name}: no colour-contrast violation`, async function () {
        if (scheme.system === 'dark' && canEmulate) await emulateMedia({ colorScheme: 'dark' });
        const page = await demoPage(brand, scheme);
        // The widgets really are in the scheme under test.
        const tracker = widgets(page).find((widget) => widget.localName === 'ac-order-tracker')!;
        expect(getComputedStyle(tracker).color).to.equal(TEXT[scheme.theme ?? scheme.system]);
        const results = await window.axe.run(page, { runOnly: ['color-contrast'] });
        // axe measured the widgets' text, accent links and buttons included (not a vacuous pass).
        expect(results.passes.flatMap((rule) => rule.nodes).length).to.be.greaterThan(50);
        expect(describeViolations(results)).to.deep.equal([]);
      });
});

/** A colour as the browser paints it in sRGB, e.g. [11, 107, 93]. */
function painted(colour: string): number[] {
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
const close = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]!) <= 2);

describe('the accent tone in each scheme', () => {
  /** The colour of the tracker's status badge (drawn in the accent) under a pinned provider. */
  async function badgeColour(theme: 'light' | 'dark', styles: Record<string, string>, on: 'root' | 'provider') {
    const page = document.createElement('div');
    page.innerHTML = `<ac-provider demo theme=${theme}><ac-order-tracker order="BK-1001" email="somchai@example.com"></ac-order-tracker></ac-provider>`;
    const target = on === 'root' ? document.documentElement : page.querySelector<HTMLElement>('ac-provider')!;
    for (const [name, value] of Object.entries(styles)) target.style.setProperty(name, value);
    document.body.append(page);
    const tracker = page.querySelector('ac-order-tracker')!;
    await waitUntil(() => shadowQuery(tracker, '.badge'), 'badge drawn', { timeout: 5000 });
    return painted(getComputedStyle(shadowQuery(tracker, '.badge')!).color);
  }

  afterEach(() => {
    document.querySelectorAll('body > div').forEach((node) => node.remove());
    document.documentElement.removeAttribute('style');
  });

  it('keeps a colour that already reads well, and is the default accent when the store sets none', async () => {
    expect(await badgeColour('light', { '--ac-color-accent': '#8b0000' }, 'provider')).to.satisfy((colour: number[]) =>
      close(colour, rgb('#8b0000')),
    );
    expect(await badgeColour('light', {}, 'provider')).to.satisfy((colour: number[]) => close(colour, rgb('#0b6b5d')));
    expect(await badgeColour('dark', {}, 'provider')).to.satisfy((colour: number[]) => close(colour, rgb('#5fd3bf')));
  });

  it('lightens the brand colour set on the page under <ac-provider theme="dark">, instead of dropping it', async () => {
    const [red, green, blue] = await badgeColour('dark', { '--ac-color-accent': '#8b0000' }, 'root');
    expect(red, 'still the brand red')
      .to.be.greaterThan(green! + 60)
      .and.greaterThan(blue! + 60);
    expect(red, 'lighter than #8b0000').to.be.greaterThan(0xd0);
  });

  it('uses --ac-color-accent-dark in the dark scheme only', async () => {
    const styles = { '--ac-color-accent': '#7a2e1f', '--ac-color-accent-dark': '#f0a58f' };
    expect(await badgeColour('dark', styles, 'provider')).to.satisfy((colour: number[]) =>
      close(colour, rgb('#f0a58f')),
    );
    expect(await badgeColour('light', styles, 'provider')).to.satisfy((colour: number[]) =>
      close(colour, rgb('#7a2e1f')),
    );
  });
});
