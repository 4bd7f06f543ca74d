import { useStrings } from './localization.js';
import { VERSION } from './version.js';

const VERSIONS = Symbol.for('aftercare.versions');
type VersionHost = { [VERSIONS]?: Map<string, string> };
const warned = new Set<string>();

/**
 * Registers a tag unless the page already has it. A second copy of the
 * library (a theme and an app both bundling it) must not throw; when the two
 * copies differ in version, say so once, since the first one wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const versions = ((globalThis as VersionHost)[VERSIONS] ??= new Map());
  const existing = customElements.get(tag);
  if (!existing) {
    // Its strings first, so that the language loading as it upgrades brings them along.
    useStrings(tag.replace(/^ac-/, ''));
    customElements.define(tag, element);
    versions.set(tag, VERSION);
    return;
  }
  const registered = versions.get(tag);
  if (existing !== element && registered !== VERSION && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`[aftercare] <${tag}> comes from ${registered ?? 'another script'}, not ${VERSION}`);
  }
}
