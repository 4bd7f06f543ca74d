// The demo storefront (demo/): each demo order is one click away, opened as
// from the signed link in its shipping e-mail (the demo token rides in the
// address, never an e-mail or phone).
import { expect, waitUntil } from '@open-wc/testing';
import { demoAccessToken } from '../../src/adapters/memory/index.js';
import { shadowQuery } from '../support/dom.js';

const journey = () => document.querySelector('ac-order-journey')!;

async function orderShown(order: string) {
  await waitUntil(() => journey().shadowRoot?.querySelector('ac-order-tracker'), 'the tracker', { timeout: 5000 });
  const tracker = journey().shadowRoot!.querySelector('ac-order-tracker')!;
  await waitUntil(() => shadowQuery(tracker, '.order__title')?.textContent?.includes(order), order, { timeout: 5000 });
}

describe('the demo storefront', () => {
  it('opens the first order as from its signed link, and the picker opens another the same way', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    document.body.innerHTML = page.body.innerHTML;
    await import('../../demo/demo.js');
    expect(journey().getAttribute('token')).to.equal(demoAccessToken('BK-1001'));
    await orderShown('BK-1001');

    const picker = document.querySelector<HTMLSelectElement>('#order-picker')!;
    picker.value = 'JK-2001';
    picker.dispatchEvent(new Event('change'));
    expect(journey().getAttribute('token')).to.equal(demoAccessToken('JK-2001'));
    expect(new URL(location.href).searchParams.get('token')).to.equal(demoAccessToken('JK-2001'));
    expect(decodeURIComponent(location.href)).to.not.match(/@|example\.com|\+66/);
    await orderShown('JK-2001');
  });
});
