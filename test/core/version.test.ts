import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

describe('VERSION', () => {
  it('matches package.json, so the duplicate-copy warning names the right version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
