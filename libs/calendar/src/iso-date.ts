import { z } from 'zod';

/**
 * A calendar date as `YYYY-MM-DD` (proleptic Gregorian), with no time and no time zone: the day as printed on a
 * Vietnamese calendar. Instants (times) are JS `Date`s; `vietnamDateOf` turns one into the other.
 */
export const IsoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

/** The first and last solar dates every function of this library supports (the lunar algorithm is tested there). */
export const CALENDAR_RANGE = { first: '1900-01-01', last: '2100-12-31' } as const;
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Julian day number of 1970-01-01, the epoch of `Date`. */
const JDN_UNIX_EPOCH = 2440588;

/** Julian day number (integer, noon-based) of a Gregorian date. */
export function jdnOf(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number, as `[year, month, day]`. */
export function dateOfJdn(jdn: number): [number, number, number] {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return [100 * b + d - 4800 + Math.floor(m / 10), m + 3 - 12 * Math.floor(m / 10), e - Math.floor((153 * m + 2) / 5) + 1];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** The Julian day number of a `YYYY-MM-DD` string, or `null` when it is not a real date. Hot path: no regex. */
export function parseIsoDate(text: string): number | null {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  // A non-digit makes a NaN, which fails every comparison below.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
  return jdnOf(year, month, day);
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** `YYYY-MM-DD` of a Julian day number (years 1000–9999). */
export function formatJdn(jdn: number): IsoDate {
  const [year, month, day] = dateOfJdn(jdn);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfJdn(jdn: number): number {
  return (jdn + 1) % 7;
}

export function isWeekendJdn(jdn: number): boolean {
  const weekday = weekdayOfJdn(jdn);
  return weekday === 0 || weekday === 6;
}

/** The Julian day number of the day containing `instant` in Vietnam. */
export function vietnamJdnOf(instant: Date): number {
  return Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / DAY_MS) + JDN_UNIX_EPOCH;
}

/** The instant at `msOfDay` milliseconds after midnight, Vietnam time, of the day `jdn`. */
export function instantOf(jdn: number, msOfDay: number): Date {
  return new Date((jdn - JDN_UNIX_EPOCH) * DAY_MS - VIETNAM_OFFSET_MS + msOfDay);
}

/**
 * The calendar date (`YYYY-MM-DD`) in Asia/Ho_Chi_Minh at `instant`, whatever the process time zone: 23:30 on
 * 14 September in Hà Nội is already the 15th nowhere else but is the 14th here.
 */
export function vietnamDateOf(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('vietnamDateOf: invalid Date');
  return formatJdn(vietnamJdnOf(instant));
}
