import { createHmac, timingSafeEqual } from 'node:crypto';
import { type OrderTokens, TOKEN_LIFETIME } from '../access/order-tokens.js';

/**
 * Signed links in messages. The unsubscribe token is opaque: the
 * subscription's row number and an HMAC of it, nothing about the shopper.
 */
export class NotificationLinks {
  constructor(
    private readonly secret: string,
    private readonly orderTokens: OrderTokens,
    /** Read at each use: main.ts fills in the listening address when AFTERCARE_PUBLIC_URL is not set. */
    private readonly config: { publicUrl: string; orderPageUrl?: string },
  ) {}

  private mac(subscriptionId: number): string {
    return createHmac('sha256', this.secret).update(`aftercare:unsubscribe:${subscriptionId}`).digest('base64url');
  }

  unsubscribeToken(subscriptionId: number): string {
    return `${subscriptionId}.${this.mac(subscriptionId)}`;
  }

  /** The subscription an unsubscribe token names, or undefined for a forged one. */
  subscriptionOf(token: string): number | undefined {
    const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
    if (!match) return undefined;
    const id = Number(match[1]);
    const expected = Buffer.from(this.mac(id));
    const given = Buffer.from(match[2]!);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
  }

  unsubscribeUrl(subscriptionId: number): string {
    return `${this.config.publicUrl}/unsubscribe?token=${encodeURIComponent(this.unsubscribeToken(subscriptionId))}`;
  }

  /** The shopper's order page with a 30-day access token (AFTERCARE_ORDER_PAGE_URL), else the order API. */
  async orderUrl(orderId: string, orderNumber: string): Promise<string> {
    const { token } = await this.orderTokens.sign(orderId, TOKEN_LIFETIME.accessLink);
    const page = this.config.orderPageUrl ?? `${this.config.publicUrl}/orders/{order}?token={token}`;
    return page.replaceAll('{order}', encodeURIComponent(orderNumber)).replaceAll('{token}', encodeURIComponent(token));
  }
}
