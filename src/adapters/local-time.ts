/**
 * Carrier-local times made absolute. AfterShip sends a checkpoint's time as
 * the carrier printed it, often without an offset: "2026-05-05T14:30:00" in
 * Bangkok is 07:30 UTC. A time with its offset passes unchanged.
 */

/** The zone of countries a parcel to South-East Asia passes through, by ISO 3166 alpha-3 and alpha-2 code. */
const ZONES: Record<string, string> = {
  THA: 'Asia/Bangkok',
  IDN: 'Asia/Jakarta',
  SGP: 'Asia/Singapore',
  MYS: 'Asia/Kuala_Lumpur',
  VNM: 'Asia/Ho_Chi_Minh',
  PHL: 'Asia/Manila',
  KHM: 'Asia/Phnom_Penh',
  LAO: 'Asia/Vientiane',
  MMR: 'Asia/Yangon',
  CHN: 'Asia/Shanghai',
  HKG: 'Asia/Hong_Kong',
  TWN: 'Asia/Taipei',
  JPN: 'Asia/Tokyo',
  KOR: 'Asia/Seoul',
  IND: 'Asia/Kolkata',
  ARE: 'Asia/Dubai',
  GBR: 'Europe/London',
  DEU: 'Europe/Berlin',
  FRA: 'Europe/Paris',
  NLD: 'Europe/Amsterdam',
};
const ALPHA2: Record<string, string> = {
  TH: 'THA',
  ID: 'IDN',
  SG: 'SGP',
  MY: 'MYS',
  VN: 'VNM',
  PH: 'PHL',
  KH: 'KHM',
  LA: 'LAO',
  MM: 'MMR',
  CN: 'CHN',
  HK: 'HKG',
  TW: 'TWN',
  JP: 'JPN',
  KR: 'KOR',
  IN: 'IND',
  AE: 'ARE',
  GB: 'GBR',
  DE: 'DEU',
  FR: 'FRA',
  NL: 'NLD',
};

/** The time zone of a country code, if it has one zone we know. */
export function zoneOf(country: string | null | undefined): string | undefined {
  const code = country?.toUpperCase();
  return code ? ZONES[ALPHA2[code] ?? code] : undefined;
}

const LOCAL = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?$/;
const WITH_OFFSET = /(Z|[+-]\d\d:?\d\d)$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/** Minutes `zone` is ahead of UTC at the instant `utc` (ms); zones change offset only on quarter hours. */
function offsetAt(zone: string, utc: number): number {
  const key = `${zone} ${Math.floor(utc / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = measureOffset(zone, utc);
    offsets.set(key, offset);
  }
  return offset;
}

function measureOffset(zone: string, utc: number): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  const part: Record<string, number> = {};
  for (const p of format.formatToParts(utc)) part[p.type] = Number(p.value);
  const wall = Date.UTC(
    part['year']!,
    part['month']! - 1,
    part['day']!,
    part['hour']!,
    part['minute']!,
    part['second']!,
  );
  return Math.round((wall - Math.floor(utc / 1000) * 1000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO time with an offset: `value` as it is if it has one (or is a bare
 * date), else read as wall-clock time in `zone` (UTC without one). Undefined
 * for what is not a time at all.
 */
export function absoluteTime(value: string | null | undefined, zone?: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d\d-\d\d$/.test(text)) return text;
  if (WITH_OFFSET.test(text)) {
    const normalized = text.replace(' ', 'T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
    return Number.isNaN(Date.parse(normalized)) ? undefined : normalized;
  }
  const m = LOCAL.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac] = m;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s);
  if (Number.isNaN(wall)) return undefined;
  let offset = 0;
  if (zone) {
    try {
      // The offset at the wall time read as UTC, corrected once for a zone that changes around it.
      offset = offsetAt(zone, wall - offsetAt(zone, wall) * 60000);
    } catch {
      // A zone this browser does not know: read as UTC.
    }
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac ? `.${frac}` : ''}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
