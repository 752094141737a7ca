import { describe, expect, it } from 'vitest';
import { IsoDate, formatJdn, jdnOf, parseIsoDate, vietnamDateOf, weekdayOfJdn } from './iso-date.js';

describe('vietnamDateOf', () => {
  it('gives the date in Hà Nội, not the one of the process time zone', () => {
    expect(vietnamDateOf(new Date('2026-09-14T16:30:00Z'))).toBe('2026-09-14');
    expect(vietnamDateOf(new Date('2026-09-14T17:00:00Z'))).toBe('2026-09-15');
    expect(vietnamDateOf(new Date('2026-09-14T23:30:00+07:00'))).toBe('2026-09-14');
  });

  it('throws on an invalid Date', () => {
    expect(() => vietnamDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('parseIsoDate', () => {
  it('reads real dates, leap days included', () => {
    expect(parseIsoDate('2024-02-29')).toBe(jdnOf(2024, 2, 29));
    expect(parseIsoDate('2000-02-29')).toBe(jdnOf(2000, 2, 29));
    expect(parseIsoDate('2026-12-31')).toBe(jdnOf(2026, 12, 31));
  });

  it.each(['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '2026/01/01', '20a6-01-01', ''])(
    'refuses %j',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it('refuses what is not a string', () => {
    expect(parseIsoDate(20260101 as unknown as string)).toBeNull();
  });

  it('formats back what it reads, for every day of a leap year', () => {
    for (let jdn = jdnOf(2024, 1, 1); jdn <= jdnOf(2024, 12, 31); jdn += 1) {
      expect(parseIsoDate(formatJdn(jdn))).toBe(jdn);
    }
  });

  it('numbers weekdays from Sunday', () => {
    expect(weekdayOfJdn(jdnOf(2026, 2, 13))).toBe(5); // a Friday
    expect(weekdayOfJdn(jdnOf(2026, 2, 15))).toBe(0); // a Sunday
  });
});

describe('IsoDate', () => {
  it('accepts a calendar date and refuses a timestamp, with a Vietnamese message', () => {
    expect(IsoDate.safeParse('2026-02-17').success).toBe(true);
    const parsed = IsoDate.safeParse('2026-02-17T00:00:00Z');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Ngày phải có dạng YYYY-MM-DD');
  });
});
