import { randomBytes } from 'node:crypto';
import type { Database } from '../storage/database.js';

/**
 * The server's signing secret: AFTERCARE_TOKEN_SECRET, or one generated on
 * the first start and kept in the database (in the data folder for the
 * embedded default), shared by every instance on the same database.
 */
export async function tokenSecret(db: Database, env: Record<string, string | undefined>): Promise<string> {
  const configured = env['AFTERCARE_TOKEN_SECRET'];
  if (configured) return configured;
  await db.query(`insert into secrets (name, value) values ('order-tokens', $1) on conflict (name) do nothing`, [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.query<{ value: string }>(`select value from secrets where name = 'order-tokens'`);
  return row!.value;
}
