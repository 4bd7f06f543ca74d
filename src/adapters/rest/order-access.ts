import { normalizeOrderNumber } from '../../core/order-number.js';

interface Kept {
  /** Order → access token. */
  tokens: Record<string, string>;
  /** Return → its order, so a return's status is read with its order's token. */
  returns: Record<string, string>;
}

/**
 * The access tokens a RestAdapter holds, per order. Kept in sessionStorage
 * so a reload does not ask the shopper again; the tab's end forgets them.
 * The email or phone that earned a token is never kept.
 */
export class OrderAccess {
  /** The page's copy when storage is blocked; otherwise storage is read on every use, so every adapter on the page agrees. */
  private fallback: Kept = { tokens: {}, returns: {} };

  constructor(private readonly storageKey: string) {}

  token(orderId: string): string | undefined {
    return this.read().tokens[normalizeOrderNumber(orderId)];
  }

  keep(orderId: string, token: string): void {
    this.update((kept) => (kept.tokens[normalizeOrderNumber(orderId)] = token));
  }

  /** A token the backend refused (expired, revoked): the next call proves the order again. */
  drop(orderId: string): void {
    this.update((kept) => delete kept.tokens[normalizeOrderNumber(orderId)]);
  }

  orderOfReturn(returnId: string): string | undefined {
    return this.read().returns[returnId];
  }

  rememberReturn(returnId: string, orderId: string): void {
    this.update((kept) => (kept.returns[returnId] = orderId));
  }

  private read(): Kept {
    try {
      const stored = globalThis.sessionStorage?.getItem(this.storageKey);
      return stored
        ? { tokens: {}, returns: {}, ...(JSON.parse(stored) as Partial<Kept>) }
        : structuredClone(this.fallback);
    } catch {
      return structuredClone(this.fallback);
    }
  }

  private update(change: (kept: Kept) => void): void {
    const kept = this.read();
    change(kept);
    this.fallback = kept;
    try {
      globalThis.sessionStorage?.setItem(this.storageKey, JSON.stringify(kept));
    } catch {
      // Storage full or blocked: the tokens still live as long as the page.
    }
  }
}
