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
