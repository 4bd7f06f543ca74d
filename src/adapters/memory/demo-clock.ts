/** Demo dates move with the clock, so "2 hours ago" and "arrives Thursday" stay true. */
export function demoClock(now: Date) {
  const DAY = 86_400_000;
  return {
    /** An instant `days` (and `hours`) before now. */
    ago: (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000).toISOString(),
    /** A calendar day relative to today, as a date-only string. */
    day: (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10),
  };
}
