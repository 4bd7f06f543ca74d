// The outbox (server/notifications/): written in the change's transaction,
// sent once by any number of workers, retried with backoff, kept when
// undeliverable. In process, over real HTTP to a local SMS gateway, on PGlite
// and, with AFTERCARE_TEST_DATABASE_URL, on PostgreSQL too.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OrderTokens } from '../../server/access/order-tokens.js';
import { silentLogger } from '../../server/logger.js';
import { notificationConfig } from '../../server/notifications/config.js';
import {
  createSubscription,
  enqueueForShipmentChange,
  listOutbox,
  undeliverable,
  unsubscribe,
} from '../../server/notifications/index.js';
import { NotificationLinks } from '../../server/notifications/links.js';
import { claimDue } from '../../server/notifications/outbox.js';
import { OutboxWorker } from '../../server/notifications/worker.js';
import { type Database, openDatabase } from '../../server/storage/database.js';
import { migrate } from '../../server/storage/schema.js';
import { type HttpPeer, startHttpPeer } from './notification-peers.js';

const databases: { name: string; open: () => Promise<Database> }[] = [
  { name: 'PGlite', open: () => openDatabase({ dataDir: 'memory://' }) },
];
const pgUrl = process.env['AFTERCARE_TEST_DATABASE_URL'];
if (pgUrl) databases.push({ name: 'PostgreSQL', open: () => openDatabase({ url: pgUrl }) });

