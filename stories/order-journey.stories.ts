import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { demoAccessToken } from '../src/adapters/memory/index.js';
import '../src/components/order-journey/define.js';
import { ordersOnlyAdapter } from './support/orders-only.js';

/** One tag for an order's page after the sale: the widgets arranged by the order's stage. */
const meta: Meta<{ order: string }> = {
  title: 'Widgets/Order journey',
  component: 'ac-order-journey',
  args: { order: 'BK-1001' },
  argTypes: {
    order: {
      control: 'select',
      options: ['BK-1001', 'BK-1002', 'BK-1003', 'BK-1004', 'BK-1005', 'JK-2001', 'JK-2002', 'JK-2003', 'SG-3001'],
    },
  },
  // Opened from the signed link in the order's e-mail: the demo token is the proof.
  render: ({ order }) => html`<ac-order-journey order=${order} token=${demoAccessToken(order)}></ac-order-journey>`,
};
export default meta;
type Story = StoryObj<{ order: string }>;

const journey = (canvas: HTMLElement) => canvas.querySelector('ac-order-journey')!;
const inStage = (stage: string, tags: string[]): Story['play'] => {
  return async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(journey(canvasElement).shadowRoot!.querySelector('[data-stage]')?.getAttribute('data-stage')).toBe(
          stage,
        ),
      { timeout: 5000 },
    );
    for (const tag of tags) await expect(journey(canvasElement).shadowRoot!.querySelector(tag)).not.toBeNull();
  };
};

export const Travelling: Story = { play: inStage('travelling', ['ac-order-tracker', 'ac-loyalty-badge']) };
export const DeliveredInReturnWindow: Story = {
  args: { order: 'BK-1004' },
  play: inStage('delivered', ['ac-order-tracker', 'ac-review-prompt', 'ac-nps-survey']),
};
export const DeliveredPastReturnWindow: Story = {
  args: { order: 'JK-2002' },
  play: inStage('delivered', ['ac-review-prompt']),
};
export const Loading: Story = {
  parameters: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(journey(canvasElement).shadowRoot!.querySelector('[part="skeleton"]')).not.toBeNull());
  },
};
export const BackendError: Story = {
  parameters: { scenario: 'error' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(journey(canvasElement).shadowRoot!.querySelector('[part="error"]')).not.toBeNull());
  },
};

/**
 * A store with orders and returns only (no reviews, surveys or loyalty): a
 * delivered order's journey leaves those widgets out, with no error box.
 */
export const OrdersAndReturnsOnly: Story = {
  args: { order: 'BK-1004' },
  render: ({ order }) =>
    html`<ac-order-journey
      order=${order}
      token=${demoAccessToken(order)}
      .adapter=${ordersOnlyAdapter()}
    ></ac-order-journey>`,
  play: async ({ canvasElement }) => {
    // The first story of a cold run loads the tracker's chunks on a busy machine: a longer wait.
    const root = journey(canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('[data-stage="delivered"] ac-order-tracker')).not.toBeNull(), {
      timeout: 15000,
    });
    for (const tag of ['ac-loyalty-badge', 'ac-review-prompt', 'ac-nps-survey', '[part="error"]']) {
      await expect(root.querySelector(tag)).toBeNull();
    }
  },
};
