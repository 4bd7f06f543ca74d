import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { demoAccessToken, MemoryAdapter } from '../src/adapters/memory/index.js';
import type { RequestOptions } from '../src/core/adapter.js';
import type { ReturnReceipt } from '../src/core/schemas/index.js';
import '../src/components/return-wizard/define.js';
import { expectLanguage } from './support/expect-language.js';

/**
 * Returns and exchanges. Each story walks to its step on the demo data: BK-1004
 * is a Gold member's card order, JK-2003 a Platinum member's cash-on-delivery
 * order in rupiah (it needs a refund account).
 */
const meta: Meta<{ order?: string }> = {
  title: 'Widgets/Return wizard',
  component: 'ac-return-wizard',
  args: { order: 'BK-1004' },
  argTypes: { order: { control: 'select', options: ['BK-1004', 'JK-2003', 'JK-2002', 'BK-1001'] } },
  // Opened from the signed link in the order's e-mail: the demo token is the proof.
  render: ({ order }) =>
    html`<ac-return-wizard
      order=${order ?? nothing}
      token=${order ? demoAccessToken(order) : nothing}
    ></ac-return-wizard>`,
};
export default meta;
type Story = StoryObj<{ order?: string }>;

const root = (canvas: HTMLElement) => canvas.querySelector('ac-return-wizard')!.shadowRoot!;
const title = (canvas: HTMLElement) => root(canvas).querySelector('.step__title')?.textContent?.trim() ?? '';
const button = (canvas: HTMLElement, selector: string) => root(canvas).querySelector<HTMLElement>(selector)!;

async function firstStep(canvas: HTMLElement) {
  sessionStorage.clear();
  await waitFor(() => expect(root(canvas).querySelector('[part="return-item"]')).not.toBeNull(), { timeout: 5000 });
}

async function chooseItem(canvas: HTMLElement, id: string, reason: string) {
  await userEvent.click(button(canvas, `#item-${id}`));
  await waitFor(() => expect(root(canvas).querySelector(`#reason-${id}`)).not.toBeNull());
  await userEvent.selectOptions(root(canvas).querySelector<HTMLSelectElement>(`#reason-${id}`)!, reason);
}

async function nextStep(canvas: HTMLElement) {
  const before = title(canvas);
  await userEvent.click(button(canvas, '.navigation .button:last-child'));
  await waitFor(() => expect(title(canvas)).not.toBe(before));
  await waitFor(() => expect(root(canvas).querySelector('[part="skeleton"]')).toBeNull());
}

async function choose(canvas: HTMLElement, name: string, index = 0) {
  await userEvent.click(root(canvas).querySelectorAll<HTMLElement>(`input[name="${name}"]`)[index]!);
}

export const ChooseItems: Story = {
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await expect(root(canvasElement).querySelector('[part="policy"]')).not.toBeNull();
    await expectLanguage(root(canvasElement), 'What are you returning?');
  },
};

export const ItemProblems: Story = {
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await userEvent.click(button(canvasElement, '#item-li-1004-1'));
    await userEvent.click(button(canvasElement, '.navigation .button:last-child'));
    await waitFor(() => expect(root(canvasElement).querySelector('[aria-invalid="true"]')).not.toBeNull());
  },
};

export const PhotoRequired: Story = {
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await chooseItem(canvasElement, 'li-1004-2', 'damaged');
    await waitFor(() => expect(root(canvasElement).querySelector('[part="photos"]')).not.toBeNull());
  },
};

export const Resolution: Story = {
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await chooseItem(canvasElement, 'li-1004-2', 'wrong_size');
    await nextStep(canvasElement);
    await choose(canvasElement, 'resolution', 2);
    await waitFor(() => expect(root(canvasElement).querySelector('#variant-li-1004-2')).not.toBeNull());
    await expectLanguage(root(canvasElement), 'What would you like instead?');
  },
};

export const CashOnDeliveryRefundAccount: Story = {
  args: { order: 'JK-2003' },
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await chooseItem(canvasElement, 'li-2003-2', 'changed_mind');
    await nextStep(canvasElement);
    await choose(canvasElement, 'resolution', 0);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="refund-account"]')).not.toBeNull());
  },
};

