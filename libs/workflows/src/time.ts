import {
  DEFAULT_OFFICE_HOURS,
  vietnamDateOf,
  type BusinessCalendar,
  type IsoDate,
  type OfficeHours,
} from '@lienthong/calendar';

// Vietnam keeps UTC+7 all year; these helpers never read the process time zone.
const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Office periods as [start, end) milliseconds after local midnight, in order. */
export type OfficePeriods = readonly (readonly [number, number])[];

/** Milliseconds after midnight of an `HH:MM` local time, or null when it is not one (24:00 is not accepted). */
export function parseClockTime(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  return match ? (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS : null;
}

function parsePeriodEnd(value: string): number | null {
  return value === '24:00' ? DAY_MS : parseClockTime(value);
}

/**
 * Parses office hours the way `createBusinessCalendar` does. Throws RangeError when they are not ordered, disjoint
 * `HH:MM` periods: the same hours were already accepted by the calendar, so a failure here is a caller bug.
 */
export function officePeriods(hours: OfficeHours = DEFAULT_OFFICE_HOURS): OfficePeriods {
  const periods: [number, number][] = [];
  let previousEnd = 0;
  for (const period of hours) {
    const start = parseClockTime(period.start);
    const end = parsePeriodEnd(period.end);
    if (start === null || end === null || start >= end || start < previousEnd) {
      throw new RangeError(`officeHours: ${JSON.stringify(hours)} are not ordered, disjoint HH:MM periods`);
    }
    periods.push([start, end]);
    previousEnd = end;
  }
  if (periods.length === 0) throw new RangeError('officeHours: at least one period is needed');
  return periods;
}

/** Office hours in one working day: 7.5 for the default 07:30–11:30 and 13:30–17:00. */
export function hoursPerOfficeDay(hours: OfficeHours = DEFAULT_OFFICE_HOURS): number {
  return officePeriods(hours).reduce((sum, [start, end]) => sum + (end - start), 0) / HOUR_MS;
}

/** Local midnight of `date` in Vietnam, as epoch milliseconds. */
function midnightOf(date: IsoDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - VIETNAM_OFFSET_MS
  );
}

/** The instant `msOfDay` after local midnight of `date` in Vietnam. */
export function instantAt(date: IsoDate, msOfDay: number): Date {
  return new Date(midnightOf(date) + msOfDay);
}

/** Milliseconds since local midnight in Vietnam at `instant`. */
export function msOfVietnamDay(instant: Date): number {
  const local = instant.getTime() + VIETNAM_OFFSET_MS;
  return local - Math.floor(local / DAY_MS) * DAY_MS;
}

/** `date` moved by `days` calendar days (not working days). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return new Date(midnightOf(date) + VIETNAM_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** When the office opens on `date` (07:30 by default). */
export function openingOf(date: IsoDate, periods: OfficePeriods): Date {
  return instantAt(date, (periods[0] as readonly [number, number])[0]);
}

/** When the office closes on `date` (17:00 by default): the deadline instant of a limit in working days. */
export function closingOf(date: IsoDate, periods: OfficePeriods): Date {
  return instantAt(date, (periods[periods.length - 1] as readonly [number, number])[1]);
}

/**
 * Office time, in milliseconds, between two instants: only office periods of working days count. 0 when `to` is not
 * after `from`. Walks day by day, which is cheap for the weeks a dossier is paused.
 */
export function workingMsBetween(calendar: BusinessCalendar, periods: OfficePeriods, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return 0;
  let total = 0;
  const last = vietnamDateOf(to);
  for (let date = vietnamDateOf(from); date <= last; date = addCalendarDays(date, 1)) {
    if (!calendar.isWorkingDay(date)) continue;
    const midnight = midnightOf(date);
    for (const [open, close] of periods) {
      const overlap = Math.min(end, midnight + close) - Math.max(start, midnight + open);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}

/** Rounds to 2 decimals for messages and reports (0.1 + 0.2 shows as 0.3). */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
