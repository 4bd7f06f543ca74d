import { AdapterError } from '../../core/errors.js';
import { normalizeOrderNumber } from '../../core/order-number.js';
import { demoAccessToken } from './demo-token.js';
import type { OrderRef } from '../../core/schemas/index.js';
import type { DemoStore } from './demo-store.js';

/** Wrong contacts allowed for one order before look-ups are refused, as the reference server allows. */
export const DEMO_ACCESS_ATTEMPTS = 10;

const unauthorized = () =>
  new AdapterError('unauthorized', 'This order needs its access token, or the email or phone used at checkout', {
    status: 401,
  });

const hasContact = (ref: OrderRef) => Boolean(ref.email?.trim() || ref.phone?.trim());

/**
 * The reference server's access rules over the demo data, so a demo asks for
 * the same proof a real shop does: an order is read with its access token or
 * the email or phone it was placed with; a wrong contact and an unknown order
 * answer the same `not_found`; after too many wrong contacts for one order,
 * `rate_limited`. An order proven once is open for this adapter's later
 * calls (as a RestAdapter keeps the token it earned). No contact is kept.
 */
export class DemoAccess {
  /** Orders proven through this adapter, by id. */
  private readonly proven = new Set<string>();
  /** Wrong contacts per order number as typed (normalised), known order or not. */
  private readonly wrong = new Map<string, number>();

  /** The order's id once the ref proves it (or it was proven before); else the error a backend answers. */
  async prove(store: DemoStore, ref: OrderRef): Promise<string> {
    if (ref.token) {
      // A token names its order: with one, an unknown order is not_found, another order's token unauthorized.
      const { id } = (await store.findOrder({ orderId: ref.orderId })).order;
      if (ref.token !== demoAccessToken(id)) throw unauthorized();
      this.proven.add(id);
      return id;
    }
    const known = await this.known(store, ref.orderId);
    if (known && this.proven.has(known)) return known;
    if (!hasContact(ref)) throw unauthorized();
    const key = normalizeOrderNumber(ref.orderId);
    if ((this.wrong.get(key) ?? 0) >= DEMO_ACCESS_ATTEMPTS) {
      throw new AdapterError('rate_limited', 'Too many look-ups for this order; try again later', { status: 429 });
    }
    try {
      const { id } = (
        await store.findOrder({
          orderId: ref.orderId,
          ...(ref.email?.trim() ? { email: ref.email } : {}),
          ...(ref.phone?.trim() ? { phone: ref.phone } : {}),
        })
      ).order;
      this.proven.add(id);
      return id;
    } catch (error) {
      this.wrong.set(key, (this.wrong.get(key) ?? 0) + 1);
      throw error;
    }
  }

  /** A return's receipt: readable once its order is proven here. */
  async requireReturn(store: DemoStore, returnId: string): Promise<void> {
    const receipt = await store.getReturn(returnId).catch((error: unknown) => {
      // Without any proof a backend answers 401 before it looks the return up.
      throw this.proven.size ? error : unauthorized();
    });
    if (!this.proven.has(receipt.orderId)) throw unauthorized();
  }

  private async known(store: DemoStore, orderId: string): Promise<string | undefined> {
    try {
      return (await store.findOrder({ orderId })).order.id;
    } catch {
      return undefined;
    }
  }
}
