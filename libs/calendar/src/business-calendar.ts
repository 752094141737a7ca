import { err, ok, type Result } from '@lienthong/kernel';
import { calendarError, type CalendarError } from './errors.js';
import {
  DAY_MS,
  FIRST_YEAR,
  LAST_YEAR,
  formatJdn,
  instantOf,
  isWeekendJdn,
  jdnOf,
  parseIsoDate,
  vietnamJdnOf,
  VIETNAM_OFFSET_MS,
  type IsoDate,
} from './iso-date.js';
import { OFFICIAL_SCHEDULES, freezeSchedule } from './official-schedules.js';
import { lawSchedule, validateYearSchedule, type YearSchedule } from './schedule.js';

/** Office periods of a working day, local time `HH:MM` (Asia/Ho_Chi_Minh), in order and non-overlapping. */
export type OfficeHours = readonly { readonly start: string; readonly end: string }[];

/** 07:30–11:30 and 13:30–17:00: the usual hours of a Vietnamese commune or district office (7.5 hours a day). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze([
  Object.freeze({ start: '07:30', end: '11:30' }),
  Object.freeze({ start: '13:30', end: '17:00' }),
]);

export type BusinessCalendarOptions = {
  /** Schedules entered by an administrator; each replaces the shipped official one (or the law's rule) for its year. */
  readonly schedules?: readonly YearSchedule[];
  readonly officeHours?: OfficeHours;
};

/**
 * Working days and office hours of civil servants, in Asia/Ho_Chi_Minh whatever the process time zone. A day is worked
 * when it is a weekday not off in its year's schedule, or a make-up day of that schedule. Dates are `YYYY-MM-DD`
 * strings, instants are `Date`s. Every method throws RangeError on a malformed date, a date outside 1900–2100, or a
 * non-integer count: validate input at the boundary (`IsoDate`).
 */
export type BusinessCalendar = {
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The n-th working day after `start` (n > 0; `start` itself never counts, worked or not), the |n|-th before it
   * (n < 0), or `start` (n = 0). A dossier received on `start` with a time limit of n working days is due on
   * `addWorkingDays(start, n)`: counting begins on the next working day.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate;
  /** Working days in (from, to]: after `from`, up to and including `to`; negative when `to` is before `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /**
   * The instant when `hours` (≥ 0, fractions allowed) of office time have passed since `start`: time outside office
   * hours and on days off does not count. A result that lands on the end of a period stays there (17:00, not the next
   * morning); 0 hours returns `start`.
   */
  addWorkingHours(start: Date, hours: number): Date;
  /** The schedule governing `year`: entered, shipped (2024–2026) or, failing both, the law's rule. Frozen. */
  scheduleOf(year: number): YearSchedule;
};

/** A year's working days, built once on first use: whether each day is worked, how many up to it, and their list. */
type YearTable = {
  readonly year: number;
  readonly firstJdn: number;
  /** 1 when day `firstJdn + i` is worked. */
  readonly worked: Uint8Array;
  /** Working days from 1 January up to and including day `firstJdn + i`. */
  readonly rank: Uint16Array;
  /** JDN of every working day, ascending. */
  readonly days: Int32Array;
};

const FIRST_JDN = jdnOf(FIRST_YEAR, 1, 1);
const LAST_JDN = jdnOf(LAST_YEAR, 12, 31);
const HOUR_MS = 60 * 60 * 1000;
const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

function parseTime(text: string): number | null {
  const match = TIME.exec(text);
  if (!match) return null;
  return (Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4])) * 60 * 1000;
}

/** Office periods as [start, end) milliseconds after local midnight, or null when they are not ordered and disjoint. */
function parseOfficeHours(hours: OfficeHours): [number, number][] | null {
  const periods: [number, number][] = [];
  let previousEnd = 0;
  for (const period of hours) {
    const start = parseTime(period.start);
    const end = parseTime(period.end);
    if (start === null || end === null || start >= end || start < previousEnd) return null;
    periods.push([start, end]);
    previousEnd = end;
  }
  return periods.length > 0 ? periods : null;
}

function jdnOrThrow(date: IsoDate, name: string): number {
  const jdn = parseIsoDate(date);
  if (jdn === null || jdn < FIRST_JDN || jdn > LAST_JDN) {
    throw new RangeError(`${name}: "${date}" is not a YYYY-MM-DD date in ${FIRST_YEAR}–${LAST_YEAR}`);
  }
  return jdn;
}

function beyondRange(name: string): never {
  throw new RangeError(`${name}: the result falls outside ${FIRST_YEAR}–${LAST_YEAR}`);
}

/**
 * Builds a business calendar from the shipped official schedules, the administrator's `schedules` (each validated
 * with `validateYearSchedule`, first failure returned; two for one year → SCHEDULE_DUPLICATE_YEAR) and `officeHours`
 * (default `DEFAULT_OFFICE_HOURS`; OFFICE_HOURS_INVALID unless ordered, disjoint `HH:MM` periods).
 */
