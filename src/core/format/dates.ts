import { intlLocale } from './intl-locale.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date-only value ("2026-05-14") is a calendar day, not an instant: it is
 * read and shown in UTC so that no time zone moves it to the day before.
 * A date-time is an instant, shown in the shopper's own time zone.
 */
function toDate(value: string | Date): { date: Date; timeZone?: string } {
  if (value instanceof Date) return { date: value };
  return DATE_ONLY.test(value) ? { date: new Date(`${value}T00:00:00Z`), timeZone: 'UTC' } : { date: new Date(value) };
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

export const DATE_STYLES = {
  /** "14 May 2026" / "14 พ.ค. 2569" */
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "Thu 14 May" */
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "14 May 2026, 09:30" */
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  /** "09:30" */
  time: { hour: 'numeric', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof DATE_STYLES;

/** Formats in the shopper's calendar: Thai shows the Buddhist era, as Intl does for `th`. */
export function formatDate(value: string | Date, style: DateStyle = 'date', locale: string = intlLocale()): string {
  const { date, timeZone } = toDate(value);
  const options: Intl.DateTimeFormatOptions = { ...DATE_STYLES[style] };
  if (timeZone) options.timeZone = timeZone;
  return formatter(locale, options).format(date);
}

/** "Thu 14 – Sat 16 May"; a single day when there is no end. */
export function formatDateRange(
  from: string,
  to: string | undefined,
  style: DateStyle = 'day',
  locale: string = intlLocale(),
): string {
  if (!to) return formatDate(from, style, locale);
  const start = toDate(from);
  const end = toDate(to);
  const options: Intl.DateTimeFormatOptions = { ...DATE_STYLES[style] };
  // Both ends must be read the same way; a mixed pair is shown in local time.
  if (start.timeZone && end.timeZone) options.timeZone = 'UTC';
  return formatter(locale, options).formatRange(start.date, end.date);
}

const relativeCache = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormatter(locale: string): Intl.RelativeTimeFormat {
  let format = relativeCache.get(locale);
  if (!format) relativeCache.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/**
 * "2 hours ago", "in 3 days", "now"; `undefined` once the distance is a week
 * or more, where an absolute date reads better.
 */
export function formatRelativeTime(
  value: string | Date,
  now: Date = new Date(),
  locale: string = intlLocale(),
): string | undefined {
  let amount = (toDate(value).date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(amount) < size) {
      return relativeFormatter(locale).format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return undefined;
}

/** Whole days from `now` until the given day, counting calendar days in the shopper's zone. */
export function daysUntil(value: string, now: Date = new Date()): number {
  const { date, timeZone } = toDate(value);
  const day = timeZone
    ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
    : Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((day - today) / 86_400_000);
}