export const ReturnMethod: Story = {
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await chooseItem(canvasElement, 'li-1004-1', 'wrong_size');
    await nextStep(canvasElement);
    await choose(canvasElement, 'resolution', 1);
    await nextStep(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelectorAll('input[name="method"]').length).toBe(2));
  },
};

async function toReview(canvas: HTMLElement) {
  await firstStep(canvas);
  await chooseItem(canvas, 'li-1004-1', 'wrong_size');
  await nextStep(canvas);
  await choose(canvas, 'resolution', 1);
  await nextStep(canvas);
  await choose(canvas, 'method', 0);
  await nextStep(canvas);
  await waitFor(() => expect(root(canvas).querySelector('[part="summary"]')).not.toBeNull());
}

export const Review: Story = {
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
    await expectLanguage(root(canvasElement), 'Check and submit');
  },
};

export const Confirmation: Story = {
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
    await userEvent.click(button(canvasElement, '.navigation .button:last-child'));
    await waitFor(() => expect(root(canvasElement).querySelector('[part="qr-code"]')).not.toBeNull(), {
      timeout: 5000,
    });
    await expectLanguage(root(canvasElement), 'Your return is booked');
  },
};

export const SubmitFails: Story = {
  parameters: { adapterOptions: { fail: { createReturn: 'unavailable' } } },
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
    await userEvent.click(button(canvasElement, '.navigation .button:last-child'));
    await waitFor(() => expect(root(canvasElement).querySelector('[role="alert"]')).not.toBeNull());
    await expect(title(canvasElement)).not.toBe('');
  },
};

export const NothingReturnable: Story = {
  args: { order: 'BK-1001' },
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await expect(root(canvasElement).querySelector('.notice')).not.toBeNull();
  },
};

export const FindTheOrderFirst: Story = {
  args: { order: undefined },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="lookup-form"]')).not.toBeNull(), {
      timeout: 5000,
    });
  },
};

export const Loading: Story = {
  parameters: { scenario: 'slow' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="skeleton"]')).not.toBeNull());
  },
};

export const BackendError: Story = {
  parameters: { scenario: 'error' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="error"]')).not.toBeNull());
  },
};

/** The demo shop, where the shop has since decided on the return: "Check the status" tells. */
function decidedLater(change: Partial<ReturnReceipt>): Partial<Story> {
  const adapter = new (class extends MemoryAdapter {
    override async getReturn(id: string, options?: RequestOptions) {
      return { ...(await super.getReturn(id, options)), ...change };
    }
  })();
  return {
    render: () =>
      html`<ac-return-wizard order="BK-1004" email="somchai@example.com" .adapter=${adapter}></ac-return-wizard>`,
  };
}

async function bookedThenChecked(canvas: HTMLElement) {
  await toReview(canvas);
  await userEvent.click(button(canvas, '.navigation .button:last-child'));
  await waitFor(() => expect(root(canvas).querySelector('.confirmation')).not.toBeNull(), { timeout: 5000 });
  await userEvent.click(button(canvas, '.confirmation > .button--secondary'));
  await waitFor(() => expect(root(canvas).querySelector('[part="return-outcome"]')).not.toBeNull());
  await expect(root(canvas).querySelector('[part="qr-code"]')).toBeNull();
}

export const DeclinedWithReason: Story = {
  ...decidedLater({
    status: 'rejected',
    decline: { reason: 'RETURN_PERIOD_ENDED', note: 'Worn items cannot go back.' },
  }),
  play: async ({ canvasElement }) => {
    await bookedThenChecked(canvasElement);
    await expectLanguage(root(canvasElement), 'The shop could not accept this return.');
  },
};

export const Cancelled: Story = {
  ...decidedLater({ status: 'cancelled' }),
  play: async ({ canvasElement }) => {
    await bookedThenChecked(canvasElement);
    await expectLanguage(root(canvasElement), 'This return was cancelled');
  },
};
