// Starts the reference server for the test run (a web-test-runner plugin):
// PGlite in memory by default, or PostgreSQL when AFTERCARE_SERVER_DATABASE_URL is set (scripts/test.mjs does, for one run).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';

export const REFERENCE_SERVER_PORT = 8788;

/** The merchant API key of test/support/merchant-orders.ts (ADMIN_KEY): the server gets only its hash. */
const ADMIN_KEY_HASH = `sha256:${createHash('sha256').update('test-admin-key-3f9a').digest('hex')}`;

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Waits for this run's own server: one that exited (e.g. its port was taken) fails at once. */
export async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it answered (${child.exitCode ?? child.signalCode})`);
    }
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not start: ${url}`);
}

export function referenceServerPlugin() {
  let child;
  return {
    name: 'aftercare-reference-server',
    async serverStart() {
      const health = `http://127.0.0.1:${REFERENCE_SERVER_PORT}/health`;
      // Another run's server (or one a killed run left behind) would carry its data into this run's tests.
      if (await answers(health)) {
        throw new Error(`Port ${REFERENCE_SERVER_PORT} already has a server: stop it (an earlier run's?) first`);
      }
      const database = process.env.AFTERCARE_SERVER_DATABASE_URL;
      // Node itself with tsx's loader, not tsx's CLI: killing the child then stops the server, leaving no orphan.
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: {
          ...process.env,
          PORT: String(REFERENCE_SERVER_PORT),
          HOST: '127.0.0.1',
          CORS_ORIGINS: '*',
          RESET: '1',
          DEMO: '1',
          FAULTS: '1',
          AFTERCARE_CUSTOMER_TOKEN_SECRET: 'test-customer-token-secret',
          AFTERCARE_TOKEN_SECRET: 'test-order-token-secret',
          AFTERCARE_ADMIN_KEYS: ADMIN_KEY_HASH,
          ...(database ? { DATABASE_URL: database } : { DATA_DIR: 'memory://' }),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      process.once('exit', () => child.kill());
      await waitForHealth(health, child, 90_000);
    },
    async serverStop() {
      child?.kill();
    },
  };
}
