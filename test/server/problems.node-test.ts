// README, "The reference server": it "answers errors as application/problem+json".
// Every kind of error a client can cause, over real HTTP against server/main.ts:
// each is an RFC 9457 problem document with the adapter error `code` the
// RestAdapter maps back, a `title`, and a `status` equal to the HTTP status.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { orderAccess, postJson, problemOf, type RunningServer, startServer } from './reference-server.js';

/** The codes of docs/openapi.json's Problem schema. */
const CODES = ['not_found', 'unauthorized', 'invalid_request', 'conflict', 'rate_limited', 'unavailable'];

let server: RunningServer;
before(async () => {
  server = await startServer();
});
after(() => server?.stop());

async function expectProblem(response: Response, status: number, code: string) {
  const problem = await problemOf(response);
  assert.equal(problem.status, status, problem.text);
  assert.match(problem.contentType ?? '', /^application\/problem\+json\b/);
  assert.ok(problem.body, `a JSON body, not ${problem.text.slice(0, 80)}`);
  assert.equal(problem.body['code'], code);
  assert.ok(CODES.includes(String(problem.body['code'])), 'a code of docs/openapi.json');
  assert.equal(typeof problem.body['title'], 'string');
  assert.ok(String(problem.body['title']).length > 0, 'a title');
  assert.equal(problem.body['status'], status, 'status in the body is the HTTP status');
  return problem.body;
}

describe('every error is application/problem+json', () => {
  it('404: a route that does not exist', async () => {
    await expectProblem(await fetch(`${server.url}/no-such-route`), 404, 'not_found');
  });

  it('404: a method a route does not take', async () => {
    await expectProblem(await fetch(`${server.url}/returns`, { method: 'DELETE' }), 404, 'not_found');
  });

  it('404: an order that does not exist', async () => {
    const headers = await orderAccess(server, 'BK-1004');
    await expectProblem(await fetch(`${server.url}/orders/XX-0000`, { headers }), 404, 'not_found');
  });

  it('401: an order read without its access token', async () => {
    await expectProblem(await fetch(`${server.url}/orders/BK-1004`), 401, 'unauthorized');
  });

  it('401: the signed-in shopper’s points without a sign-in', async () => {
    await expectProblem(await fetch(`${server.url}/loyalty/me`), 401, 'unauthorized');
  });

  it('422: a body that is not JSON', async () => {
    const body = await expectProblem(
      await postJson(server, '/returns', '{"orderId": "BK-1004",'),
      422,
      'invalid_request',
    );
    assert.match(String(body['detail']), /not JSON/);
  });

  it('422: a JSON body the contract does not accept', async () => {
    const body = await expectProblem(
      await postJson(server, '/nps-responses', '{"score": "ten"}'),
      422,
      'invalid_request',
    );
    assert.equal(typeof body['detail'], 'string');
  });

  it('409: an Idempotency-Key sent again with another body', async () => {
    const key = `problems-${Date.now()}`;
    const score = (score: number) => JSON.stringify({ surveyId: 'problems', scale: 'nps', score, locale: 'en' });
    const first = await postJson(server, '/nps-responses', score(9), { 'Idempotency-Key': key });
    assert.equal(first.status, 201, await first.text());
    await expectProblem(
      await postJson(server, '/nps-responses', score(2), { 'Idempotency-Key': key }),
      409,
      'conflict',
    );
  });

  it('409: a second review of the same item', async () => {
    const headers = await orderAccess(server, 'BK-1004');
    const request = (await (await fetch(`${server.url}/orders/BK-1004/review-request`, { headers })).json()) as {
      items: { lineItemId: string; productId: string }[];
    };
    const item = request.items[0]!;
    const review = JSON.stringify({
      orderId: 'BK-1004',
      lineItemId: item.lineItemId,
      productId: item.productId,
      rating: 5,
    });
    const first = await postJson(server, '/reviews', review, headers);
    assert.equal(first.status, 201, await first.text());
    await expectProblem(await postJson(server, '/reviews', review, headers), 409, 'conflict');
  });

  it('429: too many look-ups of one order, with Retry-After', async () => {
    const lookUp = () =>
      postJson(server, '/order-access', JSON.stringify({ orderId: 'SG-3001', email: 'guess@example.com' }));
    let response = await lookUp();
    for (let i = 0; i < 20 && response.status !== 429; i++) response = await lookUp();
    assert.ok(Number(response.headers.get('Retry-After')) > 0, 'Retry-After');
    await expectProblem(response, 429, 'rate_limited');
  });
});
