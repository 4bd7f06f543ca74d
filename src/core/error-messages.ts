import { msg } from '@lit/localize';
import type { AdapterErrorCode } from './errors.js';

export interface ErrorText {
  title: string;
  hint: string;
  /** Whether trying the same thing again can help. */
  retry: boolean;
}

/** What a shopper reads for each failure: plain words, no codes, a next step. */
export function errorText(code: AdapterErrorCode): ErrorText {
  switch (code) {
    case 'not_found':
      return {
        title: msg('We couldn’t find that', { desc: 'Error title: order or record not found' }),
        hint: msg('Check the order number and the email or phone number you used at checkout.'),
        retry: false,
      };
    case 'unauthorized':
      return {
        title: msg('Please sign in again'),
        hint: msg('Your session has ended. Sign in to your account and try again.'),
        retry: false,
      };
    case 'invalid_request':
      return {
        title: msg('Something in the form needs a look'),
        hint: msg('Please check what you entered and try again.'),
        retry: false,
      };
    case 'conflict':
      return {
        title: msg('This has changed in the meantime'),
        hint: msg('Reload to see the latest details, then try again.'),
        retry: true,
      };
    case 'rate_limited':
      return {
        title: msg('Too many tries in a short time'),
        hint: msg('Please wait a moment and try again.'),
        retry: true,
      };
    case 'network':
      return {
        title: msg('You seem to be offline'),
        hint: msg('Check your internet connection and try again.'),
        retry: true,
      };
    case 'timeout':
      return {
        title: msg('This is taking too long'),
        hint: msg('The connection is slow right now. Please try again.'),
        retry: true,
      };
    case 'invalid_response':
    case 'unavailable':
      return {
        title: msg('Something went wrong on our side'),
        hint: msg('Nothing you entered is lost. Please try again in a moment.'),
        retry: true,
      };
  }
}
