/**
 * When a shopper last answered or dismissed a survey, in localStorage per
 * survey and customer, so the next page load respects it.
 */
interface Memory {
  answeredAt?: number;
  dismissedAt?: number;
}

const DAY_MS = 86_400_000;

function key(survey: string, customer: string | undefined): string {
  return `aftercare:survey:${survey}:${customer ?? 'guest'}`;
}

function read(survey: string, customer: string | undefined): Memory {
  try {
    return (JSON.parse(localStorage.getItem(key(survey, customer)) ?? '{}') as Memory) ?? {};
  } catch {
    return {};
  }
}

function write(survey: string, customer: string | undefined, memory: Memory): void {
  try {
    localStorage.setItem(key(survey, customer), JSON.stringify(memory));
  } catch {
    // Without storage the survey may ask again on the next visit; nothing else breaks.
  }
}

export function rememberAnswer(survey: string, customer: string | undefined, now = Date.now()): void {
  write(survey, customer, { ...read(survey, customer), answeredAt: now });
}

export function rememberDismissal(survey: string, customer: string | undefined, now = Date.now()): void {
  write(survey, customer, { ...read(survey, customer), dismissedAt: now });
}

/** True inside `throttleDays` after an answer or `cooldownDays` after a dismissal. */
export function isResting(
  survey: string,
  customer: string | undefined,
  throttleDays: number,
  cooldownDays: number,
  now = Date.now(),
): boolean {
  const { answeredAt, dismissedAt } = read(survey, customer);
  return (
    (answeredAt !== undefined && now - answeredAt < throttleDays * DAY_MS) ||
    (dismissedAt !== undefined && now - dismissedAt < cooldownDays * DAY_MS)
  );
}
