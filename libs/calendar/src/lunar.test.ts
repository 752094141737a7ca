import { isDomainError } from '@lienthong/kernel';
import { describe, expect, it } from 'vitest';
import { formatJdn, jdnOf } from './iso-date.js';
import { leapMonthOf, lunarToSolar, solarToLunar, type LunarDateInput } from './lunar.js';

function solarOf(lunar: LunarDateInput): string {
  const result = lunarToSolar(lunar);
  if (!result.ok) throw result.error;
  return result.value;
}

function lunarOf(date: string) {
  const result = solarToLunar(date);
  if (!result.ok) throw result.error;
  return result.value;
}

function errorOf(lunar: LunarDateInput) {
  const result = lunarToSolar(lunar);
  if (result.ok) throw new Error(`expected an error, got ${result.value}`);
  return result.error;
}

describe('lunarToSolar: Tết (mùng 1 tháng Giêng)', () => {
  // Checked against Hồ Ngọc Đức's published code (timeZone 7) and a separate computation with Meeus's full new-moon
  // series and ΔT; 2024–2026 also against vn-egov.md §7.3.
  it.each([
    [1985, '1985-01-21'], // China (UTC+8): 20 Feb 1985, a whole month later because its leap month differs
    [2007, '2007-02-17'], // China: 18 Feb 2007 (new moon 23:14 in Hà Nội, 00:14 in Beijing)
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    // Not 3 Feb, which is China's date: the new moon falls at 23:07 on 2 Feb in Hà Nội (00:07 on 3 Feb in Beijing).
    [2030, '2030-02-02'],
  ])('puts Tết %i on %s (Vietnam, UTC+7)', (year, date) => {
    expect(solarOf({ year, month: 1, day: 1 })).toBe(date);
    expect(lunarOf(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });
});

describe('lunarToSolar: Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('falls in %i on %s', (year, date) => {
    expect(solarOf({ year, month: 3, day: 10 })).toBe(date);
  });
});

