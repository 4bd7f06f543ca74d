#!/usr/bin/env node
// Adds translations to locales/<locale>.xlf from a JSON object on stdin,
// { "<English source>": "<translation>" }. Placeholders are written as in the
// source code (${name}) and become the source's <x/> elements.
// Usage: node scripts/xliff-fill.mjs th < th.json
import { readFileSync, writeFileSync } from 'node:fs';

const locale = process.argv[2];
if (!locale) throw new Error('usage: xliff-fill.mjs <locale> < translations.json');
const file = `locales/${locale}.xlf`;
const translations = JSON.parse(readFileSync(0, 'utf8'));
const xml = readFileSync(file, 'utf8');

const decode = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const encode = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let filled = 0;
const used = new Set();
const result = xml.replace(
  /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>[\s\S]*?<\/target>)?/g,
  (unit, id, source) => {
    const placeholders = [...source.matchAll(/<x id="[^"]*" equiv-text="([^"]*)"\/>/g)];
    const plain = decode(source.replace(/<x id="[^"]*" equiv-text="([^"]*)"\/>/g, (_, text) => decode(text)));
    const translation = translations[plain];
    if (translation === undefined) return unit;
    used.add(plain);
    let target = encode(translation);
    for (const [element, text] of placeholders) {
      const code = decode(text);
      if (!translation.includes(code)) throw new Error(`${locale}: "${plain}" needs ${code} in its translation`);
      target = target.split(encode(code)).join(element);
    }
    filled++;
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>`;
  },
);
writeFileSync(file, result);
const unknown = Object.keys(translations).filter((key) => !used.has(key));
console.log(
  `${locale}: ${filled} translations written${unknown.length ? `; not in the XLIFF: ${unknown.join(' | ')}` : ''}`,
);
