import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  closingOf,
  hoursPerOfficeDay,
  msOfVietnamDay,
  officePeriods,
  openingOf,
  parseClockTime,
  workingMsBetween,
} from './time.js';

const calendar: BusinessCalendar = (() => {
  const created = createBusinessCalendar();
  if (!created.ok) throw created.error;
  return created.value;
})();
const vn = (local: string) => new Date(`${local}:00+07:00`);
const HOUR = 3_600_000;

describe('Vietnam time helpers', () => {
  it('parses HH:MM and office hours', () => {
    expect(parseClockTime('15:00')).toBe(15 * HOUR);
    expect(parseClockTime('7:30')).toBeNull();
    expect(parseClockTime('24:00')).toBeNull();
    expect(officePeriods()).toEqual([
      [7.5 * HOUR, 11.5 * HOUR],
      [13.5 * HOUR, 17 * HOUR],
    ]);
    expect(officePeriods([{ start: '22:00', end: '24:00' }])).toEqual([[22 * HOUR, 24 * HOUR]]);
    expect(() =>
      officePeriods([
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ]),
    ).toThrow(RangeError);
  });

  it('knows 7.5 office hours a day by default', () => {
    expect(hoursPerOfficeDay()).toBe(7.5);
    expect(
      hoursPerOfficeDay([
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ]),
    ).toBe(8);
  });

  it('moves calendar days and finds local times in Vietnam', () => {
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(msOfVietnamDay(new Date('2026-03-05T00:00:00Z'))).toBe(7 * HOUR);
    expect(openingOf('2026-03-05', officePeriods())).toEqual(vn('2026-03-05T07:30'));
    expect(closingOf('2026-03-05', officePeriods())).toEqual(vn('2026-03-05T17:00'));
  });

  it('measures office time between two instants', () => {
    const periods = officePeriods();
    expect(workingMsBetween(calendar, periods, vn('2026-03-05T07:00'), vn('2026-03-05T18:00'))).toBe(7.5 * HOUR);
    expect(workingMsBetween(calendar, periods, vn('2026-03-05T11:00'), vn('2026-03-05T14:00'))).toBe(1 * HOUR);
    expect(workingMsBetween(calendar, periods, vn('2026-03-05T14:00'), vn('2026-03-05T11:00'))).toBe(0);
    // A whole month with Tết: February 2026 has 20 weekdays, 5 of them off.
    expect(workingMsBetween(calendar, periods, vn('2026-02-01T00:00'), vn('2026-03-01T00:00'))).toBe(15 * 7.5 * HOUR);
  });
});
