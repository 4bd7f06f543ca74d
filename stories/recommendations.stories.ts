import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/recommendations/define.js';
import { expectLanguage } from './support/expect-language.js';

interface Args {
  order: string;
  placement: 'tracking' | 'return' | 'review' | 'journey';
  limit: number;
  credit?: boolean;
}

/** "You may also like": a placeholder of its size while loading; nothing at all when there is nothing to recommend. */
const meta: Meta<Args> = {
  title: 'Widgets/Recommendations',
  component: 'ac-recommendations',
  args: { order: 'BK-1001', placement: 'journey', limit: 4 },
  argTypes: { placement: { control: 'select', options: ['tracking', 'return', 'review', 'journey'] } },
  render: ({ order, placement, limit, credit }) => html`
    <ac-recommendations
      order=${order}
      placement=${placement}
      limit=${limit}
      .credit=${credit ? { amount: '1180.00', currency: 'THB' } : undefined}
    ></ac-recommendations>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('ac-recommendations')!.shadowRoot!;

export const Strip: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelectorAll('[part="product"]')).toHaveLength(4), {
      timeout: 5000,
    });
    await expectLanguage(root(canvasElement), 'You may also like');
  },
};

export const SpendYourCredit: Story = {
  args: { order: 'BK-1004', placement: 'return', credit: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('h2')).not.toBeNull(), { timeout: 5000 });
    await expectLanguage(root(canvasElement), 'Spend your');
  },
};

/** While the products load, a placeholder of the strip's size keeps its place (decorative: hidden from readers). */
export const Loading: Story = {
  parameters: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="skeleton"]')).not.toBeNull());
    await expect(canvasElement.querySelector('ac-recommendations')!.getBoundingClientRect().height).toBeGreaterThan(
      200,
    );
  },
};

/** The placeholder collapses once the answer is empty: only the answer can hide it, so this waits for that. */
export const NothingToRecommend: Story = {
  parameters: { scenario: 'empty' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('ac-recommendations')!;
    await waitFor(() => expect(host.hidden).toBe(true));
    await expect(host.shadowRoot!.querySelector('[part="skeleton"], section')).toBeNull();
  },
};
