import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Order } from '../../src/core/schemas/index.js';
import { OrderTracker, Provider } from '../../src/react.js';

// React ships CommonJS, so these run under Vitest (Vite converts it), in Chromium.
describe('React wrappers (aftercare/react)', () => {
  it('pass properties as properties and events as callbacks', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const loaded: Order[] = [];
    const root = createRoot(container);
    root.render(
      createElement(
        Provider,
        { adapter: new MemoryAdapter(), theme: 'dark' },
        createElement(OrderTracker, {
          order: 'BK-1004',
          email: 'somchai@example.com',
          onOrderLoaded: (event: CustomEvent<Order>) => loaded.push(event.detail),
        }),
      ),
    );
    await vi.waitFor(() => expect(loaded).toHaveLength(1), { timeout: 50_000 });
    expect(loaded[0]!.id).toBe('BK-1004');
    expect(container.querySelector('ac-order-tracker')!.getAttribute('order')).toBe('BK-1004');
    expect(container.querySelector('ac-provider')!.getAttribute('theme')).toBe('dark');
    root.unmount();
    container.remove();
  });
});
