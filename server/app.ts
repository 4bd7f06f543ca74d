import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { routePath } from 'hono/route';
import type * as z from 'zod/mini';
import { CONTRACT } from '../src/core/contract.js';
import { AdapterError } from '../src/core/errors.js';
import { primaryLanguage } from '../src/core/languages.js';
import { normalizeOrderNumber } from '../src/core/order-number.js';
import type { CustomerTokens } from './access/customer-tokens.js';
import type { AdminKeys } from './admin/keys.js';
import { adminRoutes } from './admin/routes.js';
import { type OrderTokens, TOKEN_LIFETIME } from './access/order-tokens.js';
import type { RateLimiter } from './access/rate-limit.js';
import type { RecommendationPlacement } from '../src/core/schemas/index.js';
import { Shop } from '../src/shop/shop.js';
import type { Logger } from './logger.js';
import type { Notifications } from './notifications/index.js';
import type { IncomingWebhooks } from './webhooks/in/index.js';
import { faultInjection } from './faults.js';
import { problem, problemFor } from './problem.js';
import { IdempotencyStore } from './storage/idempotency.js';

export interface AppOptions {
  store: Shop;
  idempotency: IdempotencyStore;
  log: Logger;
  /** Origins allowed to call from a browser; empty: same origin only. `*` allows any. */
  corsOrigins: string[];
  /** Largest request body; photos travel as data URLs. */
  maxBodyBytes?: number;
  /** Test-only fault injection (server/faults.ts). */
  faults?: boolean;
  orderTokens: OrderTokens;
  /** The store's customer sign-in, when configured: customer tokens open the customer's orders and loyalty. */
  customerTokens?: CustomerTokens | undefined;
  rateLimiter: RateLimiter;
  /** The merchant API's keys (AFTERCARE_ADMIN_KEYS); without any, every /admin call is refused. */
  adminKeys: AdminKeys;
  /** AFTERCARE_ORDER_PAGE_URL, for access links: `{order}` and `{token}` are filled in. */
  orderPageUrl?: string | undefined;
  /** Messages to subscribers and webhooks to the store (server/notifications/); none without. */
  notifications?: Notifications | undefined;
  /** POST /webhooks/shopify, /woocommerce, /aftership (server/webhooks/in); none without. */
  webhooksIn?: IncomingWebhooks | undefined;
}

/** Look-ups allowed per order, and per client address (generous: mobile networks put many shoppers behind one address), in each window. */
const ACCESS_LIMITS = { perOrder: 10, perClient: 200, windowSeconds: 15 * 60 };

/** Write routes whose body names the order they change. */
const ORDER_WRITES = ['/returns', '/reviews', '/update-subscriptions', '/nps-responses'];

const bearer = (c: Context) => c.req.header('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];

const LANGUAGES = ['en', 'th', 'id'];

/** The shop's language for this request, from Accept-Language ("th-TH,th;q=0.9" → th). */
function languageOf(header: string | undefined): string {
  for (const part of (header ?? '').split(',')) {
    const language = primaryLanguage(part);
    if (LANGUAGES.includes(language)) return language;
  }
  return 'en';
}

function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const where = result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw new AdapterError('invalid_request', where.slice(0, 5).join('; '));
  }
  return result.data;
}

