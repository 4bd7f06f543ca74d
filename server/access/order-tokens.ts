import { jwtVerify, SignJWT } from 'jose';
import { AdapterError } from '../../src/core/errors.js';

/** How long a token lasts: one from a verification (e-mail or phone typed), one from a link in a message. */
export const TOKEN_LIFETIME = { verification: 24 * 3600, accessLink: 30 * 24 * 3600 } as const;

const AUDIENCE = 'aftercare:order';

/**
 * Order access tokens: a JWT signed by this server (HS256, the algorithm
 * pinned when verifying), bound to one order by `sub`, expiring.
 */
export class OrderTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(orderId: string, lifetimeSeconds: number): Promise<{ token: string; expiresAt: string }> {
    const expires = Math.floor(Date.now() / 1000) + lifetimeSeconds;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(orderId)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expires)
      .sign(this.key);
    return { token, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The order a token opens; a forged, expired or foreign token is `unauthorized`. */
  async orderOf(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], audience: AUDIENCE });
      if (typeof payload.sub === 'string' && payload.sub) return payload.sub;
    } catch {
      // Falls through: every failure reads the same.
    }
    throw new AdapterError('unauthorized', 'A valid access token for this order is needed');
  }
}
