/** Every time the portal shows is Vietnam's wall-clock time, whatever the computer's own time zone (architecture §7). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISPLAY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

// Parts are assembled by hand so that the output is dd/MM/yyyy HH:mm whatever locale data the browser ships.
const vietnamClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type WallClock = { year: string; month: string; day: string; hour: string; minute: string };

function vietnamWallClock(instant: Date): WallClock {
  const parts: Record<string, string> = {};
  for (const part of vietnamClock.formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: parts['year'] ?? '',
    month: parts['month'] ?? '',
    day: parts['day'] ?? '',
    hour: parts['hour'] ?? '',
    minute: parts['minute'] ?? '',
  };
}

/**
 * `dd/MM/yyyy`. A `YYYY-MM-DD` string is a calendar date (ngày văn bản) and is shown as is, never shifted by a time
 * zone; a `Date` is an instant and is shown as its date in Vietnam. Anything unreadable is returned unchanged.
 */
export function formatDate(value: Date | string): string {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
  }
  if (Number.isNaN(value.getTime())) return '';
  const { day, month, year } = vietnamWallClock(value);
  return `${day}/${month}/${year}`;
}

/** `dd/MM/yyyy HH:mm` of an instant, in Vietnam's time zone (24-hour clock). */
export function formatDateTime(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const { day, month, year, hour, minute } = vietnamWallClock(value);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** Today's date in Vietnam as `YYYY-MM-DD`, the form the services take. */
export function vietnamToday(now: Date): string {
  const { day, month, year } = vietnamWallClock(now);
  return `${year}-${month}-${day}`;
}

/**
 * Reads a date typed the Vietnamese way (`5/3/2025`, `05/03/2025`, `05-03-2025`, `05.03.2025`: day first) and returns
 * it as `YYYY-MM-DD`, or `null` when it is not a real calendar date.
 */
export function parseDisplayDate(text: string): string | null {
  const match = DISPLAY_DATE.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
