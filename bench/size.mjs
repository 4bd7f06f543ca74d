#!/usr/bin/env node
// Brotli size of what a page downloads for each entry, minified with every
// dependency: the initial load (entry + static imports, before the widget can
// render) against the budget, and the lazy chunks that load only when needed
// (a look-up form, help texts, translations, demo data). Fails over budget.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { bundleForBrowser } from '../scripts/browser-bundle.mjs';

const KB = 1024;
const BUDGETS = { widget: 18 * KB, cdn: 40 * KB, vendorAdapter: 6 * KB };
/**
 * Each chunk loaded later has a ceiling too, so a part cannot grow unnoticed
 * because it is not in the initial load: a language's strings and the demo
 * data have their own, every other part (a step, a view, a form) the default.
 */
const LAZY_BUDGETS = { th: 10 * KB, id: 10 * KB, 'demo-store': 14 * KB, default: 8 * KB };
const lazyBudget = (chunk) => LAZY_BUDGETS[chunk] ?? LAZY_BUDGETS.default;

const { elements } = JSON.parse(readFileSync('src/elements.json', 'utf8'));
const widgetEntries = elements.map((e) => ({
  name: e.tag,
  path: `src/components/${e.folder}/define.ts`,
  budget: BUDGETS.widget,
}));

const ENTRIES = [
  { name: 'npm entry (every element + API)', path: 'src/index.ts', budget: BUDGETS.cdn },
  { name: 'core (API + ac-provider)', path: 'bench/core-entry.ts', budget: BUDGETS.widget },
  ...widgetEntries,
  // Vendor mappers, each its own entry (not in the CDN bundle).
  ...['aftership', 'shopify', 'woocommerce'].map((name) => ({
    name: `adapters/${name}`,
    path: `src/adapters/${name}/index.ts`,
    budget: BUDGETS.vendorAdapter,
  })),
];

/**
 * What must never reach a browser, whatever the budget says (README, Size):
 * zod (the ~1 KB validator checks the generated JSON Schemas instead), a
 * decorator helper (elements declare `static properties`), and CSS left as
 * written (every `css` template is minified: a declaration after a line break
 * and indentation only survives unminified; html templates hold no CSS).
 */
const NEVER_SHIPPED = [
  { what: 'zod', module: /\/node_modules\/zod\// },
  {
    what: 'a decorator helper',
    module: /\/helpers\/(esm\/)?decorate(Metadata|Param)?\.js$|\/node_modules\/tslib\/|\/decorators(\.js$|\/)/,
  },
  { what: 'unminified CSS', code: /[{;]\n[ \t]+-{0,2}[a-z][\w-]*:[ \t]*\S[^\n]*;/ },
];

const brotli = (code) =>
  brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const label = (fileName) => fileName.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

async function measure(entry) {
  const { output } = await bundleForBrowser({ entry: entry.path });
  const chunks = output.filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk.fileName)) return;
    initial.add(chunk.fileName);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((c) => c.isEntry));
  const lazy = chunks
    .filter((c) => !initial.has(c.fileName))
    .map((c) => ({ chunk: label(c.fileName), brotli: brotli(c.code) }))
    .sort((a, b) => a.chunk.localeCompare(b.chunk));
  const initialBytes = [...initial].reduce((sum, name) => sum + brotli(byName.get(name).code), 0);
  const shipped = NEVER_SHIPPED.filter((rule) =>
    chunks.some((c) => (rule.module ? c.moduleIds.some((id) => rule.module.test(id)) : rule.code.test(c.code))),
  ).map((rule) => rule.what);
  if (shipped.length) neverShipped.push(`${entry.name} ships ${shipped.join(', ')}`);
  return { entry: entry.name, brotli: initialBytes, budget: entry.budget, lazy };
}

const neverShipped = [];
const results = [];
for (const entry of ENTRIES) results.push(await measure(entry));

const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', JSON.stringify({ ...previous, size: results }, null, 2) + '\n');

let over = 0;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log('| entry | initial load (brotli) | budget | loaded only when needed |');
console.log('| --- | ---: | ---: | --- |');
for (const r of results) {
  const fits = r.brotli <= r.budget;
  if (!fits) over++;
  const lazy = r.lazy
    .map((l) => {
      if (l.brotli <= lazyBudget(l.chunk)) return `${l.chunk} ${kb(l.brotli)}`;
      over++;
      return `${l.chunk} ${kb(l.brotli)} ✗ OVER ${kb(lazyBudget(l.chunk))}`;
    })
    .join(', ');
  console.log(`| ${r.entry} | ${kb(r.brotli)} | ${kb(r.budget)} ${fits ? '✓' : '✗ OVER'} | ${lazy} |`);
}
for (const line of neverShipped) console.error(`✗ ${line}`);
if (over) console.error(`${over} entries or lazy chunks over budget`);
if (over || neverShipped.length) process.exit(1);
