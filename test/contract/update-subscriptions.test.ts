import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import type { AftercareAdapter } from '../../src/core/adapter.js';
import type { AdapterError } from '../../src/core/errors.js';
import { validatingAdapter } from '../../src/core/validating-adapter.js';
import * as CONTRACT from '../../src/generated/contract-schemas.js';
import { proven } from '../support/demo-contacts.js';

const SERVER = 'http://127.0.0.1:8788';

/**
 * Subscribing and reading a subscription back, the same in memory and over
 * REST against the reference server: LINE waits (`pending`) with a one-time
 * code, other channels answer nothing; a subscription reads back only for its
 * own order, with that order's proof.
 */
for (const [name, make] of [
  ['MemoryAdapter', () => new MemoryAdapter()],
  ['RestAdapter', () => new RestAdapter({ baseUrl: SERVER })],
] as const) {
  describe(`update subscriptions: ${name}`, () => {
    let adapter: AftercareAdapter;
    beforeEach(async () => {
      sessionStorage.clear();
      adapter = validatingAdapter(make(), CONTRACT);
      await adapter.getOrder(proven('BK-1001')); // The shopper's proof, as the tracker has it.
    });

    it('LINE answers pending with a one-time code, and reads back the same for that order', async () => {
      const receipt = await adapter.subscribeToUpdates!(
        { orderId: 'BK-1001', channel: 'line', address: 'line-official-account' },
        { idempotencyKey: `line-${name}-${Date.now()}` },
      );
      expect(receipt).to.include({ status: 'pending' });
      const { subscriptionId, lineCode, lineCodeExpiresAt } = receipt as Record<string, string>;
      expect(subscriptionId).to.be.a('string').and.not.equal('');
      expect(lineCode).to.match(/^[A-HJ-NP-Z2-9]{8}$/);
      const hours = (Date.parse(lineCodeExpiresAt!) - Date.now()) / 3_600_000;
      expect(hours).to.be.within(23.9, 24.1);
      const read = await adapter.getUpdateSubscription!({ orderId: 'BK-1001', subscriptionId: subscriptionId! });
      expect(read).to.include({ subscriptionId, status: 'pending', lineCode });

      const other = await adapter.getUpdateSubscription!({ orderId: 'BK-1004', subscriptionId: subscriptionId! }).catch(
        (error: AdapterError) => error,
      );
      expect((other as AdapterError).code).to.be.oneOf(['unauthorized', 'not_found']);
    });

    it('e-mail answers nothing: active at once', async () => {
      const receipt = await adapter.subscribeToUpdates!(
        { orderId: 'BK-1001', channel: 'email', address: 'somchai@example.com' },
        { idempotencyKey: `email-${name}-${Date.now()}` },
      );
      expect(receipt).to.equal(undefined);
    });
  });
}
