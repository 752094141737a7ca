import { describe, expect, it } from 'vitest';
import { createBusinessCalendar, DEFAULT_OFFICE_HOURS, type BusinessCalendar, type BusinessCalendarOptions } from './business-calendar.js';
import { formatJdn, jdnOf } from './iso-date.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { lawSchedule } from './schedule.js';
import { aYearSchedule } from './testing/index.js';

function calendar(options?: BusinessCalendarOptions): BusinessCalendar {
  const result = createBusinessCalendar(options);
  if (!result.ok) throw result.error;
  return result.value;
}

/** An instant given as Vietnam local time, so the test reads the same in every process time zone. */
const vn = (local: string) => new Date(`${local}+07:00`);
/** The Vietnam local time of an instant, `YYYY-MM-DDTHH:MM`. */
const local = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const [a, b] = [first, last].map((d) => jdnOf(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))));
  for (let jdn = a as number; jdn <= (b as number); jdn += 1) days.push(formatJdn(jdn));
  return days;
}

describe('the official schedules shipped for 2024–2026', () => {
  const cal = calendar();

  it.each([
    ['2024-02-08', '2024-02-14', '2024-02-07', '2024-02-15'], // Tết 2024: 7 days
    ['2025-01-25', '2025-02-02', '2025-01-24', '2025-02-03'], // Tết 2025: 9 days
    ['2026-02-14', '2026-02-22', '2026-02-13', '2026-02-23'], // Tết 2026: 9 days
    ['2024-04-27', '2024-05-01', '2024-04-26', '2024-05-02'],
    ['2025-04-30', '2025-05-04', '2025-04-29', '2025-05-05'],
    ['2026-04-30', '2026-05-03', '2026-04-29', '2026-05-04'],
    ['2024-08-31', '2024-09-03', '2024-08-30', '2024-09-04'],
    ['2025-08-30', '2025-09-02', '2025-08-29', '2025-09-03'],
    ['2026-08-29', '2026-09-02', '2026-08-28', '2026-09-03'],
    ['2026-01-01', '2026-01-04', '2025-12-31', '2026-01-05'],
  ])('closes the offices from %s to %s, worked the day before and after', (first, last, before, after) => {
    for (const day of daysBetween(first, last)) expect(cal.isWorkingDay(day), day).toBe(false);
    expect(cal.isWorkingDay(before)).toBe(true);
    expect(cal.isWorkingDay(after)).toBe(true);
  });

  it('works the make-up Saturdays and not the other Saturdays', () => {
    for (const day of ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22']) expect(cal.isWorkingDay(day), day).toBe(true);
    expect(cal.isWorkingDay('2026-01-17')).toBe(false);
    expect(cal.isWorkingDay('2025-02-08')).toBe(false); // not a make-up day: see official-schedules.ts
  });

  it('gives Giỗ Tổ 2026, a Sunday, its nghỉ bù on Monday 27 April', () => {
    expect(cal.isWorkingDay('2026-04-27')).toBe(false);
    expect(cal.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('is frozen, so no caller edits shared data', () => {
    expect(Object.isFrozen(OFFICIAL_SCHEDULES)).toBe(true);
    expect(Object.isFrozen(OFFICIAL_SCHEDULES[0]?.daysOff[0])).toBe(true);
  });
});

describe('addWorkingDays', () => {
  const cal = calendar();

  it('makes a dossier received on Friday 13 February 2026 with 3 working days due on Wednesday 25 February', () => {
    // Counting starts on the next working day: Mon 23 (1), Tue 24 (2), Wed 25 (3); 14–22 February is the Tết break.
    expect(cal.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
  });

  it('counts from the next working day whether or not the start is one', () => {
    expect(cal.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(cal.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(cal.addWorkingDays('2026-03-08', 1)).toBe('2026-03-09'); // Sunday → Monday
    expect(cal.addWorkingDays('2026-03-09', 5)).toBe('2026-03-16');
  });

  it('counts a make-up Saturday as a working day', () => {
    expect(cal.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
  });

  it('returns the start for n = 0 and counts backwards for n < 0', () => {
    expect(cal.addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
    expect(cal.addWorkingDays('2026-02-25', -3)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-25', -4)).toBe('2026-02-12');
    expect(cal.addWorkingDays('2026-02-21', -1)).toBe('2026-02-13'); // from inside the Tết break
    expect(cal.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
  });

  it('crosses years in both directions, through years that follow the law', () => {
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // Fri 1/1/2027 is a holiday
    expect(cal.addWorkingDays('2027-01-04', -1)).toBe('2026-12-31');
    const far = cal.addWorkingDays('2024-01-02', 1000);
    expect(cal.workingDaysBetween('2024-01-02', far)).toBe(1000);
    expect(cal.addWorkingDays(far, -1000)).toBe('2024-01-02');
  });

  it('agrees with isWorkingDay and workingDaysBetween on every start of 2024–2030', () => {
    for (let jdn = jdnOf(2024, 1, 1); jdn <= jdnOf(2030, 12, 31); jdn += 1) {
      const start = formatJdn(jdn);
      const n = 1 + (jdn % 30);
      const due = cal.addWorkingDays(start, n);
      expect(cal.isWorkingDay(due)).toBe(true);
      expect(cal.workingDaysBetween(start, due)).toBe(n);
      expect(cal.workingDaysBetween(start, cal.addWorkingDays(due, -1))).toBe(n - 1);
    }
  });

  it('finds the right year at every year boundary of 1900–2100', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      expect(cal.isWorkingDay(`${year}-01-01`)).toBe(false); // Tết Dương lịch, or a weekend
      const december31 = jdnOf(year, 12, 31);
      expect(cal.isWorkingDay(formatJdn(december31))).toBe((december31 + 1) % 7 !== 0 && (december31 + 1) % 7 !== 6);
    }
  });

  it('refuses a malformed date, a date outside 1900–2100, a fractional n and a result beyond the range', () => {
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2101-01-01', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2100-12-28', 10)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('1900-01-03', -10)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  const cal = calendar();

  it('counts the working days after the first date up to and including the second', () => {
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-25')).toBe(3);
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-22')).toBe(0);
  });

  it('is negative when the second date comes first', () => {
    expect(cal.workingDaysBetween('2026-02-25', '2026-02-13')).toBe(-3);
  });

  it('counts a whole year of working days across year ends', () => {
    // 2027 follows the law: 261 weekdays minus the 11 paid days that land on weekdays (1/1; Tết 5/2, 8/2, 9/2 and the
    // nghỉ bù 10/2, 11/2 for mùng 2–3 on the weekend; Giỗ Tổ 16/4; 30/4; 3/5 for 1/5 on a Saturday; 2/9; 3/9).
    expect(cal.workingDaysBetween('2026-12-31', '2027-12-31')).toBe(250);
  });

  it('refuses a malformed date', () => {
    expect(() => cal.workingDaysBetween('2026-02-13', 'tomorrow')).toThrow(RangeError);
  });
});

describe('addWorkingHours', () => {
  const cal = calendar();

  it('skips the lunch break', () => {
    expect(local(cal.addWorkingHours(vn('2026-03-05T10:30'), 2))).toBe('2026-03-05T14:30');
  });

  it('carries over a weekend to Monday morning', () => {
    expect(local(cal.addWorkingHours(vn('2026-03-06T16:00'), 2))).toBe('2026-03-09T08:30');
  });

  it('carries over the Tết break', () => {
    expect(local(cal.addWorkingHours(vn('2026-02-13T16:30'), 1))).toBe('2026-02-23T08:00');
  });

  it('starts counting at the next opening when received outside office hours', () => {
    expect(local(cal.addWorkingHours(vn('2026-03-05T06:00'), 1))).toBe('2026-03-05T08:30');
    expect(local(cal.addWorkingHours(vn('2026-03-05T12:00'), 1))).toBe('2026-03-05T14:30');
    expect(local(cal.addWorkingHours(vn('2026-03-05T19:00'), 1))).toBe('2026-03-06T08:30');
    expect(local(cal.addWorkingHours(vn('2026-03-07T09:00'), 1))).toBe('2026-03-09T08:30');
  });

  it('stops at the end of a period rather than the next opening', () => {
    expect(local(cal.addWorkingHours(vn('2026-03-05T07:30'), 4))).toBe('2026-03-05T11:30');
    expect(local(cal.addWorkingHours(vn('2026-03-05T07:30'), 7.5))).toBe('2026-03-05T17:00');
  });

  it('handles fractions of an hour and several days at once', () => {
    expect(local(cal.addWorkingHours(vn('2026-03-05T07:30'), 0.25))).toBe('2026-03-05T07:45');
    // 16 hours from Thursday 07:30: Thursday 7.5, Friday 7.5, Monday 1 → Monday 08:30.
    expect(local(cal.addWorkingHours(vn('2026-03-05T07:30'), 16))).toBe('2026-03-09T08:30');
  });

  it('returns the start unchanged for 0 hours, even outside office hours', () => {
    const start = vn('2026-03-07T09:00');
    expect(cal.addWorkingHours(start, 0).getTime()).toBe(start.getTime());
  });

  it('uses the configured office hours', () => {
    const shifts = calendar({ officeHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '24:00' }] });
    expect(local(shifts.addWorkingHours(vn('2026-03-05T11:00'), 2))).toBe('2026-03-05T14:00');
    expect(local(shifts.addWorkingHours(vn('2026-03-05T23:00'), 2))).toBe('2026-03-06T09:00');
  });

  it('refuses an invalid Date, negative or infinite hours and dates outside the range', () => {
    expect(() => cal.addWorkingHours(new Date('x'), 1)).toThrow(RangeError);
    expect(() => cal.addWorkingHours(vn('2026-03-05T07:30'), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingHours(vn('2026-03-05T07:30'), Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => cal.addWorkingHours(vn('2101-01-03T07:30'), 1)).toThrow(RangeError);
    expect(() => cal.addWorkingHours(vn('2100-12-31T16:00'), 2)).toThrow(RangeError);
  });
});

describe('createBusinessCalendar', () => {
  it('follows the law in a year without an official schedule (2027)', () => {
    const cal = calendar();
    expect(cal.scheduleOf(2027)).toEqual(lawSchedule(2027));
    expect(cal.isWorkingDay('2027-05-03')).toBe(false); // nghỉ bù for 1/5, a Saturday
    expect(cal.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('uses an entered schedule for its year, in place of the law or the shipped one', () => {
    const schedule2027 = aYearSchedule(2027)
      .withSource('Quyết định thử nghiệm')
      .withDayOff('2027-02-12', 'Hoán đổi: nghỉ thứ Sáu 12/02, làm bù thứ Bảy 20/02')
      .withWorkingDay('2027-02-20', 'Làm bù cho thứ Sáu 12/02')
      .build();
    const schedule2026 = aYearSchedule(2026).build();
    const cal = calendar({ schedules: [schedule2027, schedule2026] });
    expect(cal.scheduleOf(2027)).toEqual(schedule2027);
    expect(cal.isWorkingDay('2027-02-12')).toBe(false);
    expect(cal.isWorkingDay('2027-02-20')).toBe(true);
    // 2026 now follows the entered (law) schedule: Friday 2 January is worked, Saturday 10 January is not.
    expect(cal.isWorkingDay('2026-01-02')).toBe(true);
    expect(cal.isWorkingDay('2026-01-10')).toBe(false);
    expect(cal.scheduleOf(2025)).toBe(OFFICIAL_SCHEDULES[1]);
    // What the calendar was built from cannot change under it.
    expect(Object.isFrozen(cal.scheduleOf(2027).workingDays)).toBe(true);
    expect(Object.isFrozen(cal.scheduleOf(2030).daysOff)).toBe(true);
    schedule2027.workingDays.length = 0;
    expect(cal.isWorkingDay('2027-02-20')).toBe(true);
  });

  it('refuses an invalid entered schedule with its validation error', () => {
    const broken = aYearSchedule(2027).withDayOff('2027-01-09').withWorkingDay('2027-01-09').build();
    const result = createBusinessCalendar({ schedules: [broken] });
    expect(!result.ok && result.error.code).toBe('SCHEDULE_DAY_CONFLICT');
  });

  it('refuses two schedules for the same year', () => {
    const result = createBusinessCalendar({ schedules: [aYearSchedule(2027).build(), aYearSchedule(2027).build()] });
    expect(!result.ok && result.error.code).toBe('SCHEDULE_DUPLICATE_YEAR');
    expect(!result.ok && result.error.kind).toBe('conflict');
    expect(!result.ok && result.error.messageVi).toBe('Có nhiều hơn một lịch nghỉ cho năm 2027');
  });

  it.each([
    [[]],
    [[{ start: '7:30', end: '11:30' }]],
    [[{ start: '07:30', end: '07:30' }]],
    [[{ start: '13:30', end: '17:00' }, { start: '07:30', end: '11:30' }]],
    [[{ start: '07:30', end: '12:00' }, { start: '11:30', end: '17:00' }]],
    [[{ start: '07:30', end: '24:30' }]],
  ])('refuses the office hours %j', (officeHours) => {
    const result = createBusinessCalendar({ officeHours });
    expect(!result.ok && result.error.code).toBe('OFFICE_HOURS_INVALID');
  });

  it('defaults to 07:30–11:30 and 13:30–17:00', () => {
    expect(DEFAULT_OFFICE_HOURS).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ]);
  });

  it('refuses a year outside 1900–2100 in scheduleOf and a malformed date in isWorkingDay', () => {
    const cal = calendar();
    expect(() => cal.scheduleOf(2101)).toThrow(RangeError);
    expect(() => cal.scheduleOf(2026.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('26-02-2026')).toThrow(RangeError);
  });
});
