import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AdapterError } from '../../src/core/errors.js';

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/**
 * The merchant API's keys (AFTERCARE_ADMIN_KEYS, comma-separated), kept only
 * as SHA-256 hashes: each entry is a key, or `sha256:<hex>` of one so that the
 * key itself need not sit in the environment. A presented key is hashed and
 * compared with every stored hash in constant time.
 */
export class AdminKeys {
  private constructor(private readonly hashes: Buffer[]) {}

  static parse(value: string | undefined): AdminKeys {
    const entries = (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    return new AdminKeys(
      entries.map((entry) => {
        const hex = /^sha256:([0-9a-f]{64})$/i.exec(entry)?.[1];
        return hex ? Buffer.from(hex, 'hex') : digest(entry);
      }),
    );
  }

  /** `sha256:<hex>` for a key: what to put in AFTERCARE_ADMIN_KEYS instead of the key. */
  static hashOf(key: string): string {
    return `sha256:${digest(key).toString('hex')}`;
  }

  get size(): number {
    return this.hashes.length;
  }

  verify(key: string): boolean {
    const presented = digest(key);
    let match = false;
    // Every hash is compared, so the time taken says nothing about which one matched.
    for (const hash of this.hashes) match = timingSafeEqual(hash, presented) || match;
    return match;
  }

  /** Refuses every /admin request without a valid `Authorization: Bearer <key>` (all of them when no key is set). */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const key = c.req.header('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
      if (!key || !this.verify(key)) throw new AdapterError('unauthorized', 'The merchant API needs an admin key');
      await next();
    };
  }
}