/** The REST contract of docs/openapi.json over the demo shop's rules. */
export function createApp({
  store,
  idempotency,
  log,
  corsOrigins,
  maxBodyBytes = 10 * 1024 * 1024,
  faults = false,
  orderTokens,
  customerTokens,
  rateLimiter,
  notifications,
  adminKeys,
  orderPageUrl,
  webhooksIn,
}: AppOptions) {
  const app = new Hono();

  /**
   * Whether the caller may see or change an order: a token this server signed
   * for it, or a sign-in of the customer who owns it. Without a token the
   * answer is 401 before anything about the order is looked up.
   */
  const mayAccess = async (c: Context, orderId: string): Promise<void> => {
    const token = bearer(c);
    if (token) {
      const stored = await store.findOrder({ orderId });
      if ((await orderTokens.orderOf(token).catch(() => undefined)) === stored.order.id) return;
      const customer = await customerTokens?.customerOf(token);
      if (customer && customer === Shop.customerOf(stored)) return;
    }
    throw new AdapterError('unauthorized', 'This order needs its access token or the customer’s sign-in');
  };
  const signedInCustomer = async (c: Context): Promise<string> => {
    const token = bearer(c);
    const customer = token && (await customerTokens?.customerOf(token));
    if (!customer) throw new AdapterError('unauthorized', 'Sign in to see your points');
    return customer;
  };

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  if (corsOrigins.length) {
    app.use(
      '*',
      cors({
        origin: corsOrigins.includes('*') ? '*' : corsOrigins,
        allowHeaders: [
          'Content-Type',
          'Idempotency-Key',
          'Authorization',
          'Accept-Language',
          ...(faults ? ['X-Test-Fault'] : []),
        ],
        allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
        // A browser hides other headers from cross-origin callers; the adapter needs these.
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'X-Content-Type-Options', 'Referrer-Policy'],
        maxAge: 600,
      }),
    );
  }

  // Everything here may carry personal data: never cached, never sniffed, never sent on as a referrer.
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  if (faults) app.use('*', faultInjection());

  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => problem(c, 'invalid_request', 'The request is too large', {}, 413),
    }),
  );

  // The merchant API checks its key before anything else, a replayed Idempotency-Key included.
  app.use('/admin/*', adminKeys.middleware());

  // A write to an order proves access before anything else, a replayed key included.
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST' || !ORDER_WRITES.includes(c.req.path)) return next();
    let orderId: unknown;
    try {
      orderId = ((await c.req.raw.clone().json()) as { orderId?: unknown } | null)?.orderId;
    } catch {
      return next(); // Not JSON: the route answers invalid_request.
    }
    if (typeof orderId === 'string') await mayAccess(c, orderId);
    else if (c.req.path !== '/nps-responses') throw new AdapterError('invalid_request', 'orderId is required');
    return next();
  });

  /** Writes with an Idempotency-Key run once; a replay returns the first response. */
  app.use('*', async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (c.req.method !== 'POST' || !key) return next();
    const body = await c.req.raw.clone().text();
    const claim = await idempotency.claim(key, IdempotencyStore.fingerprint(c.req.method, c.req.path, body));
    if (claim.kind === 'replay') {
      return c.body(claim.body, claim.status as 200, {
        'Content-Type': 'application/json',
        'Idempotent-Replayed': 'true',
      });
    }
    if (claim.kind === 'conflict') {
      return problem(
        c,
        'conflict',
        claim.reason === 'different_request'
          ? 'This Idempotency-Key was used for a different request'
          : 'A request with this Idempotency-Key is still being processed',
      );
    }
    await next();
    if (c.res.ok) await idempotency.complete(key, c.res.status, await c.res.clone().text());
    else await idempotency.release(key);
  });

  /** The order of a read, once the caller has shown it may read it (contacts never travel in URLs). */
  const ref = async (c: Context) => {
    const orderRef = parse(CONTRACT.getOrder.input, { orderId: c.req.param('id') });
    await mayAccess(c, orderRef.orderId);
    return orderRef;
  };
  const json = async (c: { req: { json(): Promise<unknown> } }) => {
    try {
      return await c.req.json();
    } catch {
      throw new AdapterError('invalid_request', 'The body is not JSON');
    }
  };
  const language = (c: { req: { header(name: string): string | undefined } }) =>
    languageOf(c.req.header('Accept-Language'));

  app.get('/health', (c) => c.json({ ok: true }));
  /** Proof of an order, by the email or phone used at checkout: a token for its later calls. */
  app.post('/order-access', async (c) => {
    const body = (await json(c)) as { orderId?: unknown; email?: unknown; phone?: unknown } | null;
    const { orderId, email, phone } = body ?? {};
    if (typeof orderId !== 'string' || !orderId.trim() || (typeof email !== 'string' && typeof phone !== 'string')) {
      throw new AdapterError('invalid_request', 'orderId and an email or phone are required');
    }
    const client = getConnInfo(c).remote.address ?? 'unknown';
    for (const [key, limit] of [
      [`order:${normalizeOrderNumber(orderId)}`, ACCESS_LIMITS.perOrder],
      [`client:${client}`, ACCESS_LIMITS.perClient],
    ] as const) {
      const { allowed, retryAfter } = await rateLimiter.hit(key, limit, ACCESS_LIMITS.windowSeconds);
      if (!allowed) {
        c.header('Retry-After', String(retryAfter));
        return problem(c, 'rate_limited', 'Too many look-ups for this order; try again later');
      }
    }
    const { order } = await store.findOrder({
      orderId,
      ...(typeof email === 'string' ? { email } : {}),
      ...(typeof phone === 'string' ? { phone } : {}),
    });
    return c.json(await orderTokens.sign(order.id, TOKEN_LIFETIME.verification), 201);
  });
  app.get('/orders/:id', async (c) => c.json(await store.getOrder(await ref(c), language(c))));
  app.get('/orders/:id/return-options', async (c) => c.json(await store.getReturnOptions(await ref(c), language(c))));
  app.get('/orders/:id/review-request', async (c) => c.json(await store.getReviewRequest(await ref(c), language(c))));
  app.post('/returns', async (c) => {
    const request = parse(CONTRACT.createReturn.input, await json(c));
    // The return and what it sends (messages, return.created) commit together, as every write below.
    const receipt = await store.transaction(async (shop, tx) => {
      const made = await shop.createReturn(request, language(c));
      await notifications?.returnCreated(made, tx);
      return made;
    });
    return c.json(receipt, 201);
  });
  app.get('/returns/:id', async (c) => {
    // Who asks comes first: a missing or forged token learns nothing, not even whether the return exists.
    const token = bearer(c);
    const signed =
      token && ((await orderTokens.orderOf(token).catch(() => undefined)) ?? (await customerTokens?.customerOf(token)));
    if (!signed) throw new AdapterError('unauthorized', 'This return needs its order’s access token');
    const receipt = await store.getReturn(c.req.param('id'));
    await mayAccess(c, receipt.orderId);
    return c.json(receipt);
  });
  app.post('/reviews', async (c) => {
    const review = parse(CONTRACT.submitReview.input, await json(c));
    const receipt = await store.transaction(async (shop, tx) => {
      const made = await shop.submitReview(review, language(c));
      await notifications?.reviewSubmitted(review.orderId, made, review.rating, tx);
      return made;
    });
    return c.json(receipt, 201);
  });
  app.post('/nps-responses', async (c) => {
    // An order token is proof (Authorization), never part of the stored answer, even when a client puts it in the body.
    const { token: _token, ...answer } = parse(CONTRACT.submitNps.input, await json(c));
    const receipt = await store.transaction(async (shop, tx) => {
      const made = await shop.submitNps(answer);
      await notifications?.npsAnswered(made.responseId, answer, tx);
      return made;
    });
    return c.json(receipt, 201);
  });
  // A customer's points are for that customer only: `me`, or their own id.
  app.get('/loyalty/:customer', async (c) => {
    const customerId = await signedInCustomer(c);
    const param = c.req.param('customer');
    if (param !== 'me' && param !== customerId) throw new AdapterError('unauthorized', 'Not this customer’s account');
    return c.json(await store.getLoyalty({ customerId }, language(c)));
  });
  app.post('/update-subscriptions', async (c) => {
    const subscription = parse(CONTRACT.subscribeToUpdates.input, await json(c));
    await store.subscribeToUpdates(subscription);
    const made = await notifications?.subscribe({ ...subscription, locale: language(c) });
    // LINE waits for the shopper to send the one-time code to the store's Official Account.
    if (made?.status === 'pending') return c.json(made, 201);
    return c.body(null, 204);
  });
  // Whether a subscription is active yet (LINE: once the shopper sent the code), for that order's proof only.
  app.get('/orders/:id/update-subscriptions/:subscription', async (c) => {
    const { orderId } = await ref(c);
    const { order } = await store.findOrder({ orderId });
    const found = await notifications?.subscription([order.id, order.number, orderId], c.req.param('subscription'));
    if (!found) throw new AdapterError('not_found', 'No such subscription');
    return c.json(found);
  });
  app.get('/recommendations', async (c) => {
    const query = parse(CONTRACT.getRecommendations.input, {
      placement: (c.req.query('placement') ?? 'journey') as RecommendationPlacement,
      ...(c.req.query('orderId') ? { orderId: c.req.query('orderId') } : {}),
      ...(c.req.query('customerId') ? { customerId: c.req.query('customerId') } : {}),
    });
    return c.json(await store.getRecommendations(query, language(c)));
  });

  app.route('/admin', adminRoutes({ state: store.state, orderTokens, orderPageUrl, notifications }));

  notifications?.routes(app);
  webhooksIn?.routes(app);

  app.notFound((c) => problem(c, 'not_found', 'No such endpoint'));
  app.onError((error, c) => {
    if (!(error instanceof AdapterError)) log.error('unhandled', { route: routePath(c), error: String(error) });
    return problemFor(c, error);
  });
  return app;
}
