import type { AftercareAdapter, RecommendationQuery, RequestOptions } from '../../core/adapter.js';
import {
  AdapterError,
  type AdapterErrorCode,
  isAbortError,
  isAdapterErrorCode,
  isRetryable,
} from '../../core/errors.js';
import { getLocale } from '../../core/localization.js';
import { OrderAccess } from './order-access.js';
import type * as Model from '../../core/schemas/index.js';

export interface RestAdapterOptions {
  /** Base URL of the REST contract, e.g. "https://shop.example/api/aftercare". */
  baseUrl: string;
  /** Extra headers on every request, e.g. a customer token. */
  headers?: Record<string, string> | (() => Record<string, string>);
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
  /** Per request; default 15 s. */
  timeoutMs?: number;
  /** Retries for reads and idempotent writes; default 2. */
  retries?: number;
}

const STATUS_CODES: Record<number, AdapterErrorCode> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'unauthorized',
  404: 'not_found',
  409: 'conflict',
  410: 'not_found',
  413: 'invalid_request',
  422: 'invalid_request',
  429: 'rate_limited',
};

function codeForStatus(status: number): AdapterErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'unavailable' : 'invalid_request');
}

/**
 * The HTTP side of RestAdapter (rest-adapter.ts), loaded when one is created:
 * talks to a backend that implements the REST contract (docs/openapi.json).
 * Results are validated by the widgets' validating layer, as for any adapter.
 */
export class RestClient implements AftercareAdapter {
  private readonly options: Required<Pick<RestAdapterOptions, 'timeoutMs' | 'retries'>> & RestAdapterOptions;

  private readonly access: OrderAccess;

  constructor(options: RestAdapterOptions) {
    this.options = { timeoutMs: 15_000, retries: 2, ...options };
    this.access = new OrderAccess(`aftercare:order-access:${options.baseUrl}`);
  }

