import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { DEMO_RETURNS } from '../src/adapters/memory/demo-returns.js';
import { demoAccessToken, MemoryAdapter } from '../src/adapters/memory/index.js';
import type { RequestOptions } from '../src/core/adapter.js';
import { saveDraft } from '../src/core/drafts.js';
import type { OrderRef, ReturnOptions, ReturnReceipt } from '../src/core/schemas/index.js';
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

/** The demo shop's return options as a more limited backend sends them (Shopify: one refund, one method, no window). */
function limitedBackend(order: string, trim: (options: ReturnOptions) => ReturnOptions): Partial<Story> {
  const adapter = new (class extends MemoryAdapter {
    override async getReturnOptions(ref: OrderRef, options?: RequestOptions) {
      return trim(await super.getReturnOptions(ref, options));
    }
  })();
  return {
    args: { order },
    render: () =>
      html`<ac-return-wizard order=${order} token=${demoAccessToken(order)} .adapter=${adapter}></ac-return-wizard>`,
  };
}
const onlyRefund = (o: ReturnOptions) => ({ ...o, resolutions: o.resolutions?.filter((r) => r.type === 'refund') });

/** One refund, one way back, no window: from the items straight to the review, with the answers as facts. */
export const NothingToChoose: Story = {
  ...limitedBackend('BK-1004', (o) => ({ ...onlyRefund(o), methods: o.methods.slice(0, 1), policy: { perks: [] } })),
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await chooseItem(canvasElement, 'li-1004-1', 'wrong_size');
    await nextStep(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="summary"]')).not.toBeNull());
    await expect(root(canvasElement).querySelector('[part="policy"]')).toBeNull();
    await expectLanguage(root(canvasElement), 'Drop off at a shop or locker');
  },
};

/** The shop names no way back: the review says the shop will tell. */
export const ShopTellsTheWayBack: Story = {
  ...limitedBackend('BK-1004', (o) => ({ ...onlyRefund(o), methods: [] })),
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await chooseItem(canvasElement, 'li-1004-1', 'wrong_size');
    await nextStep(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="summary"]')).not.toBeNull());
    await expectLanguage(root(canvasElement), 'The shop will tell you how to send the items back.');
  },
};

/** Only a refund, but cash on delivery: the step stays for the account, the refund shown as a fact. */
export const OnlyRefundToAnAccount: Story = {
  ...limitedBackend('JK-2003', onlyRefund),
  play: async ({ canvasElement }) => {
    await firstStep(canvasElement);
    await chooseItem(canvasElement, 'li-2003-2', 'changed_mind');
    await nextStep(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="refund-account"]')).not.toBeNull());
    await expect(root(canvasElement).querySelector('input[name="resolution"]')).toBeNull();
    await expectLanguage(root(canvasElement), 'Money back to how you paid.');
  },
};

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

/**
 * A return the demo shop has decided on (src/adapters/memory/demo-returns.ts),
 * as the shopper's wizard kept it when they booked it: the confirmation, still
 * "requested", with its drop-off code. "Check the status" shows the decision.
 */
function seededReturn(kind: keyof typeof DEMO_RETURNS): Partial<Story> {
  const { id, orderId } = DEMO_RETURNS[kind];
  return {
    args: { order: orderId },
    render: () => {
      const receipt: ReturnReceipt = {
        id,
        orderId,
        createdAt: new Date().toISOString(),
        status: 'requested',
        label: { qrCode: id, dropOffCode: 'DK400900' },
      };
      saveDraft('ac-return-wizard', orderId, { step: 'done', choices: {}, receipt });
      return html`<ac-return-wizard order=${orderId} token=${demoAccessToken(orderId)}></ac-return-wizard>`;
    },
  };
}

async function checkTheStatus(canvas: HTMLElement) {
  await waitFor(() => expect(root(canvas).querySelector('.confirmation__code')).not.toBeNull(), { timeout: 5000 });
  await userEvent.click(button(canvas, '.confirmation > .button--secondary'));
  await waitFor(() => expect(root(canvas).querySelector('[part="return-outcome"]')).not.toBeNull());
  await expect(root(canvas).querySelector('[part="qr-code"]')).toBeNull();
  await expect(root(canvas).querySelector('.confirmation__code')).toBeNull();
}

export const DeclinedWithReason: Story = {
  ...seededReturn('declined'),
  play: async ({ canvasElement }) => {
    await checkTheStatus(canvasElement);
    await expectLanguage(root(canvasElement), 'The shop could not accept this return.');
  },
};

export const Cancelled: Story = {
  ...seededReturn('cancelled'),
  play: async ({ canvasElement }) => {
    await checkTheStatus(canvasElement);
    await expectLanguage(root(canvasElement), 'This return was cancelled');
  },
};

/** On its way back: the PDF label says what it is, and the return parcel's tracking shows. */
export const ParcelOnItsWayBack: Story = {
  ...seededReturn('onItsWay'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('.confirmation')).not.toBeNull(), { timeout: 5000 });
    await userEvent.click(button(canvasElement, '.confirmation > .button--secondary'));
    await waitFor(() => expect(root(canvasElement).querySelector('.return-parcel')).not.toBeNull());
    await expect(root(canvasElement).querySelector('[part="label-link"]')?.textContent).toContain('PDF');
    await expectLanguage(root(canvasElement), 'Your parcel to the shop');
  },
};
