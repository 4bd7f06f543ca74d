import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ADAPTER_ERROR_CODES, type AdapterErrorCode } from '../src/core/errors.js';
import { errorText } from '../src/core/error-messages.js';
import './support/error-state-preview.js';
import { expectLanguage } from './support/expect-language.js';

/**
 * The error state every widget shows when its adapter fails: plain words, a
 * next step, and "Try again" where trying again can help.
 */
const meta: Meta<{ code: AdapterErrorCode }> = {
  title: 'Shared/Error state',
  component: 'story-error-state',
  argTypes: { code: { control: 'select', options: [...ADAPTER_ERROR_CODES] } },
  render: ({ code }) => html`<story-error-state code=${code}></story-error-state>`,
};
export default meta;
type Story = StoryObj<{ code: AdapterErrorCode }>;

const shadow = (canvasElement: HTMLElement) => canvasElement.querySelector('story-error-state')!.shadowRoot!;

// Read before any locale loads: msg() returns the English source until then.
const ENGLISH_TITLES = Object.fromEntries(ADAPTER_ERROR_CODES.map((code) => [code, errorText(code).title])) as Record<
  AdapterErrorCode,
  string
>;

const retryable = (code: AdapterErrorCode): Story => ({
  args: { code },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBeTruthy());
    await expectLanguage(root, ENGLISH_TITLES[code]);
    const button = root.querySelector('button')!;
    await userEvent.click(button);
    await waitFor(() => expect(root.querySelector('.retries')?.textContent).toBe('1'));
  },
});

const final = (code: AdapterErrorCode): Story => ({
  args: { code },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBeTruthy());
    await expectLanguage(root, ENGLISH_TITLES[code]);
    // Retrying cannot find a missing order: no button that would only disappoint.
    await expect(root.querySelector('button')).toBeNull();
  },
});

export const Offline = retryable('network');
export const Timeout = retryable('timeout');
export const Unavailable = retryable('unavailable');
export const MalformedResponse = retryable('invalid_response');
export const RateLimited = retryable('rate_limited');
export const Conflict = retryable('conflict');
export const NotFound = final('not_found');
export const SignedOut = final('unauthorized');
export const InvalidRequest = final('invalid_request');
