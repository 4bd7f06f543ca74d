import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/loyalty-badge/define.js';
import { expectLanguage } from './support/expect-language.js';
import { ordersOnlyAdapter, rendersNothing } from './support/orders-only.js';

interface Args {
  customer?: string;
  variant: 'compact' | 'full';
}

/** Tier, points and perks: a chip that opens into the card, or the card itself. */
const meta: Meta<Args> = {
  title: 'Widgets/Loyalty badge',
  component: 'ac-loyalty-badge',
  args: { customer: 'cust-gold', variant: 'full' },
  argTypes: {
    customer: { control: 'select', options: ['cust-silver', 'cust-gold', 'cust-platinum', undefined] },
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
  },
  render: ({ customer, variant }) =>
    html`<ac-loyalty-badge
      customer=${customer ?? nothing}
      variant=${variant}
      signin-href="/account/login"
    ></ac-loyalty-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('ac-loyalty-badge')!.shadowRoot!;
const shows = (selector: string, english: string): Story['play'] => {
  return async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector(selector)).not.toBeNull(), { timeout: 5000 });
    if (english) await expectLanguage(root(canvasElement), english);
  };
};

export const CompactChip: Story = {
  args: { variant: 'compact' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="chip"]')).not.toBeNull(), { timeout: 5000 });
    await userEvent.click(root(canvasElement).querySelector('[part="chip"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="card"]')).not.toBeNull());
  },
};
export const PointsToNextTier: Story = { play: shows('[part="progress"]', 'points to Platinum') };
export const SpendToNextTier: Story = {
  args: { customer: 'cust-silver' },
  play: shows('[part="expiring"]', 'more by'),
};
/** Gold lasts a while more: the points that keep it, and by when. */
export const PointsToKeepTier: Story = { play: shows('.card__tier-status', 'to keep Gold') };
/** Platinum: the spend that keeps it, store credit, and rewards with a voucher code to copy. */
export const RewardsAndStoreCredit: Story = {
  args: { customer: 'cust-platinum' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('.rewards')).not.toBeNull(), { timeout: 5000 });
    await expect(root(canvasElement).querySelector('.card__credit')).not.toBeNull();
    await expect(root(canvasElement).querySelector('.reward__code code')?.textContent).toBe('SHIPFREE-D5230');
    await expectLanguage(root(canvasElement), 'Your rewards');
  },
};
export const TopTier: Story = { args: { customer: 'cust-platinum' }, play: shows('[part="perks"]', 'highest tier') };
export const SignedOut: Story = { args: { customer: undefined }, play: shows('[part="sign-in"]', 'Sign in to see') };
export const Loading: Story = { parameters: { scenario: 'slow' }, play: shows('[part="skeleton"]', '') };
export const BackendError: Story = { parameters: { scenario: 'error' }, play: shows('[part="error"]', '') };

/** A store without a loyalty programme (no `getLoyalty`): the badge renders nothing, and asks for nothing. */
export const NoLoyaltyProgramme: Story = {
  render: () => html`<ac-loyalty-badge customer="cust-gold" .adapter=${ordersOnlyAdapter()}></ac-loyalty-badge>`,
  play: ({ canvasElement }) => rendersNothing(canvasElement.querySelector('ac-loyalty-badge')),
};
