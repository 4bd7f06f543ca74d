import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { demoAccessToken } from '../src/adapters/memory/index.js';
import '../src/components/order-tracker/define.js';
import type { AcOrderTracker } from '../src/components/order-tracker/order-tracker.js';
import { expectLanguage } from './support/expect-language.js';

interface Args {
  order?: string;
  /** Opened from the signed link in the order's e-mail (its demo token), or by the order number alone. */
  signedLink: boolean;
  pollInterval: number;
  returnHref?: string;
  reviewHref?: string;
}

/**
 * Self-service "where is my order". Every story runs on the demo data through
 * the scenario's MemoryAdapter; the toolbar switches language and theme.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Order tracker',
  component: 'ac-order-tracker',
  args: { pollInterval: 0, signedLink: true },
  argTypes: {
    order: {
      control: 'select',
      options: [
        ...['BK-1001', 'BK-1002', 'BK-1003', 'BK-1004', 'BK-1005', 'JK-2001', 'JK-2002', 'JK-2003', 'SG-3001'],
        ...['BK-1006', 'SG-3002', 'BK-1007', 'BK-1008', 'JK-2004', 'JK-2005', 'BK-1009'],
      ],
    },
    pollInterval: { control: 'number' },
  },
  render: ({ order, signedLink, pollInterval, returnHref, reviewHref }) => html`
    <ac-order-tracker
      order=${order ?? nothing}
      token=${order && signedLink ? demoAccessToken(order) : nothing}
      poll-interval=${pollInterval}
      return-href=${returnHref ?? nothing}
      review-href=${reviewHref ?? nothing}
    ></ac-order-tracker>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const tracker = (canvas: HTMLElement) => canvas.querySelector<AcOrderTracker>('ac-order-tracker')!;
const part = (canvas: HTMLElement, name: string) => tracker(canvas).shadowRoot!.querySelectorAll(`[part~="${name}"]`);

/** Waits for the order to render and checks the parts a shopper should see. */
function showsOrder(parts: Record<string, number>, english: string): Story['play'] {
  return async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'header')).toHaveLength(1), { timeout: 5000 });
    for (const [name, count] of Object.entries(parts)) {
      await waitFor(() => expect(part(canvasElement, name)).toHaveLength(count));
    }
    await expectLanguage(tracker(canvasElement).shadowRoot!, english);
  };
}

export const LookUpForm: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'lookup-form')).toHaveLength(1));
    const root = tracker(canvasElement).shadowRoot!;
    await userEvent.click(root.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(root.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2));
    await expectLanguage(root, 'Find my order');
  },
};

/** The order number alone (typed, or from a link without its token): the tracker asks only for the e-mail. */
export const OpenedByNumberAloneAsksForTheEmail: Story = {
  args: { order: 'BK-1002', signedLink: false },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'lookup-form')).toHaveLength(1));
    const root = tracker(canvasElement).shadowRoot!;
    await expect(root.querySelector('#lookup-order')).toBeNull();
    await expectLanguage(root, 'Confirm it is your order');
    await userEvent.type(root.querySelector<HTMLInputElement>('#lookup-contact')!, 'nok@example.com');
    await userEvent.click(root.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(part(canvasElement, 'header')).toHaveLength(1), { timeout: 5000 });
    await expect(part(canvasElement, 'lookup-form')).toHaveLength(0);
  },
};

export const InTransitSplitShipmentCashOnDelivery: Story = {
  args: { order: 'BK-1001' },
  play: showsOrder({ shipment: 2, 'cod-banner': 1, progress: 1 }, 'Parcel 1 of 2'),
};

export const OutForDelivery: Story = {
  args: { order: 'BK-1002' },
  play: showsOrder({ shipment: 1, 'carrier-link': 1 }, 'Out for delivery'),
};

export const DeliveryAttemptFailed: Story = {
  args: { order: 'BK-1003' },
  play: showsOrder({ help: 1, 'cod-banner': 1 }, 'Nobody was available'),
};

export const DeliveredWithReturnAndReview: Story = {
  args: { order: 'BK-1004', returnHref: '/returns?order={order}', reviewHref: '/reviews?order={order}' },
  play: showsOrder({ actions: 1, 'cod-banner': 0 }, 'Write a review'),
};

export const TrackingExpired: Story = {
  args: { order: 'BK-1005' },
  play: showsOrder({ help: 1 }, 'has not sent an update'),
};

