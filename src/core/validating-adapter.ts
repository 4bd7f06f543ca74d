import { type AftercareAdapter, OPTIONAL_ADAPTER_METHODS, type RequestOptions } from './adapter.js';
import { AdapterError, isAbortError, toAdapterError } from './errors.js';
import { type Dropped, type JsonSchema, validate } from './json-validator.js';
import { sharedRead } from './shared-reads.js';

export interface MethodContract {
  readonly input: JsonSchema;
  readonly output: JsonSchema;
}

/**
 * The methods an element uses, with their schemas from src/generated/contract/.
 * Each element names only its own, so its bundle carries only the schemas it
 * needs; a schema given as a loader is fetched with the first call.
 */
export type AdapterContract = Partial<Record<keyof AftercareAdapter, MethodContract | (() => Promise<MethodContract>)>>;

/** What an element may pass: the adapter's options, plus `fresh` to skip a recently shared read. */
export interface ReadOptions extends RequestOptions {
  fresh?: boolean;
}

/** Told what a response lost to leniency (already on the console), say for the analytics `error` event. */
export type DropReporter = (method: string, dropped: Dropped[]) => void;

const OPTIONAL_METHODS = new Set(OPTIONAL_ADAPTER_METHODS);

async function call(
  adapter: AftercareAdapter,
  method: keyof AftercareAdapter,
  entry: MethodContract | (() => Promise<MethodContract>),
  input: unknown,
  opts: ReadOptions | undefined,
  report: DropReporter | undefined,
): Promise<unknown> {
  let contract: MethodContract;
  try {
    contract = typeof entry === 'function' ? await entry() : entry;
  } catch (error) {
    throw new AdapterError('network', `Could not load the ${method} schema`, { cause: error });
  }
  const request = validate(contract.input, input);
  if (!request.ok) throw new AdapterError('invalid_request', `${method}: ${request.path} ${request.message}`);
  const fn = adapter[method] as ((arg: unknown, o?: RequestOptions) => Promise<unknown>) | undefined;
  if (typeof fn !== 'function') throw new AdapterError('unavailable', `The adapter has no ${method}()`);

  const { signal, fresh, ...rest } = opts ?? {};
  const { value, dropped } = (await sharedRead(
    adapter,
    method,
    request.value,
    { ...(signal ? { signal } : {}), ...(fresh ? { fresh } : {}) },
    async (shared) => {
      let raw: unknown;
      try {
        // Synchronous throws from a hand-written adapter are failures like any other.
        raw = await fn.call(adapter, request.value, { ...rest, signal: shared });
      } catch (error) {
        if (shared.aborted || isAbortError(error)) throw error;
        throw toAdapterError(error);
      }
      const dropped: Dropped[] = [];
      const response = validate(contract.output, raw, dropped);
      if (!response.ok) throw new AdapterError('invalid_response', `${method}: ${response.path} ${response.message}`);
      for (const drop of dropped)
        console.warn(`[aftercare] invalid_response ${method}: left out ${drop.path}`, drop.message);
      return { value: response.value, dropped };
    },
  )) as { value: unknown; dropped: Dropped[] };
  if (dropped.length) report?.(method, dropped);
  return value;
}

const wrapped = new WeakMap<AftercareAdapter, WeakMap<object, AftercareAdapter>>();

/**
 * The adapter as an element sees it: requests checked before they leave,
 * every result checked against the contract and copied (declared fields
 * only), every failure an AdapterError. An optional method stays absent when
 * the adapter lacks it, so the element can tell the feature is unsupported; a
 * missing required one fails as `unavailable`. A response's list entry or
 * optional field that fails is left out (DESIGN §5.2), logged, and told to
 * `report`, which identifies the wrapper (one per element) when given.
 */
export function validatingAdapter(
  adapter: AftercareAdapter,
  contract: AdapterContract,
  report?: DropReporter,
): AftercareAdapter {
  let byContract = wrapped.get(adapter);
  if (!byContract) wrapped.set(adapter, (byContract = new WeakMap()));
  const key = report ?? contract;
  const existing = byContract.get(key);
  if (existing) return existing;
  const result: Partial<Record<keyof AftercareAdapter, unknown>> = {};
  type Entry = [keyof AftercareAdapter, MethodContract | (() => Promise<MethodContract>)];
  for (const [method, methodContract] of Object.entries(contract) as Entry[]) {
    if (OPTIONAL_METHODS.has(method) && typeof adapter[method] !== 'function') continue;
    result[method] = (input: unknown, opts?: ReadOptions) => call(adapter, method, methodContract, input, opts, report);
  }
  const validated = result as unknown as AftercareAdapter;
  byContract.set(key, validated);
  return validated;
}
