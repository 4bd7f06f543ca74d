import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { demoAccessToken } from '../src/adapters/memory/index.js';
import '../src/components/review-prompt/define.js';
import { expectLanguage } from './support/expect-language.js';
import { ordersOnlyAdapter, rendersNothing } from './support/orders-only.js';

/** Review requests for the delivered items of an order: one tap on a star opens the form. */
const meta: Meta<{ order: string }> = {
  title: 'Widgets/Review prompt',
  component: 'ac-review-prompt',
  args: { order: 'BK-1004' },
  argTypes: { order: { control: 'select', options: ['BK-1004', 'JK-2002', 'JK-2003', 'BK-1002'] } },
  // Opened from the signed link in a review-request e-mail: the demo token is the proof.
  render: ({ order }) => html`<ac-review-prompt order=${order} token=${demoAccessToken(order)}></ac-review-prompt>`,
};
export default meta;
type Story = StoryObj<{ order: string }>;

const root = (canvas: HTMLElement) => canvas.querySelector('ac-review-prompt')!.shadowRoot!;
const parts = (canvas: HTMLElement, name: string) => root(canvas).querySelectorAll(`[part~="${name}"]`);

export const ItemsToReview: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(canvasElement, 'item')).toHaveLength(3), { timeout: 5000 });
    await expect(parts(canvasElement, 'incentive')).toHaveLength(1);
    await expectLanguage(root(canvasElement), 'How are your items?');
  },
};

export const FormOpenedByAStar: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(canvasElement, 'stars')).toHaveLength(3), { timeout: 5000 });
    await userEvent.click(parts(canvasElement, 'stars')[0]!.querySelectorAll('[role="radio"]')[3]!);
    await waitFor(() => expect(parts(canvasElement, 'review-form')).toHaveLength(1));
    await expectLanguage(root(canvasElement), 'Submit review');
  },
};

export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(canvasElement, 'stars')).toHaveLength(3), { timeout: 5000 });
    await userEvent.click(parts(canvasElement, 'stars')[0]!.querySelectorAll('[role="radio"]')[4]!);
    await waitFor(() => expect(parts(canvasElement, 'review-form')).toHaveLength(1));
    await userEvent.click(root(canvasElement).querySelector('.review-form button[type="submit"]')!);
    await waitFor(() => expect(parts(canvasElement, 'receipt')).toHaveLength(1));
    await expectLanguage(root(canvasElement), 'Your review is live');
  },
};

export const NothingToReview: Story = {
  args: { order: 'BK-1002' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('.prompt__title')).not.toBeNull(), { timeout: 5000 });
    await expect(parts(canvasElement, 'item')).toHaveLength(0);
    await expectLanguage(root(canvasElement), 'Nothing to review right now');
  },
};

export const Loading: Story = {
  parameters: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(canvasElement, 'skeleton')).toHaveLength(1));
  },
};

export const BackendError: Story = {
  parameters: { scenario: 'error' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(canvasElement, 'error')).toHaveLength(1));
  },
};

export const SubmitFails: Story = {
  parameters: { adapterOptions: { fail: { submitReview: 'network' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(canvasElement, 'stars')).toHaveLength(3), { timeout: 5000 });
    await userEvent.click(parts(canvasElement, 'stars')[0]!.querySelectorAll('[role="radio"]')[2]!);
    await waitFor(() => expect(parts(canvasElement, 'review-form')).toHaveLength(1));
    await userEvent.click(root(canvasElement).querySelector('.review-form button[type="submit"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('.review-form [role="alert"]')).not.toBeNull());
  },
};

/** A store without a review platform (no `getReviewRequest` / `submitReview`): the prompt renders nothing. */
export const NoReviewPlatform: Story = {
  render: ({ order }) =>
    html`<ac-review-prompt
      order=${order}
      token=${demoAccessToken(order)}
      .adapter=${ordersOnlyAdapter()}
    ></ac-review-prompt>`,
  play: ({ canvasElement }) => rendersNothing(canvasElement.querySelector('ac-review-prompt')),
};
