/**
 * Dates as edXML writes them. The SDK samples write dates `yyyy/MM/dd` and timestamps `yyyy/MM/dd HH:mm:ss` without a
 * zone; we read and write those timestamps as Vietnam time (UTC+7, no daylight saving). Our own model uses ISO
 * `YYYY-MM-DD` dates and `Date` instants.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2025-09-10` → `2025/09/10`. */
export function toWireDate(isoDate: string): string {
  return isoDate.replaceAll('-', '/');
}

/** An instant as `yyyy/MM/dd HH:mm:ss` in Vietnam time. */
export function toWireTimestamp(instant: Date): string {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return (
    `${pad(local.getUTCFullYear(), 4)}/${pad(local.getUTCMonth() + 1)}/${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
  );
}

function isoDateIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a date leniently: `yyyy/MM/dd`, `yyyy-MM-dd` (either may carry a time, which is ignored) or `dd/MM/yyyy`.
 * Returns ISO `YYYY-MM-DD`, or `undefined` when the text is not a real calendar date.
 */
export function fromWireDate(text: string): string | undefined {
  const yearFirst = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (yearFirst) return isoDateIfReal(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (dayFirst) return isoDateIfReal(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return undefined;
}

/**
 * Reads a timestamp leniently: `yyyy/MM/dd HH:mm[:ss]` or `yyyy-MM-ddTHH:mm[:ss]` (Vietnam time unless a `Z` or
 * `±hh:mm` offset follows), or a bare date (midnight in Vietnam). Returns `undefined` when it is not a real instant.
 */
export function fromWireTimestamp(text: string): Date | undefined {
  const match = /^(\d{4})[/-](\d{2})[/-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text,
  );
  if (!match) return undefined;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', millis = '0', zone] = match;
  if (!isoDateIfReal(Number(year), Number(month), Number(day))) return undefined;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const wallClock = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
    Number(millis.padEnd(3, '0')),
  );
  return new Date(wallClock - zoneOffsetMs(zone));
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined) return VIETNAM_OFFSET_MS;
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60 * 1000;
}
