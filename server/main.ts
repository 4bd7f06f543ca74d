import { serve } from '@hono/node-server';
import { DEMO_EXTRAS } from '../src/adapters/memory/demo-store.js';
import { demoReturns } from '../src/adapters/memory/demo-returns.js';
import { demoSeed } from '../src/adapters/memory/demo-seed.js';
import { Shop } from '../src/shop/shop.js';
import { CustomerTokens } from './access/customer-tokens.js';
import { AdminKeys } from './admin/keys.js';
import { OrderTokens } from './access/order-tokens.js';
import { RateLimiter } from './access/rate-limit.js';
import { tokenSecret } from './access/secrets.js';
import { createApp } from './app.js';
import { jsonLogger } from './logger.js';
import { Notifications } from './notifications/index.js';
import { loadPolicy, PolicyError } from './policy.js';
import { openDatabase } from './storage/database.js';
import { IdempotencyStore } from './storage/idempotency.js';
import { seedOrders } from './storage/orders.js';
import { migrate, reset } from './storage/schema.js';
import { SqlState } from './storage/sql-state.js';
import { IncomingWebhooks } from './webhooks/in/index.js';

/**
 * The reference server: `npm run server`. Settings from the environment:
 * PORT (8787), HOST (127.0.0.1), DATABASE_URL (PostgreSQL; default: PGlite in
 * DATA_DIR, ./.data), CORS_ORIGINS (comma-separated, or *), RESET=1 (start empty),
 * AFTERCARE_TOKEN_SECRET (signs order access tokens; default: generated once and
 * kept in the database), AFTERCARE_CUSTOMER_TOKEN_SECRET or AFTERCARE_CUSTOMER_JWKS_URL
 * (verifies the store's customer sign-in tokens), AFTERCARE_POLICY (the shop's rules,
 * a JSON file; default: the demo shop's), DEMO (1: seed the demo shop into an empty
 * database; the default without DATABASE_URL), AFTERCARE_ADMIN_KEYS (the merchant API's
 * keys, comma-separated, each a key or sha256:<hex> of one), AFTERCARE_ORDER_PAGE_URL
 * (the order page for access links, with {order} and {token}).
 */
const log = jsonLogger();
const env = process.env;
let policy;
try {
  policy = await loadPolicy(env);
} catch (error) {
  if (!(error instanceof PolicyError)) throw error;
  log.error('policy', { error: error.message });
  process.exit(1);
}
const db = await openDatabase(
  env['DATABASE_URL'] ? { url: env['DATABASE_URL'] } : { dataDir: env['DATA_DIR'] ?? './.data' },
);
const migrations = await migrate(db);
if (env['RESET'] === '1') await reset(db);

const demo = (env['DEMO'] ?? (env['DATABASE_URL'] ? '0' : '1')) === '1';
const seeded = demo ? await seedOrders(db, () => demoSeed(new Date())) : 0;
const state = new SqlState(db);
// With the orders, the returns the demo shop has already decided on (declined, cancelled, on their way back).
if (seeded) for (const stored of demoReturns(new Date())) await state.saveReturn(stored);
const store = new Shop({ policy, state, now: () => new Date(), ...(demo ? DEMO_EXTRAS : {}) });
// Messages and webhooks out (docs/notifications.md); OUTBOX_WORKER=0 runs no sender in this instance.
const secret = await tokenSecret(db, env);
const orderTokens = new OrderTokens(secret);
const notifications = Notifications.fromEnv(db, env, orderTokens, secret, log);
if (env['OUTBOX_WORKER'] !== '0') notifications.worker.start();
const app = createApp({
  notifications,
  store,
  idempotency: new IdempotencyStore(db),
  log,
  faults: env['FAULTS'] === '1',
  orderTokens,
  customerTokens: CustomerTokens.fromEnv(env),
  rateLimiter: new RateLimiter(db),
  adminKeys: AdminKeys.parse(env['AFTERCARE_ADMIN_KEYS']),
  orderPageUrl: env['AFTERCARE_ORDER_PAGE_URL'],
  // SHOPIFY_WEBHOOK_SECRET, WOOCOMMERCE_WEBHOOK_SECRET, AFTERSHIP_WEBHOOK_SECRET (docs/server.md).
  webhooksIn: IncomingWebhooks.fromEnv(db, env, { state: store.state, log, notifications }),
  corsOrigins: (env['CORS_ORIGINS'] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
});

const port = Number(env['PORT'] ?? 8787);
const hostname = env['HOST'] ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  if (!env['AFTERCARE_PUBLIC_URL']) notifications.config.publicUrl = `http://${hostname}:${info.port}`;
  log.info('listening', { url: `http://${hostname}:${info.port}`, database: db.kind, migrations, seeded });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void notifications.worker
      .stop()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}
