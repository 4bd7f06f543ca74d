import { expect, waitFor } from 'storybook/test';
import { composeAdapters } from '../../src/adapters/compose.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';

/**
 * A store with orders and returns only: no review platform, survey or loyalty
 * programme (DESIGN §5.2: those adapter methods are optional). The "method
 * missing" stories show what the widgets do then: render nothing, and the
 * journey leaves them out.
 */
export function ordersOnlyAdapter(): AftercareAdapter {
  const memory = new MemoryAdapter();
  return composeAdapters({
    getOrder: (ref, opts) => memory.getOrder(ref, opts),
    getReturnOptions: (ref, opts) => memory.getReturnOptions(ref, opts),
    createReturn: (request, opts) => memory.createReturn(request, opts),
    getReturn: (id, opts) => memory.getReturn(id, opts),
  });
}

/** The widget rendered nothing: no box, skeleton or error, and stays so. */
export async function rendersNothing(element: Element | null) {
  await waitFor(() => expect(element?.shadowRoot).toBeTruthy());
  await new Promise((resolve) => setTimeout(resolve, 200));
  await expect(element!.shadowRoot!.children).toHaveLength(0);
}
