import * as z from 'zod/mini';
import type { AftercareAdapter, RequestOptions } from './adapter.js';
import { AdapterError, isAbortError, toAdapterError } from './errors.js';
import {
  loyaltyAccountSchema,
  nonEmptyString,
  npsReceiptSchema,
  npsSubmissionSchema,
  orderRefSchema,
  orderSchema,
  RECOMMENDATION_PLACEMENTS,
  recommendationListSchema,
  returnOptionsSchema,
  returnReceiptSchema,
  returnRequestSchema,
  reviewReceiptSchema,
  reviewRequestSchema,
  reviewSubmissionSchema,
  updateSubscriptionSchema,
} from './schemas/index.js';

type Schema = z.ZodMiniType;

/** What each adapter method takes and must give back. */
const CONTRACT: Record<keyof AftercareAdapter, { input: Schema; output: Schema }> = {
  getOrder: { input: orderRefSchema, output: orderSchema },
  getReturnOptions: { input: orderRefSchema, output: returnOptionsSchema },
  createReturn: { input: returnRequestSchema, output: returnReceiptSchema },
  getReturn: { input: nonEmptyString, output: returnReceiptSchema },
  getReviewRequest: { input: orderRefSchema, output: reviewRequestSchema },
  submitReview: { input: reviewSubmissionSchema, output: reviewReceiptSchema },
  submitNps: { input: npsSubmissionSchema, output: npsReceiptSchema },
  getLoyalty: { input: z.object({ customerId: z.optional(z.string()) }), output: loyaltyAccountSchema },
  subscribeToUpdates: { input: updateSubscriptionSchema, output: z.unknown() },
  getRecommendations: {
    input: z.object({
      orderId: z.optional(z.string()),
      customerId: z.optional(z.string()),
      placement: z.enum(RECOMMENDATION_PLACEMENTS),
    }),
    output: recommendationListSchema,
  },
};

export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Rejects as soon as the signal aborts, even when the adapter ignores it. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function call(
  adapter: AftercareAdapter,
  method: keyof AftercareAdapter,
  input: unknown,
  opts: RequestOptions | undefined,
): Promise<unknown> {
  const { input: inputSchema, output: outputSchema } = CONTRACT[method];
  const request = inputSchema.safeParse(input);
  if (!request.success) {
    throw new AdapterError('invalid_request', `${method}: ${describeIssues(request.error)}`);
  }
  const fn = adapter[method] as ((arg: unknown, o?: RequestOptions) => Promise<unknown>) | undefined;
  if (typeof fn !== 'function') throw new AdapterError('unavailable', `The adapter has no ${method}()`);

  let raw: unknown;
  try {
    // Synchronous throws from a hand-written adapter are failures like any other.
    raw = await abortable(
      Promise.resolve().then(() => fn.call(adapter, request.data, opts)),
      opts?.signal,
    );
  } catch (error) {
    if (opts?.signal?.aborted || isAbortError(error)) throw error;
    throw toAdapterError(error);
  }
  const response = outputSchema.safeParse(raw);
  if (!response.success) {
    throw new AdapterError('invalid_response', `${method}: ${describeIssues(response.error)}`);
  }
  return response.data;
}

const OPTIONAL_METHODS = new Set<keyof AftercareAdapter>(['subscribeToUpdates', 'getRecommendations']);

const wrapped = new WeakMap<AftercareAdapter, AftercareAdapter>();

/**
 * The adapter as widgets see it: requests checked before they leave, every
 * result parsed by the shared schemas, every failure an AdapterError.
 * Optional methods stay absent when the adapter lacks them, so widgets can
 * tell a feature is unsupported; a missing required one fails as `unavailable`.
 */
export function validatingAdapter(adapter: AftercareAdapter): AftercareAdapter {
  const existing = wrapped.get(adapter);
  if (existing) return existing;
  const result: Partial<Record<keyof AftercareAdapter, unknown>> = {};
  for (const method of Object.keys(CONTRACT) as (keyof AftercareAdapter)[]) {
    if (OPTIONAL_METHODS.has(method) && typeof adapter[method] !== 'function') continue;
    result[method] = (input: unknown, opts?: RequestOptions) => call(adapter, method, input, opts);
  }
  const validated = result as unknown as AftercareAdapter;
  wrapped.set(adapter, validated);
  return validated;
}
