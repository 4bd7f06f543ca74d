// Starts the reference server for the test run (a web-test-runner plugin):
// PGlite in memory by default, or PostgreSQL when AFTERCARE_SERVER_DATABASE_URL is set (scripts/test.mjs does, for one run).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';

export const REFERENCE_SERVER_PORT = 8788;

/** The merchant API key of test/support/merchant-orders.ts (ADMIN_KEY): the server gets only its hash. */
const ADMIN_KEY_HASH = `sha256:${createHash('sha256').update('test-admin-key-3f9a').digest('hex')}`;

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The reference server did not start: ${url}`);
}

export function referenceServerPlugin() {
  let child;
  return {
    name: 'aftercare-reference-server',
    async serverStart() {
      const database = process.env.AFTERCARE_SERVER_DATABASE_URL;
      child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], {
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
      await waitForHealth(`http://127.0.0.1:${REFERENCE_SERVER_PORT}/health`, 90_000);
    },
    async serverStop() {
      child?.kill();
    },
  };
}
