import { createHash } from 'node:crypto';
import type { RenderedMessage } from '../templates.js';

/** One message to one recipient, ready to send. */
export interface OutgoingMessage extends RenderedMessage {
  /** The outbox row's id: providers that take an idempotency key get one made from it. */
  outboxId: number;
  dedupeKey: string;
  to: string;
  language: string;
  unsubscribeUrl: string;
}

/** Thrown for a refusal that another attempt cannot fix (a 4xx other than 408, 409 and 429). */
export class PermanentError extends Error {}

/** Thrown for a provider that asked to wait (429 with Retry-After). */
export class RetryAfterError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

export interface Channel {
  send(message: OutgoingMessage): Promise<void>;
}

/** An idempotency key in the UUID form LINE's X-Line-Retry-Key asks for, the same for every attempt of one row. */
export function retryKey(dedupeKey: string): string {
  const hex = createHash('sha256').update(dedupeKey).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A JSON POST; the answer's status decides: 2xx sent, 408/429/5xx again later, other 4xx never. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  what: string,
  okStatuses: number[] = [],
): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  if (response.ok || okStatuses.includes(response.status)) return response;
  const detail = `${what}: HTTP ${response.status}`;
  await response.body?.cancel();
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    throw new RetryAfterError(detail, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0);
  }
  if (response.status >= 400 && response.status < 500 && response.status !== 408) throw new PermanentError(detail);
  throw new Error(detail);
}
