// AFTERCARE_POLICY (DESIGN.md §5.4): the shop's rules from a JSON file, checked
// at start. The Thai example of server/examples drives the return options of an
// order the merchant API put in; a policy with a mistake stops the server with
// a message naming the bad path.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AdminKeys } from '../../server/admin/keys.js';
import { ADMIN_KEY, merchantOrder } from '../support/merchant-orders.js';
import { type RunningServer, startServer } from './reference-server.js';

const THAI = 'server/examples/policy-thai-shop.json';

describe('a shop’s own policy', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ AFTERCARE_POLICY: THAI, AFTERCARE_ADMIN_KEYS: AdminKeys.hashOf(ADMIN_KEY) });
  });
  after(() => server?.stop());

  it('sets the window, reasons, resolutions and fees of a return', async () => {
    const order = { ...merchantOrder('PX-7001'), locale: 'th' };
    order.items[0]!.productId = 'swimwear-bikini';
    const put = await fetch(`${server.url}/admin/orders/PX-7001`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify(order),
    });
    assert.equal(put.status, 201, await put.text());
    const access = await fetch(`${server.url}/order-access`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderId: 'PX-7001', email: 'px-7001@example.com' }),
    });
    const { token } = (await access.json()) as { token: string };
    const response = await fetch(`${server.url}/orders/PX-7001/return-options`, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'th' },
    });
    assert.equal(response.status, 200);
    const options = (await response.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(options['policy'].windowDays, 14);
    assert.equal(options['items'][0].ineligibleReason, 'final_sale');
    assert.deepEqual(
      options['methods'].map((m: { code: string; fee: { amount: string } }) => [m.code, m.fee.amount]),
      [
        ['seven-eleven', '35.00'],
        ['flash-pickup', '50.00'],
      ],
    );
    assert.deepEqual(options['reasons'].at(-1), { code: 'other', label: 'เหตุผลอื่น', requiresComment: true });
    assert.ok(options['reasons'].find((r: { code: string }) => r.code === 'not_as_described').requiresPhoto);
    assert.deepEqual(options['resolutions'][1], { type: 'store_credit', bonus: { amount: '50.00', currency: 'THB' } });
  });
});

describe('a policy with a mistake', () => {
  it('stops the server at start with a message naming the file and the bad path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftercare-policy-'));
    const file = join(dir, 'policy.json');
    const policy = JSON.parse(readFileSync(THAI, 'utf8'));
    policy.tiers[1].returnWindowDays = 'forty-five';
    writeFileSync(file, JSON.stringify(policy));
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], {
      env: { ...process.env, PORT: '0', DATA_DIR: 'memory://', AFTERCARE_POLICY: file },
      encoding: 'utf8',
      timeout: 90_000,
    });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /tiers\.1\.returnWindowDays: Invalid input: expected number/);
    assert.ok(run.stdout.includes(file));
    assert.doesNotMatch(run.stdout, /listening/);
  });
});
