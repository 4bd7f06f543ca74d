import { tokens } from '../../core/styles/tokens.js';
import { buttonStyles } from './button.styles.js';
import { skeletonStyles } from './skeleton.js';
import { statusMessageStyles } from './status-message.js';
import { utilityStyles } from './utility.styles.js';

/** What every widget with loading and error states starts its styles with. */
export const widgetStyles = [tokens, utilityStyles, buttonStyles, statusMessageStyles, skeletonStyles];
