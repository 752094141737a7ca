// The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7 with Hồ Ngọc Đức's published algorithm (after
// Jean Meeus, "Astronomical Algorithms"): https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html and its
// reference implementation amlich-hnd.js. The astronomical functions below keep his constants and his rounding
// exactly, so our months are his months; only the bookkeeping around them (tables per year, validation) is ours.
import { err, ok, type Result } from '@lienthong/kernel';
import { calendarError, type CalendarError } from './errors.js';
import {
  CALENDAR_RANGE,
  FIRST_YEAR,
  LAST_YEAR,
  dateOfJdn,
  formatJdn,
  jdnOf,
  parseIsoDate,
  type IsoDate,
} from './iso-date.js';

/** Vietnam's calendar is computed for UTC+7 (China's for UTC+8: that is why Tết 1985 and 2007 differ). */
const TIME_ZONE = 7;
const RAD = Math.PI / 180;
/** Julian day of the first new moon counted (k = 0), 1900-01-01, as in the published code. */
const NEW_MOON_EPOCH = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

/** Julian day (fraction included, UT) of the k-th new moon after 1900-01-01: Meeus's series as published by Hồ Ngọc Đức. */
function newMoon(k: number): number {
  const T = k / 1236.85; // Julian centuries since 1900-01-00.5
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD); // mean new moon
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * RAD) + 0.0021 * Math.sin(2 * RAD * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(RAD * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(RAD * 2 * F) - 0.0051 * Math.sin(RAD * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(RAD * (M - Mpr)) + 0.0004 * Math.sin(RAD * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(RAD * (2 * F - M)) - 0.0006 * Math.sin(RAD * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(RAD * (2 * F - Mpr)) + 0.0005 * Math.sin(RAD * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c1 - deltaT;
}

/** The sun's true longitude (radians, 0 ≤ L < 2π) at Julian day `jd`. */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525; // Julian centuries since J2000.0
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(RAD * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(RAD * 2 * M) + 0.00029 * Math.sin(RAD * 3 * M);
  const L = (L0 + DL) * RAD;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** The 30° sector (0–11) holding the sun's longitude at local midnight beginning day `jdn`; sector 9 starts at 270° (winter solstice). */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** The local (UTC+7) day number on which the k-th new moon falls: the first day of a lunar month. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** First day of the lunar month 11 that contains the winter solstice of Gregorian `year`. */
function lunarMonth11(year: number): number {
  const k = Math.floor((jdnOf(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const day = newMoonDay(k);
  // The sun already past 270° at that new moon: the solstice month began one lunation earlier.
  return sunSector(day) >= 9 ? newMoonDay(k - 1) : day;
}

/** Offset (1–13) from month 11 of the leap month: the first month after it in which the sun enters no new sector. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i += 1;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

/** One lunar month: its number (1–12), whether it is the leap month (tháng nhuận), first day (JDN) and length. */
type LunarMonth = { readonly month: number; readonly leap: boolean; readonly start: number; readonly length: number };

const winterCache = new Map<number, readonly LunarMonth[]>();
const yearCache = new Map<number, readonly LunarMonth[]>();

/** The 12 or 13 months from month 11 of lunar year `year - 1` up to (not including) month 11 of lunar year `year`. */
function monthsBetweenSolstices(year: number): readonly LunarMonth[] {
  const cached = winterCache.get(year);
  if (cached) return cached;
  const a11 = lunarMonth11(year - 1);
  const b11 = lunarMonth11(year);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  // 13 new moons between two winter-solstice months: one of them is a leap month.
  const count = b11 - a11 > 365 ? 13 : 12;
  const leapOffset = count === 13 ? leapMonthOffset(a11) : -1;
  const months: LunarMonth[] = [];
  let start = a11;
  for (let i = 0; i < count; i += 1) {
    const next = i === count - 1 ? b11 : newMoonDay(k + i + 1);
    // Month 11 at offset 0; after the leap month, every number shifts back by one.
    const month = ((leapOffset >= 0 && i >= leapOffset ? i + 10 : i + 11) - 1) % 12 + 1;
    months.push({ month, leap: i === leapOffset, start, length: next - start });
    start = next;
  }
  winterCache.set(year, months);
  return months;
}

/** The months of lunar year `year`, from month 1 (Tết) to month 12, the leap month in its place. */
function monthsOfLunarYear(year: number): readonly LunarMonth[] {
  const cached = yearCache.get(year);
  if (cached) return cached;
  // Months 11 and 12 of lunar year `year` (and a leap 11 or 12) lie in the next solstice-to-solstice span.
  const months = [
    ...monthsBetweenSolstices(year).filter((m) => m.month <= 10),
    ...monthsBetweenSolstices(year + 1).filter((m) => m.month >= 11),
  ];
  yearCache.set(year, months);
  return months;
}

/** A date of the Vietnamese lunar calendar; `leap` marks the repeated month (tháng nhuận). */
export type LunarDate = { readonly year: number; readonly month: number; readonly day: number; readonly leap: boolean };

/** What `lunarToSolar` accepts: a lunar date whose `leap` defaults to false. */
export type LunarDateInput = { readonly year: number; readonly month: number; readonly day: number; readonly leap?: boolean };

const FIRST_JDN = parseIsoDate(CALENDAR_RANGE.first) as number;
const LAST_JDN = parseIsoDate(CALENDAR_RANGE.last) as number;

/** JDN of lunar New Year's Day (mùng 1 Tết) of lunar year `year`. */
export function lunarNewYearJdn(year: number): number {
  return (monthsOfLunarYear(year)[0] as LunarMonth).start;
}

/** JDN of day `day` of the regular (non-leap) month `month` of lunar year `year`; the caller knows the date exists. */
export function jdnOfLunar(year: number, month: number, day: number): number {
  return (monthsOfLunarYear(year).find((m) => m.month === month && !m.leap) as LunarMonth).start + day - 1;
}

export function lunarOfJdn(jdn: number): LunarDate {
  let year = dateOfJdn(jdn)[0];
  // Tết falls between 21 January and 20 February: early dates belong to the previous lunar year.
  if (jdn < lunarNewYearJdn(year)) year -= 1;
  const months = monthsOfLunarYear(year);
  let index = months.length - 1;
  while ((months[index] as LunarMonth).start > jdn) index -= 1;
  const month = months[index] as LunarMonth;
  return { year, month: month.month, day: jdn - month.start + 1, leap: month.leap };
}

/**
 * The Vietnamese lunar date (UTC+7) of a solar date `YYYY-MM-DD`.
 * Fails with CALENDAR_DATE_INVALID (not a real date) or CALENDAR_DATE_OUT_OF_RANGE (outside 1900–2100).
 */
export function solarToLunar(date: IsoDate): Result<LunarDate, CalendarError> {
  const jdn = parseIsoDate(date);
  if (jdn === null) return err(calendarError('CALENDAR_DATE_INVALID', { date }));
  if (jdn < FIRST_JDN || jdn > LAST_JDN) return err(calendarError('CALENDAR_DATE_OUT_OF_RANGE', { date, ...CALENDAR_RANGE }));
  return ok(lunarOfJdn(jdn));
}

/**
 * The solar date `YYYY-MM-DD` of a Vietnamese lunar date. Refuses a date that does not exist: LUNAR_DATE_INVALID (not
 * integers, month outside 1–12, day outside 1–30), LUNAR_LEAP_MONTH_MISSING (no such leap month that year),
 * LUNAR_DAY_OUT_OF_RANGE (day 30 of a 29-day month), LUNAR_DATE_OUT_OF_RANGE (its solar date is outside 1900–2100).
 */
export function lunarToSolar(lunar: LunarDateInput): Result<IsoDate, CalendarError> {
  const { year, month, day } = lunar;
  const leap = lunar.leap ?? false;
  const shown = { year, month, day };
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    return err(calendarError('LUNAR_DATE_INVALID', shown));
  }
  if (year < FIRST_YEAR - 1 || year > LAST_YEAR) {
    return err(calendarError('LUNAR_DATE_OUT_OF_RANGE', { ...shown, ...CALENDAR_RANGE }));
  }
  const found = monthsOfLunarYear(year).find((m) => m.month === month && m.leap === leap);
  if (!found) return err(calendarError('LUNAR_LEAP_MONTH_MISSING', { year, month, leapMonth: leapMonthIn(year) }));
  if (day > found.length) {
    return err(
      calendarError('LUNAR_DAY_OUT_OF_RANGE', {
        ...shown,
        leap,
        length: found.length,
        monthVi: leap ? `${month} nhuận` : `${month}`,
        monthEn: leap ? `leap ${month}` : `${month}`,
      }),
    );
  }
  const jdn = found.start + day - 1;
  if (jdn < FIRST_JDN || jdn > LAST_JDN) return err(calendarError('LUNAR_DATE_OUT_OF_RANGE', { ...shown, ...CALENDAR_RANGE }));
  return ok(formatJdn(jdn));
}

function leapMonthIn(year: number): number | null {
  return monthsOfLunarYear(year).find((m) => m.leap)?.month ?? null;
}

/**
 * The leap month (1–12) of lunar year `year`, or null when the year has 12 months. E.g. 2023 → 2, 2025 → 6.
 * Throws RangeError outside 1900–2100 (a caller bug: the range is documented).
 */
export function leapMonthOf(year: number): number | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`leapMonthOf: year must be an integer in ${FIRST_YEAR}–${LAST_YEAR}, got ${year}`);
  }
  return leapMonthIn(year);
}

/** The number of days (29 or 30) of the last month of lunar year `year`: it decides whether Tết's eve is the 29th or 30th. */
export function lastMonthLength(year: number): number {
  const months = monthsOfLunarYear(year);
  return (months[months.length - 1] as LunarMonth).length;
}