export function createBusinessCalendar(options: BusinessCalendarOptions = {}): Result<BusinessCalendar, CalendarError> {
  const entered = new Map<number, YearSchedule>();
  for (const input of options.schedules ?? []) {
    const checked = validateYearSchedule(input);
    if (!checked.ok) return checked;
    if (entered.has(checked.value.year)) return err(calendarError('SCHEDULE_DUPLICATE_YEAR', { year: checked.value.year }));
    entered.set(checked.value.year, freezeSchedule(checked.value));
  }
  const officeHours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
  const parsedHours = parseOfficeHours(officeHours);
  if (!parsedHours) return err(calendarError('OFFICE_HOURS_INVALID', { officeHours }));
  // Bound again so the function declarations below, hoisted, see it non-null.
  const periods = parsedHours;

  const schedules = new Map<number, YearSchedule>(OFFICIAL_SCHEDULES.map((schedule) => [schedule.year, schedule]));
  for (const [year, schedule] of entered) schedules.set(year, schedule);
  const tables: (YearTable | undefined)[] = [];

  const scheduleOf = (year: number): YearSchedule => schedules.get(year) ?? freezeSchedule(lawSchedule(year));

  function buildTable(year: number): YearTable {
    const schedule = scheduleOf(year);
    const off = new Set(schedule.daysOff.map((entry) => parseIsoDate(entry.date)));
    const extra = new Set(schedule.workingDays.map((entry) => parseIsoDate(entry.date)));
    const firstJdn = jdnOf(year, 1, 1);
    const length = jdnOf(year + 1, 1, 1) - firstJdn;
    const worked = new Uint8Array(length);
    const rank = new Uint16Array(length);
    const days: number[] = [];
    for (let i = 0; i < length; i += 1) {
      const jdn = firstJdn + i;
      if (extra.has(jdn) || (!isWeekendJdn(jdn) && !off.has(jdn))) {
        worked[i] = 1;
        days.push(jdn);
      }
      rank[i] = days.length;
    }
    return { year, firstJdn, worked, rank, days: Int32Array.from(days) };
  }

  function tableOf(year: number): YearTable {
    const cached = tables[year - FIRST_YEAR];
    if (cached) return cached;
    const table = buildTable(year);
    tables[year - FIRST_YEAR] = table;
    return table;
  }

  /** The table of the year holding `jdn`: a guess from the mean year length, corrected by at most one year. */
  function tableHolding(jdn: number): YearTable {
    let year = FIRST_YEAR + Math.floor((jdn - FIRST_JDN) / 365.2425);
    if (jdn < jdnOf(year, 1, 1)) year -= 1;
    else if (jdn >= jdnOf(year + 1, 1, 1)) year += 1;
    return tableOf(year);
  }

  function isWorkingJdn(jdn: number): boolean {
    const table = tableHolding(jdn);
    return table.worked[jdn - table.firstJdn] === 1;
  }

  function addWorkingDays(start: IsoDate, n: number): IsoDate {
    const jdn = jdnOrThrow(start, 'addWorkingDays');
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    if (n === 0) return start;
    let table = tableHolding(jdn);
    let year = table.year;
    const index = jdn - table.firstJdn;
    // 1-based position of the answer among the working days of `year`, moved year by year until it falls inside.
    let target = (table.rank[index] as number) + n + (n < 0 ? 1 - (table.worked[index] as number) : 0);
    while (target > table.days.length) {
      target -= table.days.length;
      year += 1;
      if (year > LAST_YEAR) beyondRange('addWorkingDays');
      table = tableOf(year);
    }
    while (target < 1) {
      year -= 1;
      if (year < FIRST_YEAR) beyondRange('addWorkingDays');
      table = tableOf(year);
      target += table.days.length;
    }
    return formatJdn(table.days[target - 1] as number);
  }

  /** Working days in (from, to] for from ≤ to: ranks within the two years, whole years in between. */
  function countAfter(from: number, to: number): number {
    let table = tableHolding(from);
    let count = -(table.rank[from - table.firstJdn] as number);
    const last = tableHolding(to);
    while (table !== last) {
      count += table.days.length;
      table = tableOf(table.year + 1);
    }
    return count + (table.rank[to - table.firstJdn] as number);
  }

  function addWorkingHours(start: Date, hours: number): Date {
    const startMs = start.getTime();
    if (Number.isNaN(startMs)) throw new RangeError('addWorkingHours: invalid Date');
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`addWorkingHours: hours must be ≥ 0, got ${hours}`);
    let jdn = vietnamJdnOf(start);
    if (jdn < FIRST_JDN || jdn > LAST_JDN) beyondRange('addWorkingHours');
    let remaining = Math.round(hours * HOUR_MS);
    if (remaining === 0) return new Date(startMs);
    let time = startMs + VIETNAM_OFFSET_MS - Math.floor((startMs + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS;
    for (;;) {
      if (isWorkingJdn(jdn)) {
        for (const [open, close] of periods) {
          if (time >= close) continue;
          const from = Math.max(time, open);
          if (remaining <= close - from) return instantOf(jdn, from + remaining);
          remaining -= close - from;
          time = close;
        }
      }
      jdn += 1;
      time = 0;
      if (jdn > LAST_JDN) beyondRange('addWorkingHours');
    }
  }

  return ok({
    isWorkingDay: (date) => isWorkingJdn(jdnOrThrow(date, 'isWorkingDay')),
    addWorkingDays,
    workingDaysBetween(from, to) {
      const a = jdnOrThrow(from, 'workingDaysBetween');
      const b = jdnOrThrow(to, 'workingDaysBetween');
      // `0 - count`, not `-count`: an empty interval is 0, never -0.
      return a <= b ? countAfter(a, b) : 0 - countAfter(b, a);
    },
    addWorkingHours,
    scheduleOf(year) {
      if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
        throw new RangeError(`scheduleOf: year must be an integer in ${FIRST_YEAR}–${LAST_YEAR}, got ${year}`);
      }
      return scheduleOf(year);
    },
  });
}
