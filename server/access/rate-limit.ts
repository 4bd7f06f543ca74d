import type { Database } from '../storage/database.js';

/**
 * Fixed-window counters kept in the database, so every server instance
 * behind a load balancer counts the same attempts.
 */
export class RateLimiter {
  constructor(private readonly db: Database) {}

  /** Counts one attempt under `key`; over `limit` in the window, how many seconds to wait. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; retryAfter: number }> {
    const [row] = await this.db.query<{ hits: number; retry_after: string | number }>(
      `insert into rate_limits (key, window_start, hits) values ($1, now(), 1)
       on conflict (key) do update set
         hits = case when rate_limits.window_start < now() - make_interval(secs => $2::int) then 1 else rate_limits.hits + 1 end,
         window_start = case when rate_limits.window_start < now() - make_interval(secs => $2::int) then now() else rate_limits.window_start end
       returning hits, ceil(extract(epoch from (window_start + make_interval(secs => $2::int) - now()))) as retry_after`,
      [key, windowSeconds],
    );
    const hits = Number(row!.hits);
    return { allowed: hits <= limit, retryAfter: Math.max(1, Number(row!.retry_after)) };
  }
}
