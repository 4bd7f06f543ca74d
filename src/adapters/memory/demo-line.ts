import { AdapterError } from '../../core/errors.js';
import type * as Model from '../../core/schemas/index.js';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface LineSubscription {
  orderId: string;
  code: string;
  expiresAt: string;
  status: Model.SubscriptionStatus;
}

/**
 * The demo's LINE Official Account: a LINE subscription waits (`pending`)
 * with a one-time code, as on the reference server, until `connect(code)`
 * stands in for the shopper sending it from LINE.
 */
export class DemoLine {
  private readonly byId = new Map<string, LineSubscription>();

  constructor(private readonly now: () => Date) {}

  subscribe(orderId: string): Model.UpdateSubscriptionReceipt {
    const code = Array.from(crypto.getRandomValues(new Uint8Array(8)), (n) => CODE_ALPHABET[n % 32]).join('');
    const id = `line_${this.byId.size + 1}`;
    const expiresAt = new Date(this.now().getTime() + CODE_LIFETIME_MS).toISOString();
    this.byId.set(id, { orderId, code, expiresAt, status: 'pending' });
    return this.receipt(id, orderId);
  }

  receipt(subscriptionId: string, orderId: string): Model.UpdateSubscriptionReceipt {
    const found = this.byId.get(subscriptionId);
    if (!found || found.orderId !== orderId) throw new AdapterError('not_found', 'No such subscription');
    return found.status === 'pending'
      ? { subscriptionId, status: 'pending', lineCode: found.code, lineCodeExpiresAt: found.expiresAt }
      : { subscriptionId, status: found.status };
  }

  /** As if the shopper sent `code` to the store's Official Account: false for an unknown, used or expired code. */
  connect(code: string): boolean {
    const found = [...this.byId.values()].find((sub) => sub.code === code && sub.status === 'pending');
    if (!found || Date.parse(found.expiresAt) < this.now().getTime()) return false;
    found.status = 'active';
    return true;
  }
}
