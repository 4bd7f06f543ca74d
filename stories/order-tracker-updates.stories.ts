import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { demoAccessToken, MemoryAdapter } from '../src/adapters/memory/index.js';
import type { AftercareAdapter } from '../src/core/adapter.js';
import type { SupportLinks } from '../src/core/config.js';
import '../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../src/components/order-tracker/order-tracker.js';
import { expectLanguage } from './support/expect-language.js';

interface Args {
  /** The store's LINE Official Account (`configure({ support: { line } })`): the "Connect LINE" link opens it. */
  lineAccount: string;
}

/** An adapter for each story, so a play function can stand in for the shopper sending the code from LINE. */
const adapters = new Map<string, MemoryAdapter>();

/** The demo adapter with its code expired by the time the shopper comes back. */
function expiring(demo: MemoryAdapter): AftercareAdapter {
  return {
    getOrder: demo.getOrder.bind(demo),
    getReturnOptions: demo.getReturnOptions.bind(demo),
    createReturn: demo.createReturn.bind(demo),
    getReturn: demo.getReturn.bind(demo),
    subscribeToUpdates: demo.subscribeToUpdates.bind(demo),
    getUpdateSubscription: async (ref, opts) => ({
      ...(await demo.getUpdateSubscription(ref, opts)),
      lineCodeExpiresAt: new Date(Date.now() - 60_000).toISOString(),
    }),
  };
}

/**
 * Delivery updates in the tracker: e-mail, SMS and WhatsApp take an address;
 * LINE needs none: "Connect LINE" opens the store's Official Account with a
 * one-time code typed in (a QR code of that link on wide screens), and the
 * subscription shows as active when the shopper comes back.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Order tracker/Delivery updates',
  component: 'ac-order-tracker',
  args: { lineAccount: '@baankafe' },
  render: ({ lineAccount }, { id, parameters }) => {
    const demo = new MemoryAdapter();
    adapters.set(id, demo);
    const support: SupportLinks = lineAccount ? { line: lineAccount } : {};
    const adapter = parameters['expiring'] ? expiring(demo) : demo;
    return html`<ac-provider .support=${support}>
      <ac-order-tracker .adapter=${adapter} order="BK-1001" token=${demoAccessToken('BK-1001')}></ac-order-tracker>
    </ac-provider>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector<AcOrderTracker>('ac-order-tracker')!.shadowRoot!;
const find = <T extends Element = HTMLElement>(canvas: HTMLElement, selector: string) =>
  root(canvas).querySelector<T>(selector);

/** Opens the updates form and picks a channel (0 e-mail, 1 SMS, 2 LINE, 3 WhatsApp). */
async function choose(canvas: HTMLElement, channel: number) {
  await waitFor(() => expect(find(canvas, '.updates-toggle')).not.toBeNull());
  find<HTMLButtonElement>(canvas, '.updates-toggle')!.click();
  await waitFor(() => expect(find(canvas, '[part="subscribe-form"]')).not.toBeNull());
  root(canvas).querySelectorAll<HTMLInputElement>('input[name="channel"]')[channel]!.click();
}

/** Picks LINE and presses "Connect LINE": the code waits for the shopper. */
async function connect(canvas: HTMLElement) {
  await choose(canvas, 2);
  await waitFor(() => expect(find(canvas, '#subscribe-address')).toBeNull());
  find<HTMLButtonElement>(canvas, '.subscribe button[type="submit"]')!.click();
  await waitFor(() => expect(find(canvas, '[part="line-connect"]')).not.toBeNull());
  return find(canvas, '.line-connect__code')!.textContent!.trim();
}

export const ByEmail: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 0);
    await waitFor(() => expect(find<HTMLInputElement>(canvasElement, '#subscribe-address')?.type).toBe('email'));
    await expectLanguage(root(canvasElement), 'Email address');
  },
};

export const LineChosen: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 2);
    await waitFor(() => expect(find(canvasElement, '#subscribe-address')).toBeNull());
    await expectLanguage(root(canvasElement), 'No LINE ID needed');
  },
};

export const LineWaitingForCode: Story = {
  play: async ({ canvasElement }) => {
    const code = await connect(canvasElement);
    const link = find<HTMLAnchorElement>(canvasElement, '[part="line-connect-link"]')!;
    await expect(link.href).toBe(`https://line.me/R/oaMessage/@baankafe/?${code}`);
    await expectLanguage(root(canvasElement), 'Waiting for your LINE message');
  },
};

export const LineWithoutOfficialAccount: Story = {
  args: { lineAccount: '' },
  play: async ({ canvasElement }) => {
    await connect(canvasElement);
    await expect(find(canvasElement, '[part="line-connect-link"]')).toBeNull();
    await expectLanguage(root(canvasElement), 'Send this code to our LINE Official Account');
  },
};

export const LineConnected: Story = {
  play: async ({ canvasElement, id }) => {
    const code = await connect(canvasElement);
    await expect(adapters.get(id)!.connectLine(code)).toBe(true);
    document.dispatchEvent(new Event('visibilitychange')); // The shopper comes back from LINE.
    await waitFor(() => expect(find(canvasElement, '[part="line-connect"]')).toBeNull());
    await expectLanguage(root(canvasElement), 'We will send you an update in LINE');
  },
};

export const LineCodeExpired: Story = {
  parameters: { expiring: true },
  play: async ({ canvasElement }) => {
    await connect(canvasElement);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(find(canvasElement, '[part="line-connect"] [role="alert"]')).not.toBeNull());
    await expectLanguage(root(canvasElement), 'This code no longer works.');
  },
};
