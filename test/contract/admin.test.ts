// The merchant API seen from the shopper's side, in a browser over real HTTP:
// what the shop's system puts in or decides through /admin shows in the
// widgets at once (test/server/admin.node-test.ts covers the API itself).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import '../../src/components/order-tracker/define.js';
import { byText, shadowQuery, shownText } from '../support/dom.js';
import { ADMIN_KEY, merchantOrder } from '../support/merchant-orders.js';
import { check, next, radioByText, select, title, wizard } from '../support/return-wizard-steps.js';

const SERVER = 'http://127.0.0.1:8788';

async function admin(method: string, path: string, body?: unknown) {
  const response = await fetch(`${SERVER}/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_KEY}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} /admin${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** A new order through the merchant API, and the access link a shipping message would carry. */
async function newOrder() {
  const id = `MB-${Math.floor(Math.random() * 1e8)}`;
  await admin('PUT', `/orders/${id}`, merchantOrder(id));
  const { token } = (await admin('POST', `/orders/${id}/access-links`)) as { token: string };
  return { id, token };
}

describe('the merchant API, seen by the shopper', () => {
  beforeEach(() => sessionStorage.clear());

  it('the tracker shows an order put in a moment ago, and a new event once polled', async () => {
    const { id, token } = await newOrder();
    const element = await fixture(
      html`<ac-order-tracker
        .adapter=${new RestAdapter({ baseUrl: SERVER })}
        order=${id}
        token=${token}
        poll-interval="0.2"
      ></ac-order-tracker>`,
    );
    await waitUntil(() => shownText(element).includes(`KEX${id.slice(3)}02`), 'the parcel on its way', {
      timeout: 5000,
    });
    expect(shownText(element)).to.contain('Silk scarf, teal');
    expect(shownText(element)).not.to.contain('With rider Somsak');

    await admin('POST', `/orders/${id}/shipments/${id}-b/events`, {
      at: new Date().toISOString(),
      status: 'out_for_delivery',
      description: 'With rider Somsak',
    });
    await waitUntil(() => shownText(element).includes('With rider Somsak'), 'the new event', { timeout: 5000 });
  });

  it('a return approved through the merchant API shows as approved in the wizard’s status view', async () => {
    const { id, token } = await newOrder();
    const element = await wizard(undefined, new RestAdapter({ baseUrl: SERVER }));
    element.setAttribute('token', token);
    element.setAttribute('order', id);
    await waitUntil(() => shadowQuery(element, `#item-${id}-1`), 'the delivered scarf to choose', { timeout: 5000 });
    expect(title(element)).to.equal('What are you returning?');
    check(element, `#item-${id}-1`);
    await element.updateComplete;
    select(element, `reason-${id}-1`, 'wrong_size');
    await next(element, 'What would you like instead?');
    radioByText(element, 'Refund');
    await next(element, 'How will you send it back?');
    radioByText(element, 'Drop off');
    await next(element, 'Check and submit');
    byText<HTMLButtonElement>(element, 'button', 'Submit return').click();
    await waitUntil(() => title(element) === 'Your return is booked', 'booked', { timeout: 10_000 });
    expect(shownText(element)).to.contain('Requested: we will confirm it shortly');

    const { returns } = (await admin('GET', '/returns?status=requested')) as {
      returns: { id: string; orderId: string }[];
    };
    const booked = returns.find((r) => r.orderId === id)!;
    await admin('POST', `/returns/${booked.id}/status`, { status: 'approved' });
    byText<HTMLButtonElement>(element, 'button', 'Check the status').click();
    await waitUntil(() => shownText(element).includes('Status Approved'), 'approved', { timeout: 5000 });
    expect(shownText(element)).not.to.contain('we will confirm it shortly');
  });
});
