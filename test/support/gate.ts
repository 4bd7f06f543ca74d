import { nextFrame } from '@open-wc/testing';
import type { AftercareAdapter } from '../../src/core/adapter.js';

export interface Gate {
  /** The adapter to give the widget: `method` waits for `open()` before answering. */
  adapter: AftercareAdapter;
  /** How many times the widget asked. */
  readonly calls: number;
  /** Lets every waiting and later call through. */
  open(): void;
  /** Settles once the first answer has left the adapter. */
  answered: Promise<void>;
}

/**
 * An adapter whose `method` holds its answer until the test opens the gate, so a
 * test can look at a widget before the answer and again once it has arrived, never
 * guessing with a sleep.
 */
export function gate(inner: AftercareAdapter, method: keyof AftercareAdapter): Gate {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  let calls = 0;
  const original = inner[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
  const adapter = Object.create(inner) as AftercareAdapter;
  if (original) {
    Object.assign(adapter, {
      async [method](...args: unknown[]) {
        calls++;
        await opened;
        try {
          return await original.apply(inner, args);
        } finally {
          answer();
        }
      },
    });
  }
  return {
    adapter,
    get calls() {
      return calls;
    },
    open,
    answered,
  };
}

/** Once an answer has left the adapter: the widget has taken it in and drawn what it draws. */
export async function rendered(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await element.updateComplete;
  }
}
