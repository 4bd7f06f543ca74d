import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

describe('defineElement', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a tag once and ignores the same definition again', () => {
    class First extends LitElement {}
    defineElement('ac-test-once', First);
    defineElement('ac-test-once', First);
    expect(customElements.get('ac-test-once')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('lets a second copy of the same version load without a throw or a warning', () => {
    class Original extends LitElement {}
    class Copy extends LitElement {}
    defineElement('ac-test-copy', Original);
    expect(() => defineElement('ac-test-copy', Copy)).to.not.throw();
    expect(customElements.get('ac-test-copy')).to.equal(Original);
    expect(warnings).to.have.length(0);
  });

  it('warns once when another version, or another script, owns the tag', () => {
    customElements.define('ac-test-foreign', class extends HTMLElement {});
    class Ours extends LitElement {}
    defineElement('ac-test-foreign', Ours);
    defineElement('ac-test-foreign', Ours);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<ac-test-foreign>').and.contain(VERSION);
  });
});
