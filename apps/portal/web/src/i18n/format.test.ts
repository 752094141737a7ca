import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseDisplayDate, vietnamToday } from './format.js';

describe('formatDate', () => {
  it('shows a calendar date as dd/MM/yyyy without shifting it', () => {
    expect(formatDate('2025-03-05')).toBe('05/03/2025');
    expect(formatDate('2024-12-31')).toBe('31/12/2024');
  });

  it('shows an instant as its date in Vietnam, which is already the next day after 17:00 UTC', () => {
    expect(formatDate(new Date('2025-03-04T16:59:00Z'))).toBe('04/03/2025');
    expect(formatDate(new Date('2025-03-04T17:00:00Z'))).toBe('05/03/2025');
    expect(formatDate(new Date('2024-12-31T18:30:00Z'))).toBe('01/01/2025');
  });

  it('returns text it cannot read unchanged, and nothing for an invalid instant', () => {
    expect(formatDate('05/03/2025')).toBe('05/03/2025');
    expect(formatDate(new Date('not a date'))).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows dd/MM/yyyy HH:mm on a 24-hour clock in Asia/Ho_Chi_Minh across midnight UTC', () => {
    expect(formatDateTime(new Date('2025-03-04T23:59:00Z'))).toBe('05/03/2025 06:59');
    expect(formatDateTime(new Date('2025-03-05T00:00:00Z'))).toBe('05/03/2025 07:00');
    expect(formatDateTime(new Date('2025-03-04T17:05:00Z'))).toBe('05/03/2025 00:05');
    expect(formatDateTime(new Date('2025-03-04T06:30:00Z'))).toBe('04/03/2025 13:30');
  });
});

describe('vietnamToday', () => {
  it('gives the date in Vietnam as YYYY-MM-DD, not the UTC date', () => {
    expect(vietnamToday(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamToday(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});

describe('parseDisplayDate', () => {
  it('reads day-first dates with or without leading zeros and common separators', () => {
    expect(parseDisplayDate('05/03/2025')).toBe('2025-03-05');
    expect(parseDisplayDate('5/3/2025')).toBe('2025-03-05');
    expect(parseDisplayDate(' 05-03-2025 ')).toBe('2025-03-05');
    expect(parseDisplayDate('05.03.2025')).toBe('2025-03-05');
    expect(parseDisplayDate('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects dates that do not exist and other shapes', () => {
    expect(parseDisplayDate('29/02/2025')).toBeNull();
    expect(parseDisplayDate('31/04/2025')).toBeNull();
    expect(parseDisplayDate('13/13/2025')).toBeNull();
    expect(parseDisplayDate('2025-03-05')).toBeNull();
    expect(parseDisplayDate('05/03/25')).toBeNull();
    expect(parseDisplayDate('')).toBeNull();
  });
});
