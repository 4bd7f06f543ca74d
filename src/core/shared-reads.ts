import type { AftercareAdapter } from './adapter.js';
import { getLocale } from './localization.js';

/**
 * Identical reads made at about the same time (a journey and the widgets
 * inside it asking for the same order) share one request. A settled result is
 * reused for a few seconds; errors are never reused, and any write clears the
 * adapter's reads, so nothing stale outlives a change.
 */
const READS = new Set<keyof AftercareAdapter>([
  'getOrder',
  'getReturnOptions',
  'getReturn',
  'getReviewRequest',
  'getLoyalty',
  'getRecommendations',
]);
const REUSE_MS = 3000;

interface SharedRead {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  /** Until when a settled result is reused; pending reads never expire. */
  expires: number;
}

const reads = new WeakMap<AftercareAdapter, Map<string, SharedRead>>();

/**
 * Waits for a request on behalf of one caller, who is let go the moment their
 * signal aborts, even if the adapter ignores signals; the request itself is
 * aborted when every caller has gone.
 */
function join(
  entries: Map<string, SharedRead>,
  key: string,
  entry: SharedRead,
  signal?: AbortSignal,
): Promise<unknown> {
  entry.waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      entry.waiting--;
      if (entry.waiting === 0 && entry.expires === Infinity) {
        entry.controller.abort(signal?.reason);
        entries.delete(key);
      }
      reject(signal?.reason);
    };
    if (signal?.aborted) return leave();
    signal?.addEventListener('abort', leave, { once: true });
    entry.promise
      .then(
        // Every caller gets its own copy: one widget can never change another's data.
        (value) => resolve(structuredClone(value)),
        reject,
      )
      .finally(() => signal?.removeEventListener('abort', leave));
  });
}

/**
 * Runs `fetch` once for identical concurrent reads of `method` with `input`.
 * `fresh` skips a settled result (a poll wants news); writes run as they are.
 */
export function sharedRead(
  adapter: AftercareAdapter,
  method: keyof AftercareAdapter,
  input: unknown,
  options: { signal?: AbortSignal; fresh?: boolean },
  fetch: (signal: AbortSignal) => Promise<unknown>,
): Promise<unknown> {
  let entries = reads.get(adapter);
  if (!entries) reads.set(adapter, (entries = new Map()));
  // The language is part of the key: a shop may answer in the shopper's language.
  const key = `${method} ${getLocale()} ${JSON.stringify(input)}`;
  if (!READS.has(method)) {
    // A write: never shared, and it makes every read of this adapter stale.
    entries.clear();
    return join(new Map(), key, start(new Map(), key, fetch), options.signal);
  }
  let entry = entries.get(key);
  if (entry && entry.expires !== Infinity && (options.fresh || entry.expires < Date.now())) {
    entries.delete(key);
    entry = undefined;
  }
  entry ??= start(entries, key, fetch);
  return join(entries, key, entry, options.signal);
}

function start(entries: Map<string, SharedRead>, key: string, fetch: (signal: AbortSignal) => Promise<unknown>) {
  const controller = new AbortController();
  const created: SharedRead = { controller, waiting: 0, expires: Infinity, promise: Promise.resolve() };
  created.promise = fetch(controller.signal).then(
    (value) => {
      created.expires = Date.now() + REUSE_MS;
      return value;
    },
    (error: unknown) => {
      if (entries.get(key) === created) entries.delete(key);
      throw error;
    },
  );
  created.promise.catch(() => undefined); // Handled by every joiner; no unhandled rejection when all left.
  entries.set(key, created);
  return created;
}
