import type { ReviewReceipt } from '../../core/schemas/index.js';

export type Rating = 1 | 2 | 3 | 4 | 5;

/** One item's review as the shopper writes it. */
export interface ReviewDraft {
  rating?: Rating;
  title: string;
  body: string;
  authorName: string;
  photos: string[];
  /** Kept with the draft, so a retry after a reload is still the same write. */
  idempotencyKey?: string;
}

export interface ReviewItemState extends ReviewDraft {
  open: boolean;
  submitting: boolean;
  error?: string;
  photoError?: string;
  receipt?: ReviewReceipt;
}

export const LIMITS = { title: 100, body: 2000, photos: 5 } as const;

export function emptyItem(): ReviewItemState {
  return { title: '', body: '', authorName: '', photos: [], open: false, submitting: false };
}

/** What survives a reload: what the shopper typed and the write's key; not the transient UI state. */
export function toDraft(state: ReviewItemState): ReviewDraft {
  const { rating, title, body, authorName, photos, idempotencyKey } = state;
  return {
    ...(rating ? { rating } : {}),
    title,
    body,
    authorName,
    photos,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}
