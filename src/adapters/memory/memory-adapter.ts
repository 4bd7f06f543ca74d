import type { AftercareAdapter, RecommendationQuery, RequestOptions } from '../../core/adapter.js';
import { AdapterError, type AdapterErrorCode } from '../../core/errors.js';
import { getLocale } from '../../core/localization.js';
import type * as Model from '../../core/schemas/index.js';
import type { DemoAccess } from './demo-access.js';
import type { DemoLine } from './demo-line.js';
import type { DemoStore } from './demo-store.js';

export { demoAccessToken } from './demo-token.js';

export type MemoryAdapterMethod = keyof AftercareAdapter;
export type InjectedFailure = AdapterErrorCode | 'malformed';

export interface MemoryAdapterOptions {
  /** Delay of every call in ms, or a [min, max] range; default 0. */
  latency?: number | [number, number];
  /** Make every method, or the named ones, fail with this code, or answer with a malformed payload. */
  fail?: InjectedFailure | Partial<Record<MemoryAdapterMethod, InjectedFailure>>;
  /** Only the first N calls of a failing method fail; default: all of them. */
  failTimes?: number;
  /** Every list comes back empty (no items, shipments, reviews or recommendations). */
  empty?: boolean;
  /** Optional methods this adapter should not have, to show a widget without them. */
  without?: ('subscribeToUpdates' | 'getUpdateSubscription' | 'getRecommendations')[];
  /** Language of the shop content; default: the active Aftercare language. */
  locale?: string;
  /** The demo's clock; every date in the demo data is relative to it. */
  now?: () => Date;
}

/** A payload that is wrong in a way a careless backend could send. */
const MALFORMED = { id: 42, items: 'not a list', status: 'shipped?' };

/**
 * An adapter on built-in demo data: nine orders across three shops (Thai,
 * Indonesian, Singaporean), every tracking status, returns, reviews, surveys
 * and loyalty. The data loads on the first call, so importing the class costs
 * a page almost nothing. Every result is a fresh copy: callers cannot change it.
 */
export class MemoryAdapter implements AftercareAdapter {
  /** Every call made, in order, for tests and stories that count requests. */
  readonly calls: { method: MemoryAdapterMethod; input: unknown; options?: RequestOptions }[] = [];
  private readonly failures = new Map<MemoryAdapterMethod, number>();
  private store?: Promise<DemoStore>;
  /** The proof this adapter has seen, as a backend checks it (demo-access.ts); set by run() before any answer. */
  private access!: DemoAccess;
  private accessLoaded?: Promise<void>;
  /** LINE subscriptions waiting for the shopper's one-time code; loaded with the first one. */
  private line?: DemoLine;

  constructor(private readonly options: MemoryAdapterOptions = {}) {
    for (const method of options.without ?? []) Object.defineProperty(this, method, { value: undefined });
  }

  /** The demo backend behind this adapter (to inspect what was written). */
  demoStore(): Promise<DemoStore> {
    this.store ??= import('./demo-store.js').then(
      ({ DemoStore }) => new DemoStore(this.options.now ?? (() => new Date()), { empty: this.options.empty ?? false }),
    );
    return this.store;
  }

