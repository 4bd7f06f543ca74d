import { NOTIFICATIONS_MIGRATION } from '../notifications/schema.js';
import { WEBHOOK_VERSIONS_MIGRATION, WEBHOOKS_IN_MIGRATION } from '../webhooks/in/deliveries.js';
import type { Database } from './database.js';

/**
 * The reference server's schema, one version at a time. A version, once
 * released, never changes: a change is a new version. Each runs once, in its
 * own transaction, recorded in schema_migrations.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'first tables',
    // `if not exists`: databases made before versioned migrations already have these.
    sql: `
      create table if not exists orders (id text primary key, number text not null unique, doc jsonb not null);
      create table if not exists returns (id text primary key, order_id text not null, doc jsonb not null);
      create index if not exists returns_by_order on returns (order_id);
      create table if not exists reviews (order_id text not null, line_item_id text not null, primary key (order_id, line_item_id));
      create table if not exists nps_responses (id text primary key, doc jsonb not null);
      create table if not exists subscriptions (id serial primary key, doc jsonb not null);
      create table if not exists counters (name text primary key, value integer not null);
      create table if not exists rate_limits (key text primary key, window_start timestamptz not null, hits integer not null);
      create table if not exists secrets (name text primary key, value text not null);
      create table if not exists idempotency (
        key text primary key,
        fingerprint text not null,
        status integer,
        body text,
        created_at timestamptz not null default now()
      );`,
  },
  {
    version: 2,
    name: 'stored orders with private contact, moderated reviews, dated answers',
    sql: `
      delete from orders where not (doc ? 'order');
      alter table orders add column if not exists customer_id text;
      create index if not exists orders_by_customer on orders (customer_id);
      alter table returns add column if not exists created_at timestamptz not null default now();
      alter table reviews add column if not exists id text;
      alter table reviews add column if not exists status text not null default 'published';
      alter table reviews add column if not exists doc jsonb;
      alter table reviews add column if not exists created_at timestamptz not null default now();
      create unique index if not exists reviews_by_id on reviews (id);
      alter table nps_responses add column if not exists created_at timestamptz not null default now();`,
  },
  // Numbered apart from the merchant API's migrations (3…19), which are written at the same time.
  { version: 20, ...NOTIFICATIONS_MIGRATION },
  // Webhooks in (server/webhooks/in): numbered apart as well.
  { version: 30, ...WEBHOOKS_IN_MIGRATION },
  { version: 31, ...WEBHOOK_VERSIONS_MIGRATION },
];

/** One number for every instance of the server: whoever holds it migrates, the others wait. */
const MIGRATION_LOCK = 7_366_123;

/** Brings the schema up to date; safe when several instances start at once. */
export async function migrate(db: Database): Promise<number[]> {
  return db.session(async (connection) => {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await connection.exec(`create table if not exists schema_migrations (
        version integer primary key, name text not null, applied_at timestamptz not null default now())`);
      const rows = await connection.query<{ version: number }>('select version from schema_migrations');
      const applied = new Set(rows.map((row) => Number(row.version)));
      const ran: number[] = [];
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await connection.exec('begin');
        try {
          await connection.exec(migration.sql);
          await connection.query('insert into schema_migrations (version, name) values ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await connection.exec('commit');
        } catch (error) {
          await connection.exec('rollback');
          throw error;
        }
        ran.push(migration.version);
      }
      return ran;
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

/** Empties every table: for test runs that need a known start. */
export async function reset(db: Database): Promise<void> {
  await db.exec(
    'truncate orders, returns, reviews, nps_responses, subscriptions, counters, idempotency, rate_limits, notification_subscriptions, outbox, webhook_deliveries, webhook_versions',
  );
}
