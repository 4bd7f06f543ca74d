import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/nps-survey/define.js';
import { expectLanguage } from './support/expect-language.js';
import { ordersOnlyAdapter, rendersNothing } from './support/orders-only.js';

interface Args {
  scale: 'nps' | 'csat';
  placement: 'inline' | 'corner';
}

/**
 * NPS (0–10) or CSAT (1–5): the score is recorded the moment it is chosen,
 * then a follow-up fits the answer. Each story uses its own survey id, so the
 * "answered" memory of one story does not hide another.
 */
const meta: Meta<Args> = {
  title: 'Widgets/NPS survey',
  component: 'ac-nps-survey',
  args: { scale: 'nps', placement: 'inline' },
  argTypes: {
    scale: { control: 'inline-radio', options: ['nps', 'csat'] },
    placement: { control: 'inline-radio', options: ['inline', 'corner'] },
  },
  render: ({ scale, placement }, { id }) => html`
    <ac-nps-survey survey="story-${id}-${Date.now()}" scale=${scale} placement=${placement}></ac-nps-survey>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('ac-nps-survey')!.shadowRoot!;
const radios = (canvas: HTMLElement) => root(canvas).querySelectorAll<HTMLElement>('[role="radio"]');

const answer = (score: number, english: string): Story['play'] => {
  return async ({ canvasElement }) => {
    await waitFor(() => expect(radios(canvasElement).length).toBeGreaterThan(0));
    await userEvent.click(radios(canvasElement)[score]!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="follow-up"]')).not.toBeNull());
    await expectLanguage(root(canvasElement), english);
  };
};

export const Question: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(radios(canvasElement)).toHaveLength(11));
    await expectLanguage(root(canvasElement), 'Not at all likely');
  },
};

export const DetractorFollowUp: Story = { play: answer(3, 'What went wrong?') };
export const PassiveFollowUp: Story = { play: answer(7, 'What would make it a 10?') };
export const PromoterFollowUp: Story = { play: answer(10, 'What did you like most?') };

export const Thanks: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(radios(canvasElement)).toHaveLength(11));
    await userEvent.click(radios(canvasElement)[9]!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="follow-up"]')).not.toBeNull());
    await userEvent.type(root(canvasElement).querySelector('textarea')!, 'Great packaging');
    await userEvent.click(root(canvasElement).querySelector<HTMLElement>('.actions .button')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="thanks"]')).not.toBeNull());
    await expectLanguage(root(canvasElement), 'Thank you for your feedback!');
  },
};

export const Csat: Story = {
  args: { scale: 'csat' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(radios(canvasElement)).toHaveLength(5));
    await expectLanguage(root(canvasElement), 'Very satisfied');
  },
};

export const CsatLowFollowUp: Story = { args: { scale: 'csat' }, play: answer(0, 'What went wrong?') };

export const Corner: Story = {
  args: { placement: 'corner' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="base"], [part="launcher"]')).not.toBeNull());
  },
};

export const ScoreNotSaved: Story = {
  parameters: { adapterOptions: { fail: { submitNps: 'unavailable' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(radios(canvasElement)).toHaveLength(11));
    await userEvent.click(radios(canvasElement)[5]!);
    await waitFor(() => expect(root(canvasElement).querySelector('[role="alert"]')).not.toBeNull(), { timeout: 6000 });
    await expectLanguage(root(canvasElement), 'Your answer is kept.');
  },
};

/** A store without surveys (no `submitNps`): the survey renders nothing. */
export const NoSurveys: Story = {
  render: (_args, { id }) =>
    html`<ac-nps-survey survey="story-${id}-${Date.now()}" .adapter=${ordersOnlyAdapter()}></ac-nps-survey>`,
  play: ({ canvasElement }) => rendersNothing(canvasElement.querySelector('ac-nps-survey')),
};
