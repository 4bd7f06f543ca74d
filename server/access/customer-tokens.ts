import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';

/**
 * Customer tokens are issued by the store (its login): a JWT whose `sub` is
 * the customer id, verified with a shared HS256 secret or the store's JWKS.
 * Algorithms are pinned, so `alg: none` or a switched algorithm never passes.
 */
export class CustomerTokens {
  private constructor(
    private readonly key: Uint8Array | JWTVerifyGetKey,
    private readonly algorithms: string[],
  ) {}

  static fromEnv(env: Record<string, string | undefined>): CustomerTokens | undefined {
    const secret = env['AFTERCARE_CUSTOMER_TOKEN_SECRET'];
    if (secret) return new CustomerTokens(new TextEncoder().encode(secret), ['HS256']);
    const jwks = env['AFTERCARE_CUSTOMER_JWKS_URL'];
    if (jwks) return new CustomerTokens(createRemoteJWKSet(new URL(jwks)), ['RS256', 'ES256', 'EdDSA']);
    return undefined;
  }

  /** The customer a token names, or undefined for anything not signed by the store or expired. */
  async customerOf(token: string): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key as Uint8Array, {
        algorithms: this.algorithms,
        requiredClaims: ['exp'],
      });
      return typeof payload.sub === 'string' && payload.sub ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}
