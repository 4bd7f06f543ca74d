import type { Context } from 'hono';
import { type AdapterErrorCode, isAdapterError } from '../src/core/errors.js';

const STATUS: Record<AdapterErrorCode, number> = {
  not_found: 404,
  unauthorized: 401,
  invalid_request: 422,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
  network: 503,
  timeout: 504,
  invalid_response: 502,
};

const TITLES: Record<AdapterErrorCode, string> = {
  not_found: 'Not found',
  unauthorized: 'Sign-in required',
  invalid_request: 'The request is not valid',
  conflict: 'Conflict',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
  network: 'Network error',
  timeout: 'Timed out',
  invalid_response: 'Bad response upstream',
};

/**
 * An RFC 9457 problem document; `code` is the adapter error code the RestAdapter maps back. `status` is the
 * code's own unless HTTP has a more precise one (413 for a body over the limit).
 */
export function problem(
  c: Context,
  code: AdapterErrorCode,
  detail?: string,
  extra: Record<string, unknown> = {},
  status = STATUS[code],
) {
  return c.body(
    JSON.stringify({
      type: `https://aftercare.dev/problems/${code}`,
      title: TITLES[code],
      status,
      code,
      detail,
      ...extra,
    }),
    status as 400,
    { 'Content-Type': 'application/problem+json' },
  );
}

/** Turns anything a handler threw into a problem; unknown failures become 500 without internals. */
export function problemFor(c: Context, error: unknown) {
  if (isAdapterError(error)) return problem(c, error.code, error.message);
  return c.body(
    JSON.stringify({ type: 'about:blank', title: 'Internal error', status: 500, code: 'unavailable' }),
    500,
    { 'Content-Type': 'application/problem+json' },
  );
}
