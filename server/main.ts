import { serve } from '@hono/node-server';
import { DemoStore } from '../src/adapters/memory/demo-store.js';
import { CustomerTokens } from './access/customer-tokens.js';
import { OrderTokens } from './access/order-tokens.js';
import { RateLimiter } from './access/rate-limit.js';
import { tokenSecret } from './access/secrets.js';
import { createApp } from './app.js';
import { jsonLogger } from './logger.js';
import { openDatabase } from './storage/database.js';
import { IdempotencyStore } from './storage/idempotency.js';
import { loadOrders } from './storage/orders.js';
import { migrate, reset } from './storage/schema.js';
import { SqlState } from './storage/sql-state.js';

/**
 * The reference server: `npm run server`. Settings from the environment:
 * PORT (8787), HOST (127.0.0.1), DATABASE_URL (PostgreSQL; default: PGlite in
 * DATA_DIR, ./.data), CORS_ORIGINS (comma-separated, or *), RESET=1 (start empty),
 * AFTERCARE_TOKEN_SECRET (signs order access tokens; default: generated once and
 * kept in the database), AFTERCARE_CUSTOMER_TOKEN_SECRET or AFTERCARE_CUSTOMER_JWKS_URL
 * (verifies the store's customer sign-in tokens).
 */
const log = jsonLogger();
const env = process.env;
const db = await openDatabase(
  env['DATABASE_URL'] ? { url: env['DATABASE_URL'] } : { dataDir: env['DATA_DIR'] ?? './.data' },
);
await migrate(db);
if (env['RESET'] === '1') await reset(db);

const now = new Date();
const orders = await loadOrders(db, now);
const store = new DemoStore(() => new Date(), { orders }, new SqlState(db));
const app = createApp({
  store,
  idempotency: new IdempotencyStore(db),
  log,
  faults: env['FAULTS'] === '1',
  orderTokens: new OrderTokens(await tokenSecret(db, env)),
  customerTokens: CustomerTokens.fromEnv(env),
  rateLimiter: new RateLimiter(db),
  corsOrigins: (env['CORS_ORIGINS'] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
});

const port = Number(env['PORT'] ?? 8787);
const hostname = env['HOST'] ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, (info) =>
  log.info('listening', { url: `http://${hostname}:${info.port}`, database: db.kind, orders: orders.length }),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void db.close().then(() => process.exit(0));
  });
}
