import type { Database } from '../storage/database.js';

/** Anything that runs SQL: the database, or the connection of an open transaction. */
export type Queryable = Pick<Database, 'query'>;

/**
 * `pending`: to send (again, from `next_attempt_at`); `sent`: the provider
 * accepted it; `failed`: undeliverable after the last attempt, or refused for
 * good (kept, listed by `undeliverable`); `unconfigured`: no provider set up
 * for its channel (the demo), never sent; `skipped`: the shopper unsubscribed
 * before it went out.
 */
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'unconfigured' | 'skipped';

export interface OutboxItem {
  dedupeKey: string;
  kind: 'message' | 'webhook';
  /** email, line, whatsapp, sms, or webhook. */
  channel: string;
  subscriptionId?: number;
  payload: Record<string, unknown>;
}

export interface OutboxRow {
  id: number;
  dedupeKey: string;
  kind: 'message' | 'webhook';
  channel: string;
  subscriptionId: number | null;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

interface Row {
  id: string | number;
  dedupe_key: string;
  kind: 'message' | 'webhook';
  channel: string;
  subscription_id: string | number | null;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date | string;
  last_error: string | null;
  created_at: Date | string;
  sent_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

const toRow = (row: Row): OutboxRow => ({
  id: Number(row.id),
  dedupeKey: row.dedupe_key,
  kind: row.kind,
  channel: row.channel,
  subscriptionId: row.subscription_id === null ? null : Number(row.subscription_id),
  payload: row.payload,
  status: row.status,
  attempts: Number(row.attempts),
  nextAttemptAt: iso(row.next_attempt_at),
  lastError: row.last_error,
  createdAt: iso(row.created_at),
  sentAt: row.sent_at === null ? null : iso(row.sent_at),
});

/**
 * Adds items to the outbox, on the caller's connection: inside the caller's
 * transaction, they exist exactly when the change does. An item whose
 * `dedupeKey` is already there is dropped (the same change reported twice).
 * Returns how many were added.
 */
export async function addToOutbox(q: Queryable, items: OutboxItem[]): Promise<number> {
  let added = 0;
  for (const item of items) {
    const rows = await q.query(
      `insert into outbox (dedupe_key, kind, channel, subscription_id, payload) values ($1, $2, $3, $4, $5)
       on conflict (dedupe_key) do nothing returning id`,
      [item.dedupeKey, item.kind, item.channel, item.subscriptionId ?? null, JSON.stringify(item.payload)],
    );
    added += rows.length;
  }
  return added;
}

/**
 * Claims up to `limit` due items for `worker` for `leaseSeconds`, in one
 * statement: rows another worker holds are skipped (`for update skip locked`,
 * PostgreSQL and PGlite alike), and a row whose lease ran out (its worker
 * crashed between claim and send) is due again.
 */
export async function claimDue(
  q: Queryable,
  worker: string,
  limit: number,
  leaseSeconds: number,
): Promise<OutboxRow[]> {
  const rows = await q.query<Row>(
    `update outbox set claimed_by = $1, claimed_until = now() + make_interval(secs => $3::double precision), attempts = attempts + 1
     where id in (
       select id from outbox
       where status = 'pending' and next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
       order by next_attempt_at, id limit $2
       for update skip locked)
     returning *`,
    [worker, limit, leaseSeconds],
  );
  return rows.map(toRow).sort((a, b) => a.id - b.id);
}

/** Ends an item this worker still holds: sent, or kept with its final status. False if the lease was lost. */
export async function finish(
  q: Queryable,
  id: number,
  worker: string,
  status: Exclude<OutboxStatus, 'pending'>,
  error?: string,
): Promise<boolean> {
  const rows = await q.query(
    `update outbox set status = $3, claimed_until = null, last_error = $4,
       sent_at = case when $3 = 'sent' then now() else sent_at end
     where id = $1 and claimed_by = $2 and status = 'pending' returning id`,
    [id, worker, status, error ?? null],
  );
  return rows.length === 1;
}

/** Puts an item back for another attempt after `delayMs`. */
export async function retryLater(q: Queryable, id: number, worker: string, delayMs: number, error: string) {
  await q.query(
    `update outbox set claimed_until = null, last_error = $3,
       next_attempt_at = now() + make_interval(secs => $4::double precision)
     where id = $1 and claimed_by = $2 and status = 'pending'`,
    [id, worker, error, delayMs / 1000],
  );
}

/** The outbox, newest first, optionally of one status: for the merchant API. */
export async function listOutbox(q: Queryable, options: { status?: OutboxStatus; limit?: number } = {}) {
  const rows = await q.query<Row>(
    `select * from outbox where $1::text is null or status = $1 order by id desc limit $2`,
    [options.status ?? null, options.limit ?? 100],
  );
  return rows.map(toRow);
}

/** Messages and webhook deliveries that will not go out: failed for good, or with no provider configured. */
export async function undeliverable(q: Queryable, limit = 100): Promise<OutboxRow[]> {
  const rows = await q.query<Row>(
    `select * from outbox where status in ('failed', 'unconfigured') order by id desc limit $1`,
    [limit],
  );
  return rows.map(toRow);
}
