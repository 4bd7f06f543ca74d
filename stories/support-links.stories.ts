import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { demoAccessToken } from '../src/adapters/memory/index.js';
import '../src/components/order-tracker/define.js';

/**
 * Contact links from `configure({ support })` or the provider: in error states,
 * on delivery problems and in the return wizard. Here on a failed delivery attempt.
 */
const meta: Meta = {
  title: 'Shared/Support links',
  component: 'ac-order-tracker',
  render: () => html`
    <ac-provider
      .support=${{
        line: '@baanrimnam',
        whatsapp: '+66812345678',
        phone: '+6621234567',
        email: 'help@baanrimnam.example',
        url: 'https://help.baanrimnam.example',
      }}
    >
      <ac-order-tracker order="BK-1003" token=${demoAccessToken('BK-1003')}></ac-order-tracker>
    </ac-provider>
  `,
};
export default meta;

export const OnAFailedDelivery: StoryObj = {
  play: async ({ canvasElement }) => {
    const tracker = canvasElement.querySelector('ac-order-tracker')!;
    await waitFor(
      () => expect(tracker.shadowRoot!.querySelectorAll('[part="help"] [part="support"] a')).toHaveLength(5),
      {
        timeout: 5000,
      },
    );
  },
};
