// Real protocol peers on 127.0.0.1 for the notification tests: an SMTP server
// (smtp-server) whose mail is parsed with mailparser, and an HTTP server that
// records every request (raw body included) and answers from a script, so a
// test can make a provider answer 429 or 500 before it takes a message.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpPeer {
  url: string;
  mails: ParsedMail[];
  /** Holds the next `count` messages (DATA never answered) until release(). */
  hold(count: number): void;
  release(): void;
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function startSmtp(): Promise<SmtpPeer> {
  const mails: ParsedMail[] = [];
  let held = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      void simpleParser(stream).then((mail) => {
        if (held > 0) {
          held -= 1;
          return; // never answered: the sender is killed meanwhile
        }
        mails.push(mail);
        callback();
      }, callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    hold: (count) => void (held = count),
    release: () => void (held = 0),
    async waitFor(count, timeoutMs = 10_000) {
      await waitUntil(() => mails.length >= count, timeoutMs, `${count} mails`);
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: unknown;
  status: number;
}

export interface HttpPeer {
  url: string;
  requests: RecordedRequest[];
  /** Answers the next requests with these statuses (then 200). */
  script(statuses: number[], headers?: Record<string, string>): void;
  /** Checks each request before answering; a thrown error answers 400 and is kept in `errors`. */
  check(fn: (request: RecordedRequest) => void): void;
  errors: string[];
  accepted(): RecordedRequest[];
  waitFor(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

export async function startHttpPeer(answer: (request: RecordedRequest) => unknown = () => ({})): Promise<HttpPeer> {
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  let statuses: number[] = [];
  let extraHeaders: Record<string, string> = {};
  let checker: (request: RecordedRequest) => void = () => undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const request: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        raw,
        body,
        status: 200,
      };
      try {
        checker(request);
        request.status = statuses.shift() ?? 200;
      } catch (error) {
        errors.push(String(error));
        request.status = 400;
      }
      requests.push(request);
      res.writeHead(request.status, {
        'Content-Type': 'application/json',
        ...(request.status === 429 ? extraHeaders : {}),
      });
      res.end(JSON.stringify(request.status === 200 ? answer(request) : { message: 'try again' }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const accepted = () => requests.filter((request) => request.status === 200);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    errors,
    script(list, headers = {}) {
      statuses = [...list];
      extraHeaders = headers;
    },
    check: (fn) => void (checker = fn),
    accepted,
    async waitFor(count, timeoutMs = 10_000) {
      await waitUntil(() => accepted().length >= count, timeoutMs, `${count} accepted requests`);
      return accepted();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
