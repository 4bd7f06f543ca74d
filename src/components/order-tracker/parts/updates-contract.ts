import type { MethodContract } from '../../../core/validating-adapter.js';

/** The updates form's schemas, loaded with its first call: most shoppers never subscribe. */
export const updatesContract = {
  subscribeToUpdates: (): Promise<MethodContract> =>
    import('../../../generated/contract/subscribeToUpdates.js').then((m) => m.subscribeToUpdates),
  getUpdateSubscription: (): Promise<MethodContract> =>
    import('../../../generated/contract/getUpdateSubscription.js').then((m) => m.getUpdateSubscription),
};
