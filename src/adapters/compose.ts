import { type AftercareAdapter, OPTIONAL_ADAPTER_METHODS } from '../core/adapter.js';
import { AdapterError } from '../core/errors.js';

type Method = keyof AftercareAdapter;

/** Every adapter method; the first four are what the tracker and the return wizard cannot do without. */
const REQUIRED: readonly Method[] = ['getOrder', 'getReturnOptions', 'createReturn', 'getReturn'];
const OPTIONAL = OPTIONAL_ADAPTER_METHODS;

/** Any part of an adapter: a platform's orders, a tracking service, a loyalty programme. */
export type AdapterPart = Partial<AftercareAdapter>;

/**
 * One adapter from partial ones: each method comes from the first part that
 * has it. An optional method no part has stays absent, so its widget renders
 * nothing; a required one answers `unavailable`.
 */
export function composeAdapters(...parts: AdapterPart[]): AftercareAdapter {
  const composed: Record<string, unknown> = {};
  for (const method of [...REQUIRED, ...OPTIONAL]) {
    const owner = parts.find((part) => typeof part[method] === 'function');
    if (owner) {
      composed[method] = (owner[method] as (...args: unknown[]) => unknown).bind(owner);
    } else if (REQUIRED.includes(method)) {
      composed[method] = () => Promise.reject(new AdapterError('unavailable', `No adapter part has ${method}()`));
    }
  }
  return composed as unknown as AftercareAdapter;
}
