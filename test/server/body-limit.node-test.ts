// README, "The reference server": it "limits request bodies to 10 MB" (photos
// travel as data URLs). Over real HTTP against server/main.ts: a valid return
// of just under 10 MB is taken; one just over is refused as a problem
// document, and nothing of it is stored: the item can still be returned, and
// its Idempotency-Key was not used up.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { orderAccess, postJson, problemOf, type RunningServer, startServer } from './reference-server.js';

const MB = 1024 * 1024;

let server: RunningServer;
before(async () => {
  server = await startServer();
});
after(() => server?.stop());

interface ReturnOptions {
  items: { lineItemId: string; returnableQuantity: number; ineligibleReason?: string }[];
  reasons: { code: string; requiresPhoto?: boolean; requiresComment?: boolean }[];
  methods: { code: string }[];
  resolutions: { type: string; refundAccountRequired?: boolean }[];
}

async function returnOptions(orderId: string, headers: Record<string, string>): Promise<ReturnOptions> {
  const response = await fetch(`${server.url}/orders/${orderId}/return-options`, { headers });
  assert.equal(response.status, 200);
  return (await response.json()) as ReturnOptions;
}

/** A return of one item the shop accepts, with a photo (a data URL) padded so the JSON is `bytes` long. */
async function returnOfSize(orderId: string, headers: Record<string, string>, bytes: number) {
  const options = await returnOptions(orderId, headers);
  const item = options.items.find((i) => i.returnableQuantity > 0 && !i.ineligibleReason)!;
  const reason = options.reasons.find((r) => !r.requiresComment) ?? options.reasons[0]!;
  const resolution = options.resolutions.find((r) => !r.refundAccountRequired)!;
  const request = (photo: string) => ({
    orderId,
    resolution: resolution.type,
    methodCode: options.methods[0]!.code,
    items: [{ lineItemId: item.lineItemId, quantity: 1, reasonCode: reason.code, comment: 'Too big', photos: [photo] }],
  });
  const prefix = 'data:image/jpeg;base64,';
  const overhead = JSON.stringify(request(prefix)).length;
  const body = JSON.stringify(request(prefix + 'A'.repeat(bytes - overhead)));
  assert.equal(body.length, bytes);
  return { body, lineItemId: item.lineItemId };
}

describe('request bodies are limited to 10 MB', () => {
  it('takes a return with photos of just under 10 MB', async () => {
    const headers = await orderAccess(server, 'JK-2003');
    const { body, lineItemId } = await returnOfSize('JK-2003', headers, 10 * MB - 1024);
    const response = await postJson(server, '/returns', body, headers);
    assert.equal(response.status, 201, (await response.text()).slice(0, 300));
    const after = await returnOptions('JK-2003', headers);
    assert.equal(after.items.find((i) => i.lineItemId === lineItemId)!.ineligibleReason, 'already_returned');
  });

  it('refuses one just over 10 MB as a problem, and stores nothing of it', async () => {
    const headers = await orderAccess(server, 'BK-1004');
    const { body, lineItemId } = await returnOfSize('BK-1004', headers, 10 * MB + 1024);
    const key = `too-large-${Date.now()}`;
    const problem = await problemOf(await postJson(server, '/returns', body, { ...headers, 'Idempotency-Key': key }));
    assert.equal(problem.status, 413, problem.text.slice(0, 200));
    assert.match(problem.contentType ?? '', /^application\/problem\+json\b/);
    assert.equal(problem.body?.['status'], problem.status);
    assert.equal(problem.body?.['code'], 'invalid_request');
    assert.equal(typeof problem.body?.['title'], 'string');

    const options = await returnOptions('BK-1004', headers);
    const item = options.items.find((i) => i.lineItemId === lineItemId)!;
    assert.equal(item.ineligibleReason, undefined, 'the item can still be returned');
    assert.ok(item.returnableQuantity > 0);
    // The same key with a small body is a new request: the refused one did not claim it.
    const { body: small } = await returnOfSize('BK-1004', headers, 4096);
    const retry = await postJson(server, '/returns', small, { ...headers, 'Idempotency-Key': key });
    assert.equal(retry.status, 201, await retry.text());
    assert.equal(retry.headers.get('Idempotent-Replayed'), null);
  });
});
