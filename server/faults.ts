import type { Context, MiddlewareHandler } from 'hono';

/**
 * Test-only fault injection, on when the server starts with FAULTS=1. A
 * request names its fault in the X-Test-Fault header, so the RestAdapter's
 * retries, timeouts and idempotency can be tested against real failures:
 *
 * - `slow:MS`                 answer after MS milliseconds
 * - `status:CODE:N:ID`        the first N requests of fault ID get CODE (503, 429 with Retry-After: 1)
 * - `drop-after-commit:ID`    the first request runs (and commits), then the connection is cut
 * - `hang-after-commit:ID`    the first request runs (and commits), then no answer comes until the client gives up
 * - `malformed-json`          200 with a truncated JSON body
 * - `wrong-content-type`      200 with an HTML page
 */
export function faultInjection(): MiddlewareHandler {
  const seen = new Map<string, number>();
  const count = (id: string) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n;
  };
  return async (c: Context, next) => {
    if (c.req.path.startsWith('/__faults/')) return c.json({ requests: seen.get(c.req.path.slice(10)) ?? 0 });
    const fault = c.req.header('X-Test-Fault');
    if (!fault) return next();
    const [kind, ...args] = fault.split(':');
    switch (kind) {
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, Number(args[0])));
        return next();
      case 'status': {
        const [code, times, id] = args;
        if (count(id!) > Number(times)) return next();
        const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
        if (code === '429') headers['Retry-After'] = '1';
        return c.body(JSON.stringify({ title: 'Injected', status: Number(code) }), Number(code) as 503, headers);
      }
      case 'drop-after-commit': {
        const first = count(args[0]!) === 1;
        await next();
        if (first) (c.env as { incoming?: { socket?: { destroy(): void } } }).incoming?.socket?.destroy();
        return;
      }
      case 'hang-after-commit': {
        // Browsers resend a request whose reused connection was cut, so a cut
        // can go unnoticed; a missing answer always reaches the client's timeout.
        const first = count(args[0]!) === 1;
        await next();
        if (first) await new Promise((resolve) => setTimeout(resolve, 30_000));
        return;
      }
      case 'malformed-json':
        return c.body('{"id": "BK-1002", "number": ', 200, { 'Content-Type': 'application/json' });
      case 'wrong-content-type':
        return c.body('<html><body>Maintenance</body></html>', 200, { 'Content-Type': 'text/html' });
      default:
        return next();
    }
  };
}
