import type { CSSResult, ReactiveElement } from 'lit';

/**
 * A module loaded the first time it is needed and remembered after: the
 * code for what only some shoppers see stays out of everyone's first download.
 */
export interface Lazy<M> {
  /** The module once loaded, synchronously. */
  readonly value: M | undefined;
  load(): Promise<M>;
}

export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let promise: Promise<M> | undefined;
  const state: { value: M | undefined; load(): Promise<M> } = {
    value: undefined,
    load() {
      promise ??= importer().then(
        (module) => (state.value = module),
        (error: unknown) => {
          promise = undefined; // A failed chunk load may succeed on the next try.
          throw error;
        },
      );
      return promise;
    },
  };
  return state;
}

/** A lazily loaded piece of a widget: its code and, beside it, the CSS it needs (`export const styles`). */
export interface PartModule {
  styles?: CSSResult | readonly CSSResult[];
}

export interface LazyPart<M extends PartModule> extends Lazy<M> {
  /**
   * The part for `host`, in one call: loaded, its styles adopted by the
   * host's shadow root. Until then undefined, and the host renders again
   * when it arrives (or `onError` hears why it did not).
   */
  in(host: ReactiveElement, onError?: (error: unknown) => void): M | undefined;
  /** The part for `host` if it is loaded already (styles adopted); never starts a load. */
  loaded(host: ReactiveElement): M | undefined;
  /** Loads the part and adopts its styles into `host`, for a part needed soon. */
  loadInto(host: ReactiveElement): Promise<M>;
}

export function lazyPart<M extends PartModule>(importer: () => Promise<M>): LazyPart<M> {
  const part = lazy(importer) as LazyPart<M>;
  part.loaded = (host) => {
    if (part.value) adoptStyles(host, part.value.styles);
    return part.value;
  };
  part.in = (host, onError) =>
    part.loaded(host) ??
    void part.load().then(
      () => host.requestUpdate(),
      (error: unknown) => onError?.(error),
    );
  part.loadInto = async (host) => {
    const module = await part.load();
    adoptStyles(host, module.styles);
    host.requestUpdate();
    return module;
  };
  return part;
}

/**
 * Adds a lazily loaded part's styles to an element's shadow root, so the CSS
 * travels with the code that needs it. Constructable stylesheets, which a
 * strict style-src allows.
 */
function adoptStyles(host: ReactiveElement, styles: PartModule['styles']): void {
  const root = host.renderRoot as ShadowRoot;
  for (const { styleSheet } of [styles ?? []].flat()) {
    if (styleSheet && !root.adoptedStyleSheets.includes(styleSheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
  }
}
