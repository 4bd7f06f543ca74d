// A reference server killed with SIGKILL while an e-mail is in flight loses
// nothing: restarted on the same data folder, it sends every message of the
// outbox, each exactly once (the SMTP server counts them by Message-ID).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type SmtpPeer, startSmtp, waitUntil } from './notification-peers.js';
import { makeReturn, subscribe } from './notify-helpers.js';
import { type RunningServer, startServer } from './reference-server.js';

let smtp: SmtpPeer;
let dataDir: string;
let server: RunningServer | undefined;

before(async () => {
  smtp = await startSmtp();
  dataDir = mkdtempSync(join(tmpdir(), 'aftercare-outbox-'));
});
after(async () => {
  await server?.stop();
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({
  DATA_DIR: dataDir,
  SMTP_URL: smtp.url,
  OUTBOX_POLL_MS: '50',
  OUTBOX_LEASE_SECONDS: '2',
  OUTBOX_BACKOFF_MS: '100',
});

describe('a crash mid-send', () => {
  it('restarted after SIGKILL, the server delivers every message exactly once', async () => {
    server = await startServer({ ...env(), RESET: '1' });
    for (const address of ['somchai@example.com', 'somchai.work@example.com', 'somchai.home@example.com']) {
      assert.equal((await subscribe(server, 'BK-1004', 'email', address, 'en')).status, 204);
    }
    smtp.hold(1); // the first message is taken in and never answered: the sender is mid-send
    await makeReturn(server, 'BK-1004');
    await waitUntil(() => smtp.mails.length >= 2, 10_000, 'the two other messages');
    await server.kill();
    assert.equal(smtp.mails.length, 2, 'the held message was not delivered');

    server = await startServer({ ...env(), RESET: '0', DEMO: '0' });
    await smtp.waitFor(3, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate, were there one
    const ids = smtp.mails.map((mail) => mail.messageId);
    assert.equal(ids.length, 3);
    assert.equal(new Set(ids).size, 3, 'each message once');
    assert.deepEqual(smtp.mails.map((mail) => (mail.to && 'text' in mail.to ? mail.to.text : '')).sort(), [
      'somchai.home@example.com',
      'somchai.work@example.com',
      'somchai@example.com',
    ]);
  });
});
