// README, "Size", "Speed" and "Hardening": every claim names what proves it.
// Each paragraph and each bullet of those sections names at least one test,
// benchmark or script (a path in backticks), and every path named exists, so
// a claim cannot outlive the test that proved it, nor be added without one.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const README = readFileSync('README.md', 'utf8');
const SECTIONS = ['Size', 'Speed', 'Hardening'];
/** A path of the repository, as the README names it: test/hardening/keyboard-only.test.ts, bench/render.mjs. */
const PATH = /(?<![\w/.-])((?:test|bench|scripts|stories|server|src)\/[\w./-]*|[\w.-]+\.config\.[mc]?[jt]s)/g;

/** The section's claims: its paragraphs and bullets, tables left out (their rows sit under a claim). */
function claims(section: string): string[] {
  const start = README.indexOf(`### ${section}\n`);
  assert.notEqual(start, -1, `README has a "${section}" section`);
  const rest = README.slice(start + section.length + 5);
  const body = rest.slice(0, rest.search(/^#{2,3} /m) === -1 ? undefined : rest.search(/^#{2,3} /m));
  return body
    .split(/\n\s*\n|\n(?=- )/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('|'));
}

describe('README claims name their proof', () => {
  for (const section of SECTIONS) {
    it(`${section}: every paragraph and bullet names an existing test, benchmark or script`, () => {
      const found = claims(section);
      assert.ok(found.length > 0);
      for (const claim of found) {
        const paths = [...claim.matchAll(PATH)].map((match) => match[1]!);
        assert.ok(paths.length > 0, `no test named for: ${claim.slice(0, 120)}`);
        for (const path of paths) assert.ok(existsSync(path), `${path} (named in "${section}") does not exist`);
      }
    });
  }
});

describe('README figures that the repository itself gives', () => {
  it('the axe run names as many stories as stories/ exports, and six checks for each', () => {
    const claim = README.match(/axe runs on (\d+) stories × en, th, id × light, dark \((\d+) checks\)/);
    assert.ok(claim, 'README says how many stories axe checks');
    // Component Story Format: each named export of a *.stories.ts file is one story.
    const stories = readdirSync('stories')
      .filter((name) => name.endsWith('.stories.ts'))
      .reduce(
        (sum, name) => sum + (readFileSync(`stories/${name}`, 'utf8').match(/^export const [A-Z]\w*/gm)?.length ?? 0),
        0,
      );
    assert.equal(Number(claim[1]), stories, `README counts ${claim[1]} stories, stories/ exports ${stories}`);
    assert.equal(Number(claim[2]), stories * 6, 'three languages × two colour schemes per story');
  });
});
