// Delivery updates from the tracker to the shopper's inbox and LINE, against a
// real reference server (test/support/notify-server-plugin.mjs) whose mail
// goes to a real SMTP server on 127.0.0.1: the shopper subscribes in the
// tracker, the shop's system posts a tracking event through the merchant API,
// the e-mail arrives with the order page link; and LINE's webhook, signed as
// LINE signs it, turns a waiting LINE subscription active.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import '../../../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../../../src/components/order-tracker/order-tracker.js';
import { byText, shadowQuery, shadowQueryAll, typeInto, waitForText } from '../../support/dom.js';
import { ADMIN_KEY, merchantOrder } from '../../support/merchant-orders.js';

interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

let server: { url: string };

before(async function () {
  this.timeout(120_000);
  server = await executeServerCommand('aftercare-notify-server');
});

/** A fresh order put in through the merchant API, one parcel on its way. */
async function newOrder() {
  const id = `E2E-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1000)}`;
  const email = `${id.toLowerCase()}@example.com`;
  const response = await admin('PUT', `/orders/${id}`, {
    ...merchantOrder(id, email),
    contact: { email },
    locale: 'en',
  });
  expect(response.status, await response.clone().text()).to.equal(201);
  return { id, email };
}

function admin(method: string, path: string, body: unknown) {
  return fetch(`${server.url}/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function trackerFor(id: string, email: string) {
  const element = await fixture<AcOrderTracker>(
    html`<ac-order-tracker
      .adapter=${new RestAdapter({ baseUrl: server.url })}
      order=${id}
      email=${email}
    ></ac-order-tracker>`,
  );
  await waitUntil(() => shadowQuery(element, '.updates-toggle'), 'the order and its updates button', {
    timeout: 10_000,
  });
  shadowQuery<HTMLButtonElement>(element, '.updates-toggle')!.click();
  await waitUntil(() => shadowQuery(element, '[part="subscribe-form"]'), 'the form opens');
  return element;
}

async function mailsTo(to: string, count: number): Promise<Mail[]> {
  let mails: Mail[] = [];
  await waitUntil(
    async () =>
      (mails = await executeServerCommand<Mail[], { to: string }>('aftercare-notify-mails', { to })).length >= count,
    `${count} mail(s) to ${to}`,
    { timeout: 15_000, interval: 100 },
  );
  return mails;
}

/** The shopper sends `text` from LINE: LINE's servers call the store's webhook (from Node, as LINE would). */
const fromLine = (text: string, forged = false) =>
  executeServerCommand<number, { text: string; forged: boolean }>('aftercare-notify-line', { text, forged });

describe('<ac-order-tracker> updates, end to end', function () {
  this.timeout(40_000);

  it('subscribes by e-mail, and a tracking event from the merchant API reaches the inbox', async () => {
    const { id, email } = await newOrder();
    const element = await trackerFor(id, email);
    typeInto(shadowQuery<HTMLInputElement>(element, '#subscribe-address')!, email);
    byText<HTMLButtonElement>(element, 'button', 'Subscribe').click();
    await waitForText(element, 'We will send you an update', 10_000);

    const event = { at: new Date().toISOString(), status: 'out_for_delivery', description: 'With the rider' };
    const posted = await admin('POST', `/orders/${id}/shipments/${id}-b/events`, event);
    expect(posted.status, await posted.clone().text()).to.equal(201);

    const [mail] = await mailsTo(email, 1);
    expect(mail!.subject).to.equal(`Baan Kafe: order ${id}, Your parcel is out for delivery`);
    expect(mail!.text).to.contain('Your parcel is out for delivery');
    const link = mail!.text.match(/https:\/\/shop\.example\/orders\/[^\s]+/)?.[0];
    expect(link, mail!.text).to.match(new RegExp(`^https://shop\\.example/orders/${id}\\?token=`));
    expect(mail!.html).to.contain('https://shop.example/orders/');
    // The link opens the order: its token reads it, nothing else needed.
    const token = new URL(link!).searchParams.get('token')!;
    const order = await fetch(`${server.url}/orders/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(order.status).to.equal(200);
    expect(((await order.json()) as { id: string }).id).to.equal(id);
    expect(mail!.text).to.match(/\/unsubscribe\?token=/);
  });

  it('connects LINE with the code LINE delivers, and shows it active when the shopper comes back', async () => {
    const { id, email } = await newOrder();
    const element = await trackerFor(id, email);
    shadowQueryAll<HTMLInputElement>(element, 'input[name="channel"]')[2]!.click(); // LINE
    await element.updateComplete;
    byText<HTMLButtonElement>(element, 'button', 'Connect LINE').click();
    await waitUntil(() => shadowQuery(element, '[part="line-connect-link"]'), 'the Connect LINE link', {
      timeout: 10_000,
    });
    const code = shadowQuery(element, '.line-connect__code')!.textContent!.trim();
    expect(shadowQuery<HTMLAnchorElement>(element, '[part="line-connect-link"]')!.href).to.equal(
      `https://line.me/R/oaMessage/@baankafe/?${code}`,
    );

    expect(await fromLine(code, true)).to.equal(401, 'a forged signature binds nothing');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitForText(element, 'Waiting for your LINE message');

    expect(await fromLine(code)).to.equal(200);
    document.dispatchEvent(new Event('visibilitychange')); // Back from LINE.
    await waitForText(element, 'Connected. We will send you an update in LINE', 10_000);
  });
});