  getOrder(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.Order> {
    return this.forOrder(ref, opts, (auth) => this.get(`/orders/${encodeURIComponent(ref.orderId)}`, {}, opts, auth));
  }
  getReturnOptions(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.ReturnOptions> {
    return this.forOrder(ref, opts, (auth) =>
      this.get(`/orders/${encodeURIComponent(ref.orderId)}/return-options`, {}, opts, auth),
    );
  }
  async createReturn(request: Model.ReturnRequest, opts?: RequestOptions): Promise<Model.ReturnReceipt> {
    const receipt = await this.forOrder({ orderId: request.orderId }, opts, (auth) =>
      this.post<Model.ReturnReceipt>('/returns', request, opts, auth),
    );
    this.access.rememberReturn(receipt.id, receipt.orderId);
    return receipt;
  }
  getReturn(returnId: string, opts?: RequestOptions): Promise<Model.ReturnReceipt> {
    const orderId = this.access.orderOfReturn(returnId);
    const read = (auth?: Record<string, string>) =>
      this.get<Model.ReturnReceipt>(`/returns/${encodeURIComponent(returnId)}`, {}, opts, auth);
    return orderId ? this.forOrder({ orderId }, opts, read) : read();
  }
  getReviewRequest(ref: Model.OrderRef, opts?: RequestOptions): Promise<Model.ReviewRequest> {
    return this.forOrder(ref, opts, (auth) =>
      this.get(`/orders/${encodeURIComponent(ref.orderId)}/review-request`, {}, opts, auth),
    );
  }
  submitReview(review: Model.ReviewSubmission, opts?: RequestOptions): Promise<Model.ReviewReceipt> {
    return this.forOrder({ orderId: review.orderId }, opts, (auth) => this.post('/reviews', review, opts, auth));
  }
  submitNps(response: Model.NpsSubmission, opts?: RequestOptions): Promise<Model.NpsReceipt> {
    // The order's token is the answer's proof (a bearer), never part of the answer.
    const { token, ...answer } = response;
    const send = (auth?: Record<string, string>) => this.post<Model.NpsReceipt>('/nps-responses', answer, opts, auth);
    return answer.orderId
      ? this.forOrder({ orderId: answer.orderId, ...(token ? { token } : {}) }, opts, send)
      : send();
  }
  getLoyalty(ref: { customerId?: string }, opts?: RequestOptions): Promise<Model.LoyaltyAccount> {
    return this.get(`/loyalty/${ref.customerId ? encodeURIComponent(ref.customerId) : 'me'}`, {}, opts);
  }
  /** 201 with a receipt (LINE: pending, with its code) or 204 with nothing. */
  async subscribeToUpdates(
    sub: Model.UpdateSubscription,
    opts?: RequestOptions,
  ): Promise<Model.UpdateSubscriptionReceipt | void> {
    return this.forOrder({ orderId: sub.orderId }, opts, (auth) =>
      this.post<Model.UpdateSubscriptionReceipt | undefined>('/update-subscriptions', sub, opts, auth),
    );
  }
  getUpdateSubscription(
    ref: { orderId: string; subscriptionId: string },
    opts?: RequestOptions,
  ): Promise<Model.UpdateSubscriptionReceipt> {
    const path = `/orders/${encodeURIComponent(ref.orderId)}/update-subscriptions/${encodeURIComponent(ref.subscriptionId)}`;
    return this.forOrder({ orderId: ref.orderId }, opts, (auth) => this.get(path, {}, opts, auth));
  }
  getRecommendations(ref: RecommendationQuery, opts?: RequestOptions): Promise<Model.Recommendation[]> {
    const query: Record<string, string | undefined> = {
      placement: ref.placement,
      orderId: ref.orderId,
      customerId: ref.customerId,
    };
    return this.get('/recommendations', query, opts);
  }

  /**
   * A call about one order, with its proof: the ref's own token, one kept
   * from before, or one the adapter gets now with the email or phone
   * (POST /order-access). A kept token the backend refuses is dropped and,
   * with the contact at hand, earned once more; else the call is `unauthorized`.
   */
  private async forOrder<T>(
    ref: Model.OrderRef,
    opts: RequestOptions | undefined,
    call: (auth: Record<string, string>) => Promise<T>,
  ): Promise<T> {
    const bearer = (token: string | undefined): Record<string, string> =>
      token ? { Authorization: `Bearer ${token}` } : {};
    const token = ref.token ?? this.access.token(ref.orderId) ?? (await this.prove(ref, opts));
    try {
      const result = await call(bearer(token));
      // A token from a signed link, once accepted, proves the order for later writes too (their input names only the order).
      if (ref.token && ref.token !== this.access.token(ref.orderId)) this.access.keep(ref.orderId, ref.token);
      return result;
    } catch (error) {
      if (!(error instanceof AdapterError) || error.code !== 'unauthorized' || !token || ref.token) throw error;
      this.access.drop(ref.orderId);
      const fresh = await this.prove(ref, opts);
      if (!fresh) throw error;
      return call(bearer(fresh));
    }
  }

  /** Proves the order with the email or phone the shopper typed; undefined without either. */
  private async prove(ref: Model.OrderRef, opts: RequestOptions | undefined): Promise<string | undefined> {
    if (!ref.email && !ref.phone) return undefined;
    const proof = { orderId: ref.orderId, ...(ref.email ? { email: ref.email } : { phone: ref.phone }) };
    const { token } = await this.post<{ token: string }>('/order-access', proof, {
      ...(opts?.signal ? { signal: opts.signal } : {}),
    });
    this.access.keep(ref.orderId, token);
    return token;
  }

  private url(path: string): URL {
    return new URL(this.options.baseUrl.replace(/\/?$/, '/') + path.replace(/^\//, ''), globalThis.location?.href);
  }

  private get<T>(
    path: string,
    query: Record<string, string | undefined>,
    opts?: RequestOptions,
    auth: Record<string, string> = {},
  ): Promise<T> {
    const url = this.url(path);
    for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
    return this.send<T>(url, { method: 'GET', headers: auth }, true, opts);
  }

  private post<T>(path: string, body: unknown, opts?: RequestOptions, auth: Record<string, string> = {}): Promise<T> {
    const url = this.url(path);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...auth };
    if (opts?.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
    // A write may be retried only when the key makes the retry harmless.
    return this.send<T>(
      url,
      { method: 'POST', body: JSON.stringify(body), headers },
      Boolean(opts?.idempotencyKey),
      opts,
    );
  }

  private async send<T>(url: URL, init: RequestInit, retryable: boolean, opts?: RequestOptions): Promise<T> {
    const attempts = retryable ? this.options.retries + 1 : 1;
    let lastError: AdapterError | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await backoff(attempt, lastError, opts?.signal);
      try {
        return await this.once<T>(url, init, opts?.signal);
      } catch (error) {
        if (opts?.signal?.aborted || !(error instanceof AdapterError)) throw error;
        error.attempts = attempt + 1;
        lastError = error;
        if (!isRetryable(error)) throw error;
      }
    }
    throw lastError ?? new AdapterError('unavailable');
  }

  private async once<T>(url: URL, init: RequestInit, signal?: AbortSignal): Promise<T> {
    // The request's own controller, held by its timer and by a listener on the caller's signal. Not
    // AbortSignal.any([signal, AbortSignal.timeout()]): WebKit keeps such a signal alive only while it has abort
    // listeners, and fetch follows a signal with an abort algorithm, so after a garbage collection the timeout
    // fired into nothing and a request whose answer hangs hung on (Safari on every iPhone).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`No answer in ${this.options.timeoutMs} ms`, 'TimeoutError'));
    }, this.options.timeoutMs);
    const forward = () => controller.abort(signal?.reason);
    if (signal?.aborted) forward();
    else signal?.addEventListener('abort', forward, { once: true });
    try {
      return await this.exchange<T>(url, init, controller.signal, signal, () => timedOut);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  }

  /** One request and its answer's body, under `combined` (the caller's signal or the timeout). */
  private async exchange<T>(
    url: URL,
    init: RequestInit,
    combined: AbortSignal,
    signal: AbortSignal | undefined,
    timedOut: () => boolean,
  ): Promise<T> {
    const extra = typeof this.options.headers === 'function' ? this.options.headers() : this.options.headers;
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(url, {
        ...init,
        headers: {
          Accept: 'application/json, application/problem+json',
          // The shop may answer in the shopper's language (product titles, carrier scans).
          'Accept-Language': getLocale(),
          ...extra,
          ...(init.headers as Record<string, string>),
        },
        credentials: this.options.credentials ?? 'same-origin',
        signal: combined,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut())
        throw new AdapterError('timeout', `No answer from ${url.pathname} in ${this.options.timeoutMs} ms`);
      if (isAbortError(error)) throw error;
      throw new AdapterError('network', error instanceof Error ? error.message : String(error), { cause: error });
    }
    if (!response.ok) throw await problemError(response);
    if (response.status === 204) return undefined as T;
    if (!/json/i.test(response.headers.get('Content-Type') ?? '')) {
      throw new AdapterError('invalid_response', `Expected JSON, got ${response.headers.get('Content-Type')}`, {
        status: response.status,
      });
    }
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new AdapterError('invalid_response', 'The response is not JSON', { status: response.status, cause: error });
    }
  }
}

/** Maps an RFC 9457 problem (or a bare status) to an AdapterError. */
async function problemError(response: Response): Promise<AdapterError> {
  let problem: { code?: unknown; title?: unknown; detail?: unknown } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // Not a problem document: the status alone decides.
  }
  const code = isAdapterErrorCode(problem.code) ? problem.code : codeForStatus(response.status);
  const message =
    typeof problem.detail === 'string'
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : response.statusText;
  const error = new AdapterError(code, message || code, { status: response.status });
  const retryAfter = Number(response.headers.get('Retry-After'));
  if (Number.isFinite(retryAfter) && retryAfter > 0)
    (error as AdapterError & { retryAfterMs?: number }).retryAfterMs = retryAfter * 1000;
  return error;
}

/** Exponential backoff with full jitter; honours Retry-After; ends early on abort. */
function backoff(attempt: number, error: AdapterError | undefined, signal?: AbortSignal): Promise<void> {
  const hinted = (error as (AdapterError & { retryAfterMs?: number }) | undefined)?.retryAfterMs;
  const delay = hinted ?? Math.random() * Math.min(4000, 250 * 2 ** attempt);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, delay);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
