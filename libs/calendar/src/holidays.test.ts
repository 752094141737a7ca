import { describe, expect, it } from 'vitest';
import { publicHolidays } from './holidays.js';
import { isWeekendJdn, parseIsoDate } from './iso-date.js';

const datesOf = (year: number, kind?: 'holiday' | 'compensatory') =>
  publicHolidays(year)
    .filter((h) => kind === undefined || h.kind === kind)
    .map((h) => h.date);

describe('publicHolidays', () => {
  it('lists 2026 under the law: Tết on 29 tháng Chạp + mùng 1–4, Giỗ Tổ on a Sunday compensated on Monday', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', reason: 'Tết Dương lịch', kind: 'holiday' },
      { date: '2026-02-16', reason: 'Tết Âm lịch (29 tháng Chạp)', kind: 'holiday' },
      { date: '2026-02-17', reason: 'Tết Âm lịch (mùng 1)', kind: 'holiday' },
      { date: '2026-02-18', reason: 'Tết Âm lịch (mùng 2)', kind: 'holiday' },
      { date: '2026-02-19', reason: 'Tết Âm lịch (mùng 3)', kind: 'holiday' },
      { date: '2026-02-20', reason: 'Tết Âm lịch (mùng 4)', kind: 'holiday' },
      { date: '2026-04-26', reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
      { date: '2026-04-27', reason: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'compensatory' },
      { date: '2026-04-30', reason: 'Ngày Chiến thắng', kind: 'holiday' },
      { date: '2026-05-01', reason: 'Ngày Quốc tế Lao động', kind: 'holiday' },
      { date: '2026-09-01', reason: 'Quốc khánh (ngày liền kề)', kind: 'holiday' },
      { date: '2026-09-02', reason: 'Quốc khánh', kind: 'holiday' },
    ]);
  });

  it('names Tết eve the 30th when the last lunar month has 30 days (2024)', () => {
    expect(publicHolidays(2024).find((h) => h.date === '2024-02-09')?.reason).toBe('Tết Âm lịch (30 tháng Chạp)');
  });

  it('gives one nghỉ bù per Tết day on a weekend, on the next days that are neither weekend nor holiday (2024)', () => {
    // Mùng 1 and 2 fall on Saturday 10 and Sunday 11 February; Monday and Tuesday are Tết days already.
    expect(datesOf(2024, 'compensatory')).toEqual(['2024-02-14', '2024-02-15']);
  });

  it('pushes two weekend holidays in a row to Monday and Tuesday (30/4 and 1/5/2022)', () => {
    expect(publicHolidays(2022).filter((h) => h.kind === 'compensatory' && h.date.startsWith('2022-05'))).toEqual([
      { date: '2022-05-02', reason: 'Nghỉ bù Ngày Chiến thắng', kind: 'compensatory' },
      { date: '2022-05-03', reason: 'Nghỉ bù Ngày Quốc tế Lao động', kind: 'compensatory' },
    ]);
  });

  it('compensates 1 May on a Saturday on Monday 3 May (2027)', () => {
    expect(datesOf(2027, 'compensatory')).toContain('2027-05-03');
  });

  it.each([
    [2021, 'Thursday', ['2021-09-02', '2021-09-03'], []],
    [2022, 'Friday', ['2022-09-01', '2022-09-02'], []],
    [2023, 'Saturday', ['2023-09-01', '2023-09-02'], ['2023-09-04']],
    [2024, 'Monday', ['2024-09-02', '2024-09-03'], []],
    [2025, 'Tuesday', ['2025-09-01', '2025-09-02'], []],
    [2026, 'Wednesday', ['2026-09-01', '2026-09-02'], []],
    [2029, 'Sunday', ['2029-09-02', '2029-09-03'], ['2029-09-04']],
  ])('adds to 2/9/%i (a %s) the adjacent day that joins the weekend', (year, _weekday, holidays, compensatory) => {
    const september = (dates: string[]) => dates.filter((d) => d.slice(5, 7) === '09');
    expect(september(datesOf(year, 'holiday'))).toEqual(holidays);
    expect(september(datesOf(year, 'compensatory'))).toEqual(compensatory);
  });

  it('compensates a holiday that falls on another one (Giỗ Tổ on 30/4/1947)', () => {
    const may1947 = publicHolidays(1947).filter((h) => h.date >= '1947-04-30' && h.date <= '1947-05-31');
    expect(may1947).toEqual([
      { date: '1947-04-30', reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
      { date: '1947-05-01', reason: 'Ngày Quốc tế Lao động', kind: 'holiday' },
      { date: '1947-05-02', reason: 'Nghỉ bù Ngày Chiến thắng (trùng Giỗ Tổ Hùng Vương (10/3 âm lịch))', kind: 'compensatory' },
    ]);
  });

  it('gives every year 1900–2100 the 11 paid days of Art. 112, each weekend one compensated on a weekday', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const holidays = publicHolidays(year);
      const dates = holidays.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates).toEqual([...dates].sort());
      const onWeekdays = holidays.filter((h) => !isWeekendJdn(parseIsoDate(h.date) as number));
      // 11 paid days: those on weekdays plus their nghỉ bù, never a weekend day.
      expect(onWeekdays).toHaveLength(11);
      for (const day of holidays.filter((h) => h.kind === 'compensatory')) {
        expect(isWeekendJdn(parseIsoDate(day.date) as number)).toBe(false);
      }
    }
  });

  it('refuses a year outside 1900–2100 or a non-integer year', () => {
    expect(() => publicHolidays(1899)).toThrow(RangeError);
    expect(() => publicHolidays(2101)).toThrow(RangeError);
    expect(() => publicHolidays(2026.5)).toThrow(RangeError);
  });
});
