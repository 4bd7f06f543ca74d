import type { Database } from './database.js';

/** Tables of the reference server; `if not exists`, so starting again keeps the data. */
const SCHEMA = `
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
  );
`;

export async function migrate(db: Database): Promise<void> {
  await db.exec(SCHEMA);
}

/** Empties every table: for test runs that need a known start. */
export async function reset(db: Database): Promise<void> {
  await db.exec('truncate orders, returns, reviews, nps_responses, subscriptions, counters, idempotency, rate_limits');
}
