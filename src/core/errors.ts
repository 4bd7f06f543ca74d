/** Every way an adapter call can fail, as the widgets understand it. */
export const ADAPTER_ERROR_CODES = [
  'not_found',
  'unauthorized',
  'invalid_request',
  'conflict',
  'rate_limited',
  'unavailable',
  'network',
  'timeout',
  'invalid_response',
] as const;

export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

export interface AdapterErrorOptions {
  status?: number;
  cause?: unknown;
  /** How many requests the adapter already made before giving up (its own retries included). */
  attempts?: number;
}

/** The one error type a widget receives from an adapter. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly status?: number;
  attempts?: number;

  constructor(code: AdapterErrorCode, message?: string, options: AdapterErrorOptions = {}) {
    super(message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.attempts !== undefined) this.attempts = options.attempts;
  }
}

/** Requests that often succeed when sent again, unchanged: the only ones retried without asking. */
const TRANSIENT: readonly AdapterErrorCode[] = ['network', 'timeout', 'unavailable', 'rate_limited'];

/**
 * Whether sending the same request again may succeed. A plain 500 is the
 * server's own bug, not a passing fault.
 */
export function isRetryable(error: Pick<AdapterError, 'code' | 'status'>): boolean {
  return TRANSIENT.includes(error.code) && error.status !== 500;
}

export function isAdapterErrorCode(value: unknown): value is AdapterErrorCode {
  return typeof value === 'string' && (ADAPTER_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Duck-typed so that an AdapterError thrown by another copy of the library
 * (or a hand-written adapter mimicking it) keeps its code.
 */
export function isAdapterError(error: unknown): error is AdapterError {
  return (
    error instanceof AdapterError ||
    (error instanceof Error && error.name === 'AdapterError' && isAdapterErrorCode((error as AdapterError).code))
  );
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Anything thrown that is not an AdapterError counts as `unavailable`. */
export function toAdapterError(error: unknown): AdapterError {
  if (isAdapterError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AdapterError('unavailable', message, { cause: error });
}
