import { createHash } from 'node:crypto';
import type { Database } from './database.js';

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'conflict'; reason: 'different_request' | 'in_progress' };

/**
 * Idempotency keys with the response they produced: a replay gets the original
 * record, the same key with another body is a conflict. The key is claimed
 * before the write runs, so two concurrent requests with it cannot both write.
 */
export class IdempotencyStore {
  constructor(private readonly db: Database) {}

  static fingerprint(method: string, path: string, body: string): string {
    return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
  }

  async claim(key: string, fingerprint: string): Promise<Claim> {
    const inserted = await this.db.query(
      'insert into idempotency (key, fingerprint) values ($1, $2) on conflict do nothing returning key',
      [key, fingerprint],
    );
    if (inserted.length) return { kind: 'new' };
    const [row] = await this.db.query<{ fingerprint: string; status: number | null; body: string | null }>(
      'select fingerprint, status, body from idempotency where key = $1',
      [key],
    );
    if (!row) return this.claim(key, fingerprint); // Released in the meantime: try again.
    if (row.fingerprint !== fingerprint) return { kind: 'conflict', reason: 'different_request' };
    if (row.status === null || row.body === null) return { kind: 'conflict', reason: 'in_progress' };
    return { kind: 'replay', status: row.status, body: row.body };
  }

  async complete(key: string, status: number, body: string): Promise<void> {
    await this.db.query('update idempotency set status = $2, body = $3 where key = $1', [key, status, body]);
  }

  /** A failed write frees its key, so the shopper's retry can succeed. */
  async release(key: string): Promise<void> {
    await this.db.query('delete from idempotency where key = $1 and status is null', [key]);
  }
}
