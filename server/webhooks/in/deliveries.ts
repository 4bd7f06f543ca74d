import type { Database } from '../../storage/database.js';

/**
 * Deliveries seen, per platform: a replay (same webhook id) changes nothing; and the latest `updated_at` of
 * each order or fulfillment: one that arrives after a newer one (platforms do not keep the order) changes
 * nothing either. Migrations 30 and 31 of storage/schema.ts.
 */
export const WEBHOOKS_IN_MIGRATION = {
  name: 'webhooks in: deliveries seen, orders by tracking number',
  sql: `
    create table if not exists webhook_deliveries (
      platform text not null,
      delivery_id text not null,
      received_at timestamptz not null default now(),
      primary key (platform, delivery_id)
    );
    create index if not exists webhook_deliveries_by_time on webhook_deliveries (received_at);
    create index if not exists orders_by_shipments on orders using gin ((doc->'order'->'shipments') jsonb_path_ops);`,
};
export const WEBHOOK_VERSIONS_MIGRATION = {
  name: 'webhooks in: the latest version of each order and fulfillment',
  sql: `
    create table if not exists webhook_versions (
      platform text not null,
      resource text not null,
      updated_at timestamptz not null,
      primary key (platform, resource)
    );`,
};

/** Platforms retry for hours (Shopify: 4 hours; AfterShip: up to 14 times): a month is plenty. */
const KEEP_DAYS = 30;

export class Deliveries {
  private claims = 0;

  constructor(private readonly db: Database) {}

  /** True for a delivery never seen (it is now recorded), false for a replay. */
  async claim(platform: string, deliveryId: string): Promise<boolean> {
    if (++this.claims % 500 === 0) {
      await this.db.query(`delete from webhook_deliveries where received_at < now() - make_interval(days => $1)`, [
        KEEP_DAYS,
      ]);
    }
    const rows = await this.db.query(
      'insert into webhook_deliveries (platform, delivery_id) values ($1, $2) on conflict do nothing returning delivery_id',
      [platform, deliveryId],
    );
    return rows.length === 1;
  }

  /**
   * False when a newer version of the resource was applied already; else the version is recorded. The same
   * time again is fresh: one change can come as several topics (orders/updated, orders/paid).
   */
  async fresh(platform: string, resource: string, updatedAt: string | undefined): Promise<boolean> {
    const ms = updatedAt ? Date.parse(updatedAt) : NaN;
    if (Number.isNaN(ms)) return true;
    const rows = await this.db.query(
      `insert into webhook_versions (platform, resource, updated_at) values ($1, $2, $3)
       on conflict (platform, resource) do update set updated_at = excluded.updated_at
       where webhook_versions.updated_at <= excluded.updated_at returning resource`,
      [platform, resource, new Date(ms).toISOString()],
    );
    return rows.length === 1;
  }

  /** Forgets a delivery that failed, so that the platform's retry is handled. */
  async release(platform: string, deliveryId: string): Promise<void> {
    await this.db.query('delete from webhook_deliveries where platform = $1 and delivery_id = $2', [
      platform,
      deliveryId,
    ]);
  }
}
