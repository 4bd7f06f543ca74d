import { msg, str } from '@lit/localize';
import { type AdapterErrorCode, isRetryable } from './errors.js';

export interface ErrorText {
  title: string;
  hint: string;
  /** Whether trying again can help: a passing fault, or data that changed and reloads. */
  retry: boolean;
}

/** Title and hint for each failure: plain words, no codes, a next step. */
function words(code: AdapterErrorCode): [title: string, hint: string] {
  switch (code) {
    case 'not_found':
      return [
        msg('We couldn’t find that', { desc: 'Error title: order or record not found' }),
        msg('Check the order number and the email or phone number you used at checkout.'),
      ];
    case 'unauthorized':
      return [msg('Please sign in again'), msg('Your session has ended. Sign in to your account and try again.')];
    case 'invalid_request':
      return [msg('Something in the form needs a look'), msg('Please check what you entered and try again.')];
    case 'conflict':
      return [msg('This has changed in the meantime'), msg('Reload to see the latest details, then try again.')];
    case 'rate_limited':
      return [msg('Too many tries in a short time'), msg('Please wait a moment and try again.')];
    case 'network':
      return [msg('You seem to be offline'), msg('Check your internet connection and try again.')];
    case 'timeout':
      return [msg('This is taking too long'), msg('The connection is slow right now. Please try again.')];
    case 'invalid_response':
    case 'unavailable':
      return [
        msg('Something went wrong on our side'),
        msg('Nothing you entered is lost. Please try again in a moment.'),
      ];
  }
}

/** Title and hint as one line, for the space under a form. One message, so each language sets its own punctuation. */
export function errorSummary(code: AdapterErrorCode): string {
  const { title, hint } = errorText(code);
  return msg(str`${title}. ${hint}`, { desc: 'An error: its title, then what to do' });
}

/** What a shopper reads for each failure. */
export function errorText(code: AdapterErrorCode): ErrorText {
  const [title, hint] = words(code);
  return { title, hint, retry: isRetryable({ code }) || code === 'conflict' || code === 'invalid_response' };
}
