// A merchant's change and the outbox rows that report it commit together
// (ShopState.transaction): a failure after the change but before the commit
// leaves neither, on PGlite, on PostgreSQL with AFTERCARE_TEST_DATABASE_URL,
// and in memory (the MemoryAdapter's state).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSubscription, enqueueForShipmentChange } from '../../server/notifications/index.js';
import { type Database, openDatabase } from '../../server/storage/database.js';
import { migrate } from '../../server/storage/schema.js';
import { SqlState } from '../../server/storage/sql-state.js';
import { Merchant } from '../../src/shop/merchant.js';
import { MemoryState } from '../../src/shop/state.js';
import { merchantOrder } from '../support/merchant-orders.js';

const databases: { name: string; open: () => Promise<Database> }[] = [
  { name: 'PGlite', open: () => openDatabase({ dataDir: 'memory://' }) },
];
const pgUrl = process.env['AFTERCARE_TEST_DATABASE_URL'];
if (pgUrl) databases.push({ name: 'PostgreSQL', open: () => openDatabase({ url: pgUrl }) });

const EVENT = { at: new Date().toISOString(), status: 'out_for_delivery' as const, description: 'With the rider' };

/** The merchant route's unit of work: the event, then its messages; `fail` crashes before the commit. */
function addEventAndReport(merchant: Merchant, orderId: string, fail: boolean) {
  return merchant.transaction(async (changing, tx) => {
    const shipment = await changing.addEvent(orderId, `${orderId}-b`, EVENT);
    assert.ok(tx, 'SQL state gives the transaction its connection');
    const queued = await enqueueForShipmentChange(tx, {
      orderId,
      shipmentId: shipment.id,
      status: shipment.status,
      changeId: `${EVENT.at}:${EVENT.status}`,
    });
    assert.equal(queued, 1);
    if (fail) throw new Error('crashed before the commit');
    return shipment;
  });
}

for (const { name, open } of databases) {
  describe(`a merchant change and its outbox rows on ${name}`, () => {
    let db: Database;
    let merchant: Merchant;
    const id = `TX-${name === 'PGlite' ? 1 : 2}${Date.now() % 100_000}`;
    const outboxRows = async () =>
      (await db.query<{ n: string }>(`select count(*) as n from outbox where channel <> 'webhook'`))[0]!.n;
    const eventsOf = async () =>
      (await merchant.getOrder(id)).order.shipments.find((s) => s.id === `${id}-b`)!.events.length;

    before(async () => {
      db = await open();
      await migrate(db);
      merchant = new Merchant(new SqlState(db));
      await merchant.putOrder(id, { order: merchantOrder(id), contact: { email: 'kanya@example.com' } });
      await createSubscription(db, { orderId: id, channel: 'email', address: 'kanya@example.com', locale: 'th' });
    });
    after(() => db.close());

    it('a failure after the change but before the commit leaves neither the change nor its message', async () => {
      const [rows, events] = [await outboxRows(), await eventsOf()];
      await assert.rejects(addEventAndReport(merchant, id, true), /crashed before the commit/);
      assert.equal(await eventsOf(), events);
      assert.equal(await outboxRows(), rows);
      // Nothing left half-open: the database takes the next change at once.
      const shipment = await addEventAndReport(merchant, id, false);
      assert.equal(shipment.status, 'out_for_delivery');
      assert.equal(await eventsOf(), events + 1);
      assert.equal(Number(await outboxRows()), Number(rows) + 1);
    });

    it('other queries wait for the transaction instead of joining it', async () => {
      const before = await eventsOf();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const unit = merchant.transaction(async (changing) => {
        await changing.addEvent(id, `${id}-b`, { ...EVENT, at: new Date(Date.now() + 1000).toISOString() });
        await held;
        throw new Error('rolled back');
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const outside = eventsOf(); // A read from another request while the unit is open.
      release();
      await assert.rejects(unit, /rolled back/);
      assert.equal(await outside, before, 'the read saw neither the uncommitted change nor ran inside it');
    });
  });
}

describe('a merchant change in memory', () => {
  it('is undone when its unit fails', async () => {
    const order = merchantOrder('TX-MEM');
    const merchant = new Merchant(new MemoryState());
    await merchant.putOrder(order.id, { order, contact: {} });
    await assert.rejects(
      merchant.transaction(async (changing, tx) => {
        assert.equal(tx, undefined);
        await changing.addEvent(order.id, `${order.id}-b`, EVENT);
        throw new Error('crashed');
      }),
      /crashed/,
    );
    const stored = await merchant.getOrder(order.id);
    assert.deepEqual(stored.order.shipments, order.shipments);
  });
});
