#!/usr/bin/env node
// Fails when a message in locales/*.xlf has no translation, when a translation
// loses, adds or changes a placeholder, or when it uses a term that the glossary
// in docs/localization.md rules out (the JSON list after <!-- ruled-out-terms -->).
import { readFileSync, readdirSync } from 'node:fs';

const GLOSSARY = 'docs/localization.md';

/** The ruled-out terms: one list, kept beside the glossary so translators read the reason with the rule. */
function ruledOutTerms() {
  const doc = readFileSync(GLOSSARY, 'utf8');
  const block = doc.match(/<!-- ruled-out-terms -->\s*```json\n([\s\S]*?)\n```/);
  if (!block) {
    console.error(`${GLOSSARY}: no \`\`\`json list after <!-- ruled-out-terms -->`);
    process.exit(1);
  }
  return JSON.parse(block[1]).map((rule) => ({
    ...rule,
    term: new RegExp(rule.term, 'iu'),
    source: rule.source === undefined ? undefined : new RegExp(rule.source, 'iu'),
  }));
}

const PLACEHOLDER = /<x id="[^"]*" equiv-text="[^"]*"\/>/g;
const placeholders = (text) => (text.match(PLACEHOLDER) ?? []).sort().join(' ');
/** What a reader sees: placeholders out, entities decoded. */
const words = (text) =>
  text
    .replace(PLACEHOLDER, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const rules = ruledOutTerms();
const files = readdirSync('locales').filter((f) => f.endsWith('.xlf'));
let missing = 0;
let broken = 0;
let ruledOut = 0;
let units = 0;
for (const file of files) {
  const xml = readFileSync(`locales/${file}`, 'utf8');
  const lang = xml.match(/target-language="([^"]+)"/)?.[1] ?? file.replace(/\.xlf$/, '');
  for (const unit of xml.matchAll(
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g,
  )) {
    units++;
    const [, id, source, target] = unit;
    if (target === undefined) {
      missing++;
      console.error(`${file}: no translation for "${source}"`);
      continue;
    }
    if (placeholders(source) !== placeholders(target)) {
      broken++;
      console.error(`${file} ${id}: placeholders differ from the source\n  source: ${source}\n  target: ${target}`);
    }
    for (const rule of rules) {
      if (rule.lang !== lang || (rule.source && !rule.source.test(words(source)))) continue;
      const found = words(target).match(rule.term);
      if (!found) continue;
      ruledOut++;
      console.error(
        `${file} ${id}: "${found[0]}" is ruled out (${rule.reason})\n  source: ${words(source)}\n  target: ${words(target)}`,
      );
    }
  }
}
const declared = files.reduce(
  (sum, f) => sum + (readFileSync(`locales/${f}`, 'utf8').match(/<trans-unit /g) ?? []).length,
  0,
);
if (units !== declared) {
  console.error(`read ${units} of ${declared} messages: the XLIFF layout is not what this check expects`);
  process.exit(1);
}
if (missing) console.error(`${missing} messages lack a translation`);
if (broken) console.error(`${broken} translations do not keep their placeholders`);
if (ruledOut) console.error(`${ruledOut} uses of a ruled-out term: see the glossary in ${GLOSSARY}`);
if (missing || broken || ruledOut) process.exit(1);
console.log(
  `every message is translated (${units} translations), keeps its placeholders and avoids the ${rules.length} ruled-out terms`,
);
