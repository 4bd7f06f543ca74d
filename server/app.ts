import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { routePath } from 'hono/route';
import type * as z from 'zod/mini';
import type { DemoStore } from '../src/adapters/memory/demo-store.js';
import { CONTRACT } from '../src/core/contract.js';
import { AdapterError } from '../src/core/errors.js';
import { primaryLanguage } from '../src/core/languages.js';
import type { RecommendationPlacement } from '../src/core/schemas/index.js';
import type { Logger } from './logger.js';
import { faultInjection } from './faults.js';
import { problem, problemFor } from './problem.js';
import { IdempotencyStore } from './storage/idempotency.js';

export interface AppOptions {
  store: DemoStore;
  idempotency: IdempotencyStore;
  log: Logger;
  /** Origins allowed to call from a browser; empty: same origin only. `*` allows any. */
  corsOrigins: string[];
  /** Largest request body; photos travel as data URLs. */
  maxBodyBytes?: number;
  /** Test-only fault injection (server/faults.ts). */
  faults?: boolean;
}

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
}: AppOptions) {
  const app = new Hono();

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
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        // A browser hides other headers from cross-origin callers; the adapter needs these.
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
        maxAge: 600,
      }),
    );
  }

  if (faults) app.use('*', faultInjection());

  app.use(
    '*',
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => problem(c, 'invalid_request', 'The request is too large') }),
  );

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

  const ref = (c: { req: { param(name: string): string; query(name: string): string | undefined } }) =>
    parse(CONTRACT.getOrder.input, {
      orderId: c.req.param('id'),
      ...(c.req.query('email') ? { email: c.req.query('email') } : {}),
      ...(c.req.query('phone') ? { phone: c.req.query('phone') } : {}),
    });
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
  app.get('/orders/:id', async (c) => c.json(await store.getOrder(ref(c), language(c))));
  app.get('/orders/:id/return-options', async (c) => c.json(await store.getReturnOptions(ref(c), language(c))));
  app.get('/orders/:id/review-request', async (c) => c.json(await store.getReviewRequest(ref(c), language(c))));
  app.post('/returns', async (c) =>
    c.json(await store.createReturn(parse(CONTRACT.createReturn.input, await json(c)), language(c)), 201),
  );
  app.get('/returns/:id', async (c) => c.json(await store.getReturn(c.req.param('id'))));
  app.post('/reviews', async (c) =>
    c.json(await store.submitReview(parse(CONTRACT.submitReview.input, await json(c)), language(c)), 201),
  );
  app.post('/nps-responses', async (c) =>
    c.json(await store.submitNps(parse(CONTRACT.submitNps.input, await json(c))), 201),
  );
  app.get('/loyalty/:customer', async (c) => {
    // "me" is whoever the bearer token names; the demo has no real sessions.
    const param = c.req.param('customer');
    const bearer = c.req.header('Authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    const customerId = param === 'me' ? bearer : param;
    return c.json(await store.getLoyalty(customerId ? { customerId } : {}, language(c)));
  });
  app.post('/update-subscriptions', async (c) => {
    await store.subscribeToUpdates(parse(CONTRACT.subscribeToUpdates.input, await json(c)));
    return c.body(null, 204);
  });
  app.get('/recommendations', async (c) => {
    const query = parse(CONTRACT.getRecommendations.input, {
      placement: (c.req.query('placement') ?? 'journey') as RecommendationPlacement,
      ...(c.req.query('orderId') ? { orderId: c.req.query('orderId') } : {}),
      ...(c.req.query('customerId') ? { customerId: c.req.query('customerId') } : {}),
    });
    return c.json(await store.getRecommendations(query, language(c)));
  });

  app.notFound((c) => problem(c, 'not_found', 'No such endpoint'));
  app.onError((error, c) => {
    if (!(error instanceof AdapterError)) log.error('unhandled', { route: routePath(c), error: String(error) });
    return problemFor(c, error);
  });
  return app;
}