export const ReadyForPickupInRupiah: Story = {
  args: { order: 'JK-2001' },
  play: showsOrder({ 'pickup-point': 1, help: 1 }, 'Ready for pickup'),
};

export const DeliveredPastReturnWindow: Story = {
  args: { order: 'JK-2002' },
  play: showsOrder({ actions: 1 }, 'Delivered'),
};

export const DeliveredCashCollected: Story = {
  args: { order: 'JK-2003' },
  play: showsOrder({ 'cod-banner': 0 }, 'paid in cash on delivery'),
};

export const HeldAtCustoms: Story = {
  args: { order: 'SG-3001' },
  play: showsOrder({ shipment: 2, help: 1 }, 'customs clearance'),
};

export const WithoutUpdateSubscriptions: Story = {
  args: { order: 'BK-1001' },
  parameters: { adapterOptions: { without: ['subscribeToUpdates'] } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'header')).toHaveLength(1));
    await expect(tracker(canvasElement).shadowRoot!.querySelector('.updates-toggle')).toBeNull();
  },
};

export const NothingShippedYet: Story = {
  args: { order: 'BK-1002' },
  parameters: { scenario: 'empty' },
  play: showsOrder({ shipment: 0 }, 'We are preparing your order'),
};

export const Loading: Story = {
  args: { order: 'BK-1001' },
  parameters: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'skeleton')).toHaveLength(1));
  },
};

export const BackendError: Story = {
  args: { order: 'BK-1001' },
  parameters: { scenario: 'error' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'error')).toHaveLength(1));
    await expect(part(canvasElement, 'retry-button')).toHaveLength(1);
    await expectLanguage(tracker(canvasElement).shadowRoot!, 'Something went wrong on our side');
  },
};

export const MalformedResponse: Story = {
  args: { order: 'BK-1001' },
  parameters: { scenario: 'malformed' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'error')).toHaveLength(1));
  },
};

// What real carriers send (DESIGN §5.2). These open with the e-mail the order
// was placed with, as a shopper who typed it would.

/** A demo order proven with its e-mail. */
function withEmail(order: string, email: string): Partial<Story> {
  return {
    args: { order },
    render: () => html`<ac-order-tracker order=${order} email=${email}></ac-order-tracker>`,
  };
}

export const TwoPieceParcel: Story = {
  ...withEmail('BK-1006', 'pim@example.com'),
  play: showsOrder({ shipment: 1, 'copy-button': 3 }, 'Piece 2 of 2'),
};

export const CrossBorderLastMileCarrier: Story = {
  ...withEmail('SG-3002', 'wei@example.com'),
  play: showsOrder({ 'carrier-link': 2 }, 'Delivered in your country by'),
};

export const RevisedEstimateWithReason: Story = {
  ...withEmail('BK-1007', 'kanya@example.com'),
  play: showsOrder({ shipment: 1 }, 'Now expected'),
};

export const ProofOfDeliveryWithPhoto: Story = {
  ...withEmail('BK-1008', 'niran@example.com'),
  play: showsOrder({ 'proof-of-delivery': 1 }, 'Signed by'),
};

export const FailedAttemptWithRescheduleLink: Story = {
  ...withEmail('JK-2004', 'rina@example.com'),
  play: showsOrder({ 'delivery-options': 1, help: 1 }, 'Reschedule or change delivery'),
};

export const OutForDeliveryWithRiderToCall: Story = {
  ...withEmail('JK-2005', 'agus@example.com'),
  play: showsOrder({ courier: 1 }, 'Call the rider'),
};

export const PickupCodeAndCollectBy: Story = {
  ...withEmail('BK-1009', 'ploy@example.com'),
  play: showsOrder({ 'pickup-point': 1, 'pickup-code': 1 }, 'Show this code at the counter.'),
};

/** The shop's own status page for the order, below the parcels (the Singapore shop has one). */
export const ShopStatusPage: Story = {
  ...withEmail('SG-3002', 'wei@example.com'),
  play: async (context) => {
    await showsOrder({ shipment: 1 }, 'See this order on the shop’s website')!(context);
    const link = tracker(context.canvasElement).shadowRoot!.querySelector<HTMLAnchorElement>('.status-page a');
    await expect(link?.href).toBe('https://shop.example.com/sg/orders/SG-3002/status');
  },
};
