// README, "The reference server": it "logs one JSON line per request without
// query strings or bodies" (server/logger.ts: nor headers), where emails,
// phone numbers, bank details and tokens travel. server/main.ts in a child
// process, its stdout captured: requests carrying all of them in query
// strings, bodies and headers, then every line it wrote is checked.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type LogLine, orderAccess, type RunningServer, startServer } from './reference-server.js';

const EMAIL = 'someone@example.com';
const PHONE = '0812345678';
const ACCOUNT = '123-456-7890';
const NAME = 'Someone Secretname';
const QUERY = `?email=${encodeURIComponent(EMAIL)}&phone=${PHONE}`;
/** The fields of a request line (server/app.ts): nothing a shopper typed. */
const REQUEST_FIELDS = ['time', 'level', 'message', 'method', 'route', 'status', 'ms', 'raw'];

let server: RunningServer;
let secrets: string[];
let requests = 0;
let lines: LogLine[];

async function send(path: string, init: RequestInit = {}) {
  requests++;
  const response = await fetch(`${server.url}${path}`, init);
  await response.arrayBuffer();
  return response;
}

before(async () => {
  server = await startServer();
  requests++; // orderAccess() below is a request too.
  const headers = await orderAccess(server, 'BK-1001');
  const token = headers['Authorization']!.replace('Bearer ', '');
  const json = { 'Content-Type': 'application/json' };
  secrets = [EMAIL, encodeURIComponent(EMAIL), PHONE, ACCOUNT, NAME, token, 'somchai@example.com', 'customer-secret'];

  assert.equal((await send(`/orders/BK-1001${QUERY}`)).status, 401);
  assert.equal((await send(`/orders/BK-1001${QUERY}`, { headers })).status, 200);
  assert.equal((await send(`/orders/BK-1001/return-options${QUERY}`, { headers })).status, 200);
  assert.equal((await send(`/no-such-route${QUERY}`)).status, 404);
  const lookUp = JSON.stringify({ orderId: 'BK-1002', phone: PHONE, email: EMAIL });
  assert.equal((await send('/order-access', { method: 'POST', headers: json, body: lookUp })).status, 404);
  const subscription = JSON.stringify({ orderId: 'BK-1001', channel: 'email', address: EMAIL });
  const subscribed = await send(`/update-subscriptions${QUERY}`, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: subscription,
  });
  assert.equal(subscribed.status, 204);
  const refund = JSON.stringify({
    orderId: 'BK-1001',
    resolution: 'refund',
    methodCode: 'none',
    items: [{ lineItemId: 'li-1001-1', quantity: 1, reasonCode: 'changed_mind', comment: `Call ${PHONE}` }],
    refundAccount: { kind: 'bank_account', accountName: NAME, accountNumber: ACCOUNT },
  });
  const returned = await send('/returns', { method: 'POST', headers: { ...json, ...headers }, body: refund });
  assert.ok([201, 422].includes(returned.status), `POST /returns: ${returned.status}`);
  assert.equal((await send('/returns', { method: 'POST', headers: json, body: `{"email": "${EMAIL}",` })).status, 422);
  const signedIn = { Authorization: 'Bearer customer-secret' };
  assert.equal((await send('/loyalty/me', { headers: signedIn })).status, 401);
  lines = await server.requestLogs(requests);
});
after(() => server?.stop());

describe('the server’s log', () => {
  it('has one JSON line per request', () => {
    assert.equal(lines.length, requests);
    for (const line of server.logs) assert.ok(line.message, `not a JSON log line: ${line.raw}`);
  });

  it('names routes by pattern, never with a query string', () => {
    for (const line of lines) {
      assert.equal(typeof line['route'], 'string');
      assert.doesNotMatch(String(line['route']), /[?=&@]/, line.raw);
    }
    assert.ok(lines.some((line) => line['route'] === '/orders/:id'));
  });

  it('holds no field but method, route, status and time', () => {
    for (const line of lines) {
      assert.deepEqual(
        Object.keys(line).filter((key) => !REQUEST_FIELDS.includes(key)),
        [],
        line.raw,
      );
    }
  });

  it('holds no email, phone, account, name or token from a query, a body or a header', () => {
    for (const line of server.logs) {
      for (const secret of secrets) assert.ok(!line.raw.includes(secret), `${secret} in ${line.raw}`);
    }
  });
});
