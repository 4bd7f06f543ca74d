import { AftercareElement } from '../../src/core/base-element.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';

export interface CallRecord {
  calls: number;
  inFlight: number;
  most: number;
}

/**
 * Counts a widget's own requests to `method`, as the widget makes them: before
 * identical reads are merged into one (src/core/shared-reads.ts), which would
 * hide two overlapping requests from the adapter behind it.
 */
export function watchWidgetCalls(element: Element, method: keyof AftercareAdapter): CallRecord {
  const resolved = Object.getOwnPropertyDescriptor(AftercareElement.prototype, 'resolvedAdapter')!.get!;
  const record: CallRecord = { calls: 0, inFlight: 0, most: 0 };
  // One wrapper per adapter: a new object on every read would look like a new adapter and reload the widget.
  const wrappers = new WeakMap<AftercareAdapter, AftercareAdapter>();
  Object.defineProperty(element, 'resolvedAdapter', {
    configurable: true,
    get(this: AftercareElement) {
      const adapter = resolved.call(this) as AftercareAdapter | undefined;
      const original = adapter?.[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      if (!adapter || !original) return adapter;
      if (wrappers.has(adapter)) return wrappers.get(adapter);
      const wrapper = Object.assign(Object.create(adapter) as AftercareAdapter, {
        async [method](...args: unknown[]) {
          record.calls++;
          record.most = Math.max(record.most, ++record.inFlight);
          try {
            return await original.apply(adapter, args);
          } finally {
            record.inFlight--;
          }
        },
      });
      wrappers.set(adapter, wrapper);
      return wrapper;
    },
  });
  return record;
}
