import { createContext } from '@lit/context';
import type { AftercareSettings } from './config.js';

/**
 * What an `<ac-provider>` gives the elements inside it. The key is a global
 * symbol so that a provider and elements from two copies of the library still meet.
 */
export const settingsContext = createContext<AftercareSettings>(Symbol.for('aftercare.settings-context'));
