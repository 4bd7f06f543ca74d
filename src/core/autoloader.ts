/** Each tag's define module, imported the first time the tag is on the page. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * The CDN bundle's way of registering elements: a page pays only for the tags
 * it uses. Watches the document, and the shadow root of every element it
 * loads (where the journey draws the other widgets), for tags not yet
 * defined, and imports each one's module once. Tags already in the page when
 * this runs are found at once; an element placed before its code arrives
 * upgrades when it does, as custom elements always do.
 */
export function autoload(loaders: ElementLoaders): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const selector = Object.keys(loaders).join(',');
  const requested = new Set<string>();
  const watched = new WeakSet<Node>();

  const load = (tag: string) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    loaders[tag]!().catch((error: unknown) => {
      requested.delete(tag); // The next time the tag appears may succeed.
      console.warn(`[aftercare] could not load <${tag}>`, error);
    });
  };

  const found = (element: Element) => {
    const tag = element.localName;
    load(tag);
    void customElements.whenDefined(tag).then(() => {
      const root = element.shadowRoot;
      if (root) watch(root);
    });
  };

  const scan = (root: ParentNode) => {
    if (root instanceof Element && root.matches(selector)) found(root);
    root.querySelectorAll(selector).forEach(found);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  function watch(root: Document | ShadowRoot) {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  }

  watch(document);
}
