/**
 * The notification tables, one migration of server/storage/schema.ts.
 *
 * - `notification_subscriptions`: who wants updates for which order, in which
 *   language and over which channel; `status` is `pending` (LINE, until the
 *   follower sends the one-time code), `active` or `unsubscribed`.
 * - `outbox`: every message and webhook delivery, written in the transaction
 *   of the change it reports. `dedupe_key` is unique (one row per subscription
 *   × change, or per endpoint × event), so a change reported twice sends once.
 *   A worker claims rows with a lease (`claimed_until`); a row whose lease ran
 *   out (its worker died) is claimed again.
 */
export const NOTIFICATIONS_MIGRATION = {
  name: 'notification subscriptions and the outbox',
  sql: `
    create table if not exists notification_subscriptions (
      id bigserial primary key,
      order_id text not null,
      channel text not null,
      address text,
      locale text not null default 'en',
      status text not null default 'active',
      line_code text unique,
      line_code_expires_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index if not exists notification_subscriptions_by_order on notification_subscriptions (order_id, status);
    create table if not exists outbox (
      id bigserial primary key,
      dedupe_key text not null unique,
      kind text not null,
      channel text not null,
      subscription_id bigint,
      payload jsonb not null,
      status text not null default 'pending',
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      claimed_by text,
      claimed_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index if not exists outbox_due on outbox (next_attempt_at, id) where status = 'pending';
    create index if not exists outbox_by_status on outbox (status, id);`,
};
