#!/usr/bin/env node
// Brotli size of what a page downloads for each entry: the entry chunk and
// every chunk it imports statically, minified, all dependencies included.
// Lazy chunks (locales, demo data) are listed apart. Fails over budget.
import { readdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

const KB = 1024;
const BUDGETS = { widget: 18 * KB, cdn: 40 * KB };

const widgetEntries = readdirSync('src/components', { withFileTypes: true })
  .filter((dir) => dir.isDirectory() && existsSync(`src/components/${dir.name}/define.ts`))
  .map((dir) => ({ name: `ac-${dir.name}`, path: `src/components/${dir.name}/define.ts`, budget: BUDGETS.widget }));

const ENTRIES = [
  { name: 'cdn (every element + API)', path: 'src/index.ts', budget: BUDGETS.cdn },
  { name: 'core (API + ac-provider)', path: 'bench/core-entry.ts', budget: BUDGETS.widget },
  ...widgetEntries,
];

const brotli = (code) =>
  brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function measure(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: { input: entry.path, preserveEntrySignatures: 'allow-extension' },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((output) => output.output)
    .filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const main = chunks.find((c) => c.isEntry);
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk.fileName)) return;
    initial.add(chunk.fileName);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(main);
  const initialBytes = [...initial].reduce((sum, name) => sum + brotli(byName.get(name).code), 0);
  const lazy = chunks
    .filter((c) => !initial.has(c.fileName))
    .map((c) => ({ chunk: c.fileName.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, ''), brotli: brotli(c.code) }));
  return { entry: entry.name, brotli: initialBytes, budget: entry.budget, lazy };
}

const results = [];
for (const entry of ENTRIES) results.push(await measure(entry));

const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', JSON.stringify({ ...previous, size: results }, null, 2) + '\n');

let over = 0;
console.log('| entry | brotli (initial load) | budget |');
console.log('| --- | ---: | ---: |');
for (const r of results) {
  const fits = r.brotli <= r.budget;
  if (!fits) over++;
  console.log(
    `| ${r.entry} | ${(r.brotli / KB).toFixed(1)} KB | ${(r.budget / KB).toFixed(0)} KB ${fits ? '✓' : '✗ OVER'} |`,
  );
}
const lazy = results[0].lazy;
console.log(
  `\nLazy chunks of the CDN bundle: ${lazy.map((l) => `${l.chunk} ${(l.brotli / KB).toFixed(1)} KB`).join(', ')}`,
);
if (over) {
  console.error(`${over} entries over budget`);
  process.exit(1);
}
