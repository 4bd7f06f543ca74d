// Loyalty for a shop's own customers (no demo data): orders put in through the
// merchant API earn points by the policy (`points.perAmount` of each order that
// has arrived, `reviews.pointsPerReview` per review not rejected), the tier is
// the one the policy's thresholds give, and the tier sets the return window.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdminKeys } from '../../server/admin/keys.js';
import { customerToken } from '../support/demo-contacts.js';
import { ADMIN_KEY, merchantOrder } from '../support/merchant-orders.js';
import { type RunningServer, startServer } from './reference-server.js';

const SECRET = 'loyalty-test-customer-secret';
const CUSTOMER = 'cust-th-7';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('loyalty from the policy, for orders put in through the merchant API', () => {
  let server: RunningServer;
  const call = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, json: (text ? JSON.parse(text) : {}) as Json };
  };
  const admin = (method: string, path: string, body?: unknown) =>
    call(method, `/admin${path}`, { Authorization: `Bearer ${ADMIN_KEY}` }, body);
  const signedIn = async (customer = CUSTOMER) => ({
    Authorization: `Bearer ${await customerToken(customer, SECRET)}`,
  });
  const account = async () => call('GET', '/loyalty/me', { ...(await signedIn()), 'Accept-Language': 'th' });
  const windowDays = async (orderId: string) =>
    (await call('GET', `/orders/${orderId}/return-options`, await signedIn())).json['policy']['windowDays'];

  before(async () => {
    server = await startServer({
      DEMO: '0',
      AFTERCARE_POLICY: 'server/examples/policy-thai-shop.json',
      AFTERCARE_ADMIN_KEYS: AdminKeys.hashOf(ADMIN_KEY),
      AFTERCARE_CUSTOMER_TOKEN_SECRET: SECRET,
    });
  });
  after(() => server?.stop());

  it('earns points as orders arrive and reviews come in; the tier follows the thresholds and sets the return window', async () => {
    // One parcel of two delivered: a member with no points yet, the members' 30 days.
    assert.equal((await admin('PUT', '/orders/LX-1', { ...merchantOrder('LX-1'), customerId: CUSTOMER })).status, 201);
    const first = await account();
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json['points'], 0);
    assert.deepEqual(first.json['tier'], { code: 'member', name: 'สมาชิก' });
    assert.equal(first.json['nextTier']['code'], 'vip');
    assert.equal(first.json['nextTier']['pointsToReach'], 3000);
    assert.equal(first.json['progress'], 0);
    assert.equal(await windowDays('LX-1'), 30);

    // The second parcel arrives: ฿1,580 at one point per ฿25.
    const delivered = { at: new Date().toISOString(), status: 'delivered', description: 'Delivered' };
    assert.equal((await admin('POST', '/orders/LX-1/shipments/LX-1-b/events', delivered)).status, 201);
    assert.equal((await account()).json['points'], 63);

    // A ฿75,000 order, delivered: 3,063 points reach VIP and its 45 days.
    const big = merchantOrder('LX-2');
    await admin('PUT', '/orders/LX-2', {
      ...big,
      customerId: CUSTOMER,
      total: { amount: '75000.00', currency: 'THB' },
      shipments: big.shipments.map((s) => ({ ...s, status: 'delivered', deliveredAt: delivered.at })),
    });
    const vip = await account();
    assert.equal(vip.json['points'], 3063);
    assert.equal(vip.json['tier']['code'], 'vip');
    assert.equal(vip.json['nextTier'], undefined);
    assert.ok(vip.json['perks'].length > 0);
    assert.equal(await windowDays('LX-1'), 45);

    // A review earns its 20 points; rejected, it earns none.
    const review = await call('POST', '/reviews', await signedIn(), {
      orderId: 'LX-1',
      lineItemId: 'LX-1-1',
      productId: 'm-scarf',
      rating: 5,
    });
    assert.equal(review.status, 201, review.text);
    assert.equal((await account()).json['points'], 3083);
    await admin('POST', `/reviews/${review.json['id']}/status`, { status: 'rejected' });
    assert.equal((await account()).json['points'], 3063);
  });

  it('has no account for a customer without orders, and shows nobody another customer’s', async () => {
    assert.equal((await call('GET', '/loyalty/me', await signedIn('cust-nobody'))).status, 404);
    assert.equal((await call('GET', `/loyalty/${CUSTOMER}`, await signedIn('cust-nobody'))).status, 401);
    assert.equal((await call('GET', '/loyalty/me')).status, 401);
  });
});