  getOrder(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.Order> {
    return this.read('getOrder', ref, opts, (store, proven, locale) => store.getOrder(proven, locale));
  }
  getReturnOptions(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.ReturnOptions> {
    return this.read('getReturnOptions', ref, opts, (store, proven, locale) => store.getReturnOptions(proven, locale));
  }
  createReturn(request: Model.ReturnRequest, opts?: RequestOptions): Promise<Model.ReturnReceipt> {
    return this.write('createReturn', request, opts, (store, locale) => store.createReturn(request, locale));
  }
  getReturn(returnId: string, opts?: RequestOptions): Promise<Model.ReturnReceipt> {
    return this.run('getReturn', returnId, opts, async (store) => {
      await this.access.requireReturn(store, returnId);
      return store.getReturn(returnId);
    });
  }
  getReviewRequest(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.ReviewRequest> {
    return this.read('getReviewRequest', ref, opts, (store, proven, locale) => store.getReviewRequest(proven, locale));
  }
  submitReview(review: Model.ReviewSubmission, opts?: RequestOptions): Promise<Model.ReviewReceipt> {
    return this.write('submitReview', review, opts, (store, locale) => store.submitReview(review, locale));
  }
  submitNps(response: Model.NpsSubmission, opts?: RequestOptions): Promise<Model.NpsReceipt> {
    return this.run('submitNps', response, opts, async (store) => {
      // The order's token is the answer's proof, never part of the answer.
      const { token, ...answer } = response;
      if (answer.orderId) await this.access.prove(store, { orderId: answer.orderId, ...(token ? { token } : {}) });
      return store.once(opts?.idempotencyKey, answer, () => store.submitNps(answer));
    });
  }
  getLoyalty(ref: { customerId?: string }, opts?: RequestOptions): Promise<Model.LoyaltyAccount> {
    return this.run('getLoyalty', ref, opts, (store, locale) => store.getLoyalty(ref, locale));
  }
  /** LINE answers `pending` with a one-time code (see connectLine); other channels are active at once. */
  subscribeToUpdates(
    sub: Model.UpdateSubscription,
    opts?: RequestOptions,
  ): Promise<Model.UpdateSubscriptionReceipt | void> {
    return this.write('subscribeToUpdates', sub, opts, async (store) => {
      await store.subscribeToUpdates(sub);
      if (sub.channel !== 'line') return undefined;
      const { DemoLine } = await import('./demo-line.js');
      return (this.line ??= new DemoLine(this.options.now ?? (() => new Date()))).subscribe(sub.orderId);
    });
  }
  getUpdateSubscription(
    ref: { orderId: string; subscriptionId: string },
    opts?: RequestOptions,
  ): Promise<Model.UpdateSubscriptionReceipt> {
    return this.run('getUpdateSubscription', ref, opts, async (store) => {
      await this.access.prove(store, { orderId: ref.orderId });
      if (!this.line) throw new AdapterError('not_found', 'No such subscription');
      return this.line.receipt(ref.subscriptionId, ref.orderId);
    });
  }
  /** The demo's stand-in for the shopper sending the one-time code to the store's LINE account. */
  connectLine(code: string): boolean {
    return this.line?.connect(code) ?? false;
  }
  getRecommendations(ref: RecommendationQuery, opts?: RequestOptions): Promise<Model.Recommendation[]> {
    return this.run('getRecommendations', ref, opts, (store, locale) => store.getRecommendations(ref, locale));
  }

  /** A read about one order: its proof is checked first, as a backend does; the store then reads by the order alone. */
  private read<T>(
    method: MemoryAdapterMethod,
    ref: Model.OrderRef,
    opts: RequestOptions | undefined,
    answer: (store: DemoStore, proven: Model.OrderRef, locale: string) => Promise<T>,
  ): Promise<T> {
    return this.run(method, ref, opts, async (store, locale) =>
      answer(store, { orderId: await this.access.prove(store, ref) }, locale),
    );
  }

  /** A write about one order: the order must be proven through this adapter first; once per idempotency key. */
  private write<T>(
    method: MemoryAdapterMethod,
    input: { orderId: string },
    opts: RequestOptions | undefined,
    write: (store: DemoStore, locale: string) => Promise<T>,
  ): Promise<T> {
    return this.run(method, input, opts, async (store, locale) => {
      await this.access.prove(store, { orderId: input.orderId });
      return store.once(opts?.idempotencyKey, input, () => write(store, locale));
    });
  }

  private async run<T>(
    method: MemoryAdapterMethod,
    input: unknown,
    opts: RequestOptions | undefined,
    answer: (store: DemoStore, locale: string) => T | Promise<T>,
  ): Promise<T> {
    this.calls.push({ method, input: structuredClone(input), ...(opts ? { options: opts } : {}) });
    // The demo's data and access rules load on the first call, so a page that only imports the class pays almost nothing.
    this.accessLoaded ??= import('./demo-access.js').then(({ DemoAccess }) => void (this.access = new DemoAccess()));
    const [store] = await Promise.all([this.demoStore(), this.accessLoaded]);
    await this.wait(opts?.signal);
    const failure = this.injectedFailure(method);
    if (failure === 'malformed') return structuredClone(MALFORMED) as T;
    if (failure) throw new AdapterError(failure, `Injected ${failure} for ${method}`);
    return structuredClone(await answer(store, this.options.locale ?? getLocale()));
  }

  private injectedFailure(method: MemoryAdapterMethod): InjectedFailure | undefined {
    const { fail, failTimes } = this.options;
    const failure = typeof fail === 'string' ? fail : fail?.[method];
    if (!failure) return undefined;
    const count = (this.failures.get(method) ?? 0) + 1;
    this.failures.set(method, count);
    return failTimes === undefined || count <= failTimes ? failure : undefined;
  }

  private wait(signal: AbortSignal | undefined): Promise<void> {
    const { latency = 0 } = this.options;
    const ms = Array.isArray(latency) ? latency[0] + Math.random() * (latency[1] - latency[0]) : latency;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }
}
