// A second reference server for the browser tests of notifications (a
// web-test-runner plugin), started by the first test that asks for it: its
// mail goes to a real SMTP server (smtp-server) on 127.0.0.1, parsed with
// mailparser, and it knows a LINE Official Account and channel secret, so a
// test can sign LINE's webhook itself. The shared server of
// reference-server.mjs stays as it is.
//
// Commands: `aftercare-notify-server` → { url } (starts it once);
// `aftercare-notify-mails` with { to } → the mails received for that address,
// as { to, subject, text, html }; `aftercare-notify-line` with { text, forged? }
// → the status of POST /webhooks/line for a follower's text message, sent from
// here as LINE's servers send it (X-Line-Signature: base64 HMAC-SHA256 of the
// raw body with the channel secret; `forged` signs another body).
import { spawn } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { once } from 'node:events';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitForHealth } from './reference-server.mjs';

export const NOTIFY_SERVER_PORT = 8790;
const LINE_SECRET = 'wtr-line-channel-secret';
/** test/support/merchant-orders.ts's ADMIN_KEY, as a hash. */
const ADMIN_KEY_HASH = `sha256:${createHash('sha256').update('test-admin-key-3f9a').digest('hex')}`;

async function startSmtp(mails) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push({
          to: mail.to?.text ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: mail.html || '',
        });
        callback();
      }, callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return server;
}

/** A follower's text message as LINE's Messaging API delivers it to the store's webhook. */
async function lineMessage(text, forged = false) {
  const body = JSON.stringify({
    destination: 'U0000000000000000000000000000000',
    events: [
      {
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        webhookEventId: `01WTR${createHash('sha256').update(text).digest('hex').slice(0, 20)}`,
        deliveryContext: { isRedelivery: false },
        replyToken: 'reply-token-wtr',
        source: { type: 'user', userId: `U${'e2e0'.repeat(8)}` },
        message: { id: '1', type: 'text', text },
      },
    ],
  });
  const signature = createHmac('sha256', LINE_SECRET)
    .update(forged ? `${body} ` : body)
    .digest('base64');
  const response = await fetch(`http://127.0.0.1:${NOTIFY_SERVER_PORT}/webhooks/line`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Line-Signature': signature },
    body,
  });
  return response.status;
}

export function notifyServerPlugin() {
  const mails = [];
  let started;
  let smtp;
  let child;
  const start = async () => {
    smtp = await startSmtp(mails);
    // Node with tsx's loader (not tsx's CLI), so killing the child stops the server itself.
    child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(NOTIFY_SERVER_PORT),
        HOST: '127.0.0.1',
        CORS_ORIGINS: '*',
        RESET: '1',
        DEMO: '1',
        DATA_DIR: 'memory://',
        DATABASE_URL: '',
        AFTERCARE_TOKEN_SECRET: 'wtr-notify-order-token-secret',
        AFTERCARE_ADMIN_KEYS: ADMIN_KEY_HASH,
        AFTERCARE_STORE_NAME: 'Baan Kafe',
        AFTERCARE_ORDER_PAGE_URL: 'https://shop.example/orders/{order}?token={token}',
        SMTP_URL: `smtp://127.0.0.1:${smtp.server.address().port}`,
        MAIL_FROM: 'Baan Kafe <updates@baankafe.example>',
        LINE_CHANNEL_SECRET: LINE_SECRET,
        LINE_OFFICIAL_ACCOUNT: '@baankafe',
        OUTBOX_POLL_MS: '50',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    process.once('exit', () => child.kill());
    const url = `http://127.0.0.1:${NOTIFY_SERVER_PORT}`;
    await waitForHealth(`${url}/health`, child, 90_000);
    return { url };
  };
  return {
    name: 'aftercare-notify-server',
    async executeCommand({ command, payload }) {
      if (command === 'aftercare-notify-server') return (started ??= start());
      if (command === 'aftercare-notify-mails') return mails.filter((mail) => mail.to.includes(payload.to));
      if (command === 'aftercare-notify-line') return lineMessage(payload.text, payload.forged);
      return undefined;
    },
    async serverStop() {
      child?.kill();
      await new Promise((resolve) => (smtp ? smtp.close(resolve) : resolve()));
    },
  };
}