for (const { name, open } of databases) {
  describe(`the outbox on ${name}`, () => {
    let db: Database;
    let second: Database;
    let sms: HttpPeer;
    let orderNumber = 0;
    const workers: OutboxWorker[] = [];

    before(async () => {
      db = await open();
      await migrate(db);
      await db.exec('truncate notification_subscriptions, outbox');
      // PostgreSQL: a second pool, as a second instance would have; PGlite has one connection.
      second = name === 'PostgreSQL' ? await open() : db;
      sms = await startHttpPeer(() => ({ accepted: true }));
    });
    after(async () => {
      for (const worker of workers) await worker.stop();
      await sms.close();
      if (second !== db) await second.close();
      await db.close();
    });

    const worker = (on: Database, env: Record<string, string> = {}) => {
      const config = notificationConfig({
        SMS_WEBHOOK_URL: `${sms.url}/sms`,
        OUTBOX_BACKOFF_MS: '20',
        OUTBOX_MAX_ATTEMPTS: '3',
        OUTBOX_LEASE_SECONDS: '1',
        AFTERCARE_PUBLIC_URL: 'https://shop.example',
        ...env,
      });
      const made = new OutboxWorker(
        on,
        config,
        new NotificationLinks('s3cret', new OrderTokens('s3cret'), config),
        silentLogger,
      );
      workers.push(made);
      return made;
    };

    /** A new order with one SMS subscription, so each test counts only its own messages. */
    async function orderWithSubscriber(channel = 'sms') {
      orderNumber += 1;
      const id = `ord_outbox_${name}_${orderNumber}_${Date.now()}`;
      await db.query(
        `insert into orders (id, number, doc) values ($1, $2, '{"order":{}}') on conflict (id) do nothing`,
        [id, `OB-${orderNumber}-${Date.now() % 100000}`],
      );
      const subscription = await createSubscription(db, {
        orderId: id,
        channel,
        address: channel === 'email' ? 'a@example.com' : '+66812345678',
        locale: 'en',
      });
      return { id, subscription };
    }

    const sentTo = (orderRows: { id: number }[]) =>
      sms
        .accepted()
        .filter((request) => orderRows.some((row) => request.headers['idempotency-key'] === `msg_${row.id}`));

    it('writes messages in the transaction of the change: none if it rolls back, one per change', async () => {
      const { id } = await orderWithSubscriber();
      await db.session(async (tx) => {
        await tx.query('begin');
        await enqueueForShipmentChange(tx, { orderId: id, shipmentId: 'sh1', status: 'in_transit' });
        await tx.query('rollback');
      });
      assert.equal((await listOutbox(db)).filter((row) => row.payload['orderId'] === id).length, 0);
      await db.session(async (tx) => {
        await tx.query('begin');
        assert.equal(await enqueueForShipmentChange(tx, { orderId: id, shipmentId: 'sh1', status: 'in_transit' }), 1);
        assert.equal(await enqueueForShipmentChange(tx, { orderId: id, shipmentId: 'sh1', status: 'in_transit' }), 0);
        await tx.query('commit');
      });
      assert.equal((await listOutbox(db)).filter((row) => row.payload['orderId'] === id).length, 1);
      await worker(db).drainOnce();
    });

    it('two workers on one database send each message once', async () => {
      const { id } = await orderWithSubscriber();
      for (let i = 0; i < 30; i += 1) {
        await enqueueForShipmentChange(db, {
          orderId: id,
          shipmentId: 'sh2',
          status: 'in_transit',
          changeId: `ev${i}`,
        });
      }
      const a = worker(db);
      const b = worker(second);
      let handled = [0, 0];
      while (true) {
        const [x, y] = await Promise.all([a.drainOnce(), b.drainOnce()]);
        handled = [handled[0]! + x, handled[1]! + y];
        if (x + y === 0) break;
      }
      const rows = (await listOutbox(db)).filter((row) => row.payload['orderId'] === id);
      assert.equal(rows.length, 30);
      assert.ok(
        rows.every((row) => row.status === 'sent'),
        'all sent',
      );
      const keys = sentTo(rows).map((request) => request.headers['idempotency-key']);
      assert.equal(keys.length, 30, 'thirty requests');
      assert.equal(new Set(keys).size, 30, 'each message once');
      assert.equal(handled[0]! + handled[1]!, 30);
    });

    it('a worker that dies between claim and send loses nothing: the lease runs out and another sends it', async () => {
      const { id } = await orderWithSubscriber();
      await enqueueForShipmentChange(db, { orderId: id, shipmentId: 'sh3', status: 'delivered' });
      const claimed = await claimDue(db, 'worker-that-dies', 10, 1);
      const mine = claimed.filter((row) => row.payload['orderId'] === id);
      assert.equal(mine.length, 1);
      const survivor = worker(second);
      assert.equal(await survivor.drainOnce(), 0, 'held by the dead worker’s lease');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      assert.equal(await survivor.drainOnce(), 1);
      const [row] = (await listOutbox(db)).filter((r) => r.payload['orderId'] === id);
      assert.equal(row!.status, 'sent');
      assert.equal(row!.attempts, 2);
      assert.equal(sentTo([row!]).length, 1);
    });

    it('retries a 500 and a 429 with backoff, with the same idempotency key, then sends', async () => {
      const { id } = await orderWithSubscriber();
      await enqueueForShipmentChange(db, { orderId: id, shipmentId: 'sh4', status: 'out_for_delivery' });
      sms.script([500, 429], { 'Retry-After': '1' });
      const started = Date.now();
      const sender = worker(db, { OUTBOX_MAX_ATTEMPTS: '5' });
      let row;
      while (Date.now() - started < 10_000) {
        await sender.drainOnce();
        [row] = (await listOutbox(db)).filter((r) => r.payload['orderId'] === id);
        if (row!.status !== 'pending') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal(row!.status, 'sent');
      assert.equal(row!.attempts, 3);
      assert.ok(Date.now() - started >= 1000, 'waited for Retry-After');
      const attempts = sms.requests.filter((request) => request.headers['idempotency-key'] === `msg_${row!.id}`);
      assert.deepEqual(
        attempts.map((request) => request.status),
        [500, 429, 200],
      );
    });

    it('keeps a message undeliverable after the last attempt, and at once on a 400, and lists it', async () => {
      const { id } = await orderWithSubscriber();
      await enqueueForShipmentChange(db, { orderId: id, shipmentId: 'sh5', status: 'exception' });
      sms.script([503, 503, 503]);
      const sender = worker(db);
      for (let i = 0; i < 40; i += 1) {
        await sender.drainOnce();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const failed = (await undeliverable(db)).filter((row) => row.payload['orderId'] === id);
      assert.equal(failed.length, 1);
      assert.equal(failed[0]!.status, 'failed');
      assert.equal(failed[0]!.attempts, 3);
      assert.match(failed[0]!.lastError ?? '', /HTTP 503/);

      await enqueueForShipmentChange(db, { orderId: id, shipmentId: 'sh5', status: 'delivered' });
      sms.script([400]);
      await sender.drainOnce();
      const refused = (await undeliverable(db)).filter(
        (row) => row.payload['orderId'] === id && row.payload['status'] === 'delivered',
      );
      assert.equal(refused[0]?.attempts, 1, 'a 400 is not retried');
    });

    it('never pretends: a channel with no provider configured is kept as unconfigured', async () => {
      const { id } = await orderWithSubscriber('email');
      await enqueueForShipmentChange(db, { orderId: id, shipmentId: 'sh6', status: 'delivered' });
      await worker(db).drainOnce();
      const [row] = (await undeliverable(db)).filter((r) => r.payload['orderId'] === id);
      assert.equal(row?.status, 'unconfigured');
      assert.equal(row?.sentAt, null);
    });

    it('honours an unsubscribe at once: a message not yet sent is skipped', async () => {
      const { id, subscription } = await orderWithSubscriber();
      await enqueueForShipmentChange(db, { orderId: id, shipmentId: 'sh7', status: 'in_transit' });
      await unsubscribe(db, subscription.id);
      await worker(db).drainOnce();
      const [row] = (await listOutbox(db)).filter((r) => r.payload['orderId'] === id);
      assert.equal(row?.status, 'skipped');
      assert.equal(sentTo([row!]).length, 0);
      assert.equal(await enqueueForShipmentChange(db, { orderId: id, shipmentId: 'sh7', status: 'delivered' }), 0);
    });
  });
}
