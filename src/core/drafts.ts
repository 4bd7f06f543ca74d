/**
 * In-progress input kept in sessionStorage, so a reload or a failed submit
 * loses nothing. Contact and payment details are never written: fields with
 * those names are removed at any depth before saving.
 */
const PREFIX = 'aftercare:draft:';
const FORBIDDEN_KEYS = new Set([
  'email',
  'phone',
  'address',
  'refundaccount',
  'accountnumber',
  'accountname',
  'promptpay',
  'iban',
  'cardnumber',
]);

function draftKey(widget: string, orderId: string): string {
  return `${PREFIX}${widget}:${orderId}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // Blocked storage (privacy modes, sandboxed frames) only costs the draft.
  }
}

export function withoutPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !FORBIDDEN_KEYS.has(key.toLowerCase()))
        .map(([key, nested]) => [key, withoutPersonalData(nested)]),
    );
  }
  return value;
}

export function saveDraft(widget: string, orderId: string, draft: unknown): void {
  try {
    storage()?.setItem(draftKey(widget, orderId), JSON.stringify(withoutPersonalData(draft)));
  } catch {
    // Quota exceeded (large photos): the draft is a convenience, the form still works.
  }
}

export function loadDraft<T>(widget: string, orderId: string): T | undefined {
  try {
    const raw = storage()?.getItem(draftKey(widget, orderId));
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(widget: string, orderId: string): void {
  try {
    storage()?.removeItem(draftKey(widget, orderId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
