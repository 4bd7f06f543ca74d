// DESIGN §5.1: "Rate limits live in the database, so every server instance
// shares them." Two reference-server processes on one PostgreSQL (as behind a
// load balancer): guesses at one order's contact are counted together, so the
// second process refuses what the first one counted, and a token one process
// signed opens the order on the other. Needs a PostgreSQL (.ci/run starts one
// and sets AFTERCARE_TEST_DATABASE_URL); PGlite lives in one process only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_EMAIL } from '../support/demo-contacts.js';
import { type RunningServer, startServer } from './reference-server.js';

const DATABASE = process.env['AFTERCARE_TEST_DATABASE_URL'] || process.env['AFTERCARE_SERVER_DATABASE_URL'];

const access = (server: RunningServer, orderId: string, email: string) =>
  fetch(`${server.url}/order-access`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ orderId, email }),
  });

if (DATABASE) {
  describe('two server processes on one PostgreSQL', () => {
    let first: RunningServer;
    let second: RunningServer;
    // DEMO=1 seeds the demo shop into the emptied database (the first process); the second finds it there.
    const shared = { DATABASE_URL: DATABASE, DEMO: '1', AFTERCARE_TOKEN_SECRET: 'shared-limits-secret' };

    before(async () => {
      first = await startServer({ ...shared, RESET: '1' });
      // The second process joins the same data, as a second instance would: no reset.
      second = await startServer({ ...shared, RESET: '0' });
    });
    after(async () => {
      await Promise.all([first?.stop(), second?.stop()]);
    });

    it('count guesses at one order together: 429 from the second within 10 tries, and from the first', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 10; attempt++) {
        const server = attempt < 5 ? first : second;
        const response = await access(server, 'BK-1003', `guess-${attempt}@example.com`);
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, Array(10).fill(404));
      const refused = await access(second, 'BK-1003', 'guess-10@example.com');
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('Retry-After')) > 0, 'Retry-After');
      await refused.arrayBuffer();
      // The right email too, on either process: knowing cannot be told apart from guessing.
      for (const server of [first, second]) {
        const response = await access(server, 'BK-1003', DEMO_EMAIL['BK-1003']!);
        assert.equal(response.status, 429);
        await response.arrayBuffer();
      }
    });

    it('open an order on one process with the token the other signed', async () => {
      const granted = await access(first, 'BK-1002', DEMO_EMAIL['BK-1002']!);
      assert.equal(granted.status, 201);
      const { token } = (await granted.json()) as { token: string };
      const read = await fetch(`${second.url}/orders/BK-1002`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(read.status, 200);
      assert.equal(((await read.json()) as { id: string }).id, 'BK-1002');
    });
  });
}