describe('leapMonthOf', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
  ])('finds the leap month of %i: %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it.each([2024, 2026, 2027])('finds none in %i', (year) => {
    expect(leapMonthOf(year)).toBeNull();
  });

  it('places the leap month after the regular one of the same number (2025: 6, leap 6, 7)', () => {
    expect(solarOf({ year: 2025, month: 6, day: 1 })).toBe('2025-06-25');
    expect(solarOf({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
    expect(solarOf({ year: 2025, month: 7, day: 1 })).toBe('2025-08-23');
    expect(lunarOf('2025-08-01')).toEqual({ year: 2025, month: 6, day: 8, leap: true });
  });

  it('handles a leap month 11 or 12, which belongs to the lunar year that ends after it', () => {
    // 2033 has a leap month 11 (the "2033 problem"), at the end of the lunar year that began on 31 Jan 2033.
    expect(leapMonthOf(2033)).toBe(11);
    expect(lunarOf(solarOf({ year: 2033, month: 11, day: 1, leap: true }))).toEqual({ year: 2033, month: 11, day: 1, leap: true });
  });

  it('refuses a year outside 1900–2100 or a non-integer year', () => {
    expect(() => leapMonthOf(1899)).toThrow(RangeError);
    expect(() => leapMonthOf(2101)).toThrow(RangeError);
    expect(() => leapMonthOf(2024.5)).toThrow(RangeError);
  });
});

describe('solarToLunar and lunarToSolar over 1900–2100', () => {
  it('round-trips every day, with months of 29 or 30 days and years of 12 or 13 months', () => {
    const monthsPerYear = new Map<number, Set<string>>();
    let previous = lunarOf('1900-01-01');
    for (let jdn = jdnOf(1900, 1, 2); jdn <= jdnOf(2100, 12, 31); jdn += 1) {
      const date = formatJdn(jdn);
      const lunar = lunarOf(date);
      expect(solarOf(lunar)).toBe(date);
      if (lunar.day === 1) {
        // A new month starts right after the 29th or 30th day of the previous one.
        expect([29, 30]).toContain(previous.day);
      } else {
        expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
      }
      const months = monthsPerYear.get(lunar.year) ?? new Set<string>();
      months.add(`${lunar.month}${lunar.leap ? 'L' : ''}`);
      monthsPerYear.set(lunar.year, months);
      previous = lunar;
    }
    for (let year = 1900; year <= 2099; year += 1) {
      expect([12, 13]).toContain(monthsPerYear.get(year)?.size);
      expect(monthsPerYear.get(year)?.size === 13).toBe(leapMonthOf(year) !== null);
    }
  }, 60_000);

  it('gives the 30th day where the published code returns day 0 (its month-start guess misses on 2 days)', () => {
    expect(lunarOf('2054-05-07')).toEqual({ year: 2054, month: 3, day: 30, leap: false });
    expect(lunarOf('2062-04-09')).toEqual({ year: 2062, month: 2, day: 30, leap: false });
  });

  it('puts 1 January 1900 in the last month of lunar year 1899 and converts it back', () => {
    expect(lunarOf('1900-01-01')).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(solarOf({ year: 1899, month: 12, day: 1 })).toBe('1900-01-01');
  });
});

describe('lunarToSolar refuses dates that do not exist', () => {
  it('refuses the 30th of a 29-day month, naming its length', () => {
    // Month 12 of Ất Tỵ (2025) has 29 days: Tết 2026 follows its 29th.
    expect(solarOf({ year: 2025, month: 12, day: 29 })).toBe('2026-02-16');
    const error = errorOf({ year: 2025, month: 12, day: 30 });
    expect(error.code).toBe('LUNAR_DAY_OUT_OF_RANGE');
    expect(error.kind).toBe('invalid');
    expect(error.details).toMatchObject({ year: 2025, month: 12, day: 30, length: 29, leap: false });
    expect(error.messageVi).toBe('Tháng 12 năm 2025 âm lịch chỉ có 29 ngày, không có ngày 30');
    expect(error.messageEn).toBe('Lunar month 12 of 2025 has only 29 days, so there is no day 30');
  });

  it('names a leap month as such when its 30th does not exist', () => {
    const error = errorOf({ year: 2023, month: 2, day: 30, leap: true });
    expect(error.code).toBe('LUNAR_DAY_OUT_OF_RANGE');
    expect(error.messageVi).toBe('Tháng 2 nhuận năm 2023 âm lịch chỉ có 29 ngày, không có ngày 30');
    expect(error.messageEn).toBe('Lunar month leap 2 of 2023 has only 29 days, so there is no day 30');
  });

  it('refuses a leap month in a year without one, and a leap month of the wrong number', () => {
    const none = errorOf({ year: 2026, month: 3, day: 1, leap: true });
    expect(none.code).toBe('LUNAR_LEAP_MONTH_MISSING');
    expect(none.details).toMatchObject({ year: 2026, month: 3, leapMonth: null });
    expect(none.messageVi).toBe('Năm 2026 âm lịch không có tháng 3 nhuận');
    expect(none.messageEn).toBe('Lunar year 2026 has no leap month 3');
    const wrong = errorOf({ year: 2025, month: 5, day: 1, leap: true });
    expect(wrong.code).toBe('LUNAR_LEAP_MONTH_MISSING');
    expect(wrong.details).toMatchObject({ leapMonth: 6 });
  });

  it.each([
    { year: 2026, month: 13, day: 1 },
    { year: 2026, month: 0, day: 1 },
    { year: 2026, month: 1, day: 31 },
    { year: 2026, month: 1, day: 0 },
    { year: 2026.5, month: 1, day: 1 },
    { year: 2026, month: 1, day: Number.NaN },
  ])('refuses the malformed lunar date %j', (lunar) => {
    const error = errorOf(lunar);
    expect(error.code).toBe('LUNAR_DATE_INVALID');
    expect(isDomainError(error)).toBe(true);
  });

  it('refuses lunar dates whose solar date is outside 1900–2100', () => {
    expect(errorOf({ year: 1898, month: 1, day: 1 }).code).toBe('LUNAR_DATE_OUT_OF_RANGE');
    expect(errorOf({ year: 2101, month: 1, day: 1 }).code).toBe('LUNAR_DATE_OUT_OF_RANGE');
    // Lunar 1899 begins in 1899: only its last month reaches 1900.
    expect(errorOf({ year: 1899, month: 11, day: 1 }).messageEn).toBe(
      'Lunar date 1/11/1899 is outside the supported range (1900-01-01 – 2100-12-31)',
    );
    // Month 12 of lunar 2100 ends in 2101.
    expect(errorOf({ year: 2100, month: 12, day: 29 }).code).toBe('LUNAR_DATE_OUT_OF_RANGE');
  });
});

describe('solarToLunar refuses bad input', () => {
  it('refuses a date that does not exist', () => {
    const result = solarToLunar('2026-02-30');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('CALENDAR_DATE_INVALID');
    expect(!result.ok && result.error.messageVi).toBe('Ngày "2026-02-30" không hợp lệ (phải là một ngày có thật, dạng YYYY-MM-DD)');
  });

  it('refuses a date outside 1900–2100', () => {
    for (const date of ['1899-12-31', '2101-01-01']) {
      const result = solarToLunar(date);
      expect(!result.ok && result.error.code).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    }
  });
});
