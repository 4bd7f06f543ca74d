// The reference server for the Node tests of test/server/: server/main.ts
// itself in a child process (the entry point a store runs, its logger
// included), on a free port, PGlite in memory, started empty of writes. Every
// line it writes to stdout is kept, parsed, for the log tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { DEMO_EMAIL } from '../support/demo-contacts.js';

export interface LogLine {
  raw: string;
  level?: string;
  message?: string;
  [field: string]: unknown;
}

export interface RunningServer {
  url: string;
  /** Every stdout line so far. */
  logs: LogLine[];
  /** Waits until `count` request lines have been logged (the line is written after the response). */
  requestLogs(count: number, timeoutMs?: number): Promise<LogLine[]>;
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL: no shutdown of any kind), for crash tests. */
  kill(): Promise<void>;
}

/**
 * AFTERCARE_SERVER_MAIN runs another entry point (a mutated copy, to see a test
 * fail); extra environment variables go to the server.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const main = process.env['AFTERCARE_SERVER_MAIN'] ?? 'server/main.ts';
  // Node itself with tsx as a loader, not the tsx CLI: the CLI runs the server in a grandchild, which a SIGKILL
  // of the CLI would leave running (and holding this process's pipes open).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', RESET: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: LogLine[] = [];
  let listening: (url: string) => void;
  const started = new Promise<string>((resolve) => (listening = resolve));
  createInterface({ input: child.stdout! }).on('line', (raw) => {
    let line: LogLine = { raw };
    try {
      line = { ...(JSON.parse(raw) as object), raw };
    } catch {
      // Not JSON: kept as it is, and a log test fails on it.
    }
    logs.push(line);
    if (line.message === 'listening' && typeof line['url'] === 'string') listening(line['url']);
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the reference server exited (${code}) before listening`);
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('the reference server did not start in 90 s')), 90_000).unref(),
  );
  const url = await Promise.race([started, exited, timeout]);
  exited.catch(() => undefined);

  const requests = () => logs.filter((line) => line.message === 'request');
  return {
    url,
    logs,
    async requestLogs(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (requests().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return requests();
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** A problem document's parts, for assertions: status, content type and body. */
export async function problemOf(response: Response) {
  const text = await response.text();
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  return { status: response.status, contentType: response.headers.get('Content-Type'), body, text };
}

/**
 * What the server asks of a caller to read or change an order: today an order
 * access token from POST /order-access (the email the order was placed with as
 * proof), sent as `Authorization: Bearer`. When the access rules change, change this.
 */
export async function orderAccess(server: RunningServer, orderId: string): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/order-access`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ orderId, email: DEMO_EMAIL[orderId] }),
  });
  if (response.status !== 201)
    throw new Error(`POST /order-access ${orderId}: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return { Authorization: `Bearer ${token}` };
}

/** POSTs JSON text (as it is: it may be broken on purpose). */
export function postJson(server: RunningServer, path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}
