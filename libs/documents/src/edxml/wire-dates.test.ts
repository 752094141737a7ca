import { describe, expect, it } from 'vitest';
import { fromWireDate, fromWireTimestamp, toWireDate, toWireTimestamp } from './wire-dates.js';

describe('toWireDate and toWireTimestamp', () => {
  it('writes dates with slashes', () => {
    expect(toWireDate('2025-09-30')).toBe('2025/09/30');
  });

  it('writes timestamps in Vietnam time, which may be the next calendar day', () => {
    expect(toWireTimestamp(new Date('2025-12-31T17:05:09.999Z'))).toBe('2026/01/01 00:05:09');
  });
});

describe('fromWireDate', () => {
  it.each([
    ['2025/09/30', '2025-09-30'],
    ['2025-9-3', '2025-09-03'],
    ['2025/09/30 16:45:10', '2025-09-30'],
    ['2025-09-30T16:45:10+07:00', '2025-09-30'],
    ['30/09/2025', '2025-09-30'],
    ['2024/02/29', '2024-02-29'],
  ])('reads %s', (text, expected) => {
    expect(fromWireDate(text)).toBe(expected);
  });

  it.each(['2025/02/29', '2025/13/01', '31/04/2025', '30.09.2025', 'hôm nay', ''])('refuses %j', (text) => {
    expect(fromWireDate(text)).toBeUndefined();
  });
});

describe('fromWireTimestamp', () => {
  it.each([
    ['2025/09/30 16:45:10', '2025-09-30T09:45:10.000Z'],
    ['2025/09/30 16:45', '2025-09-30T09:45:00.000Z'],
    ['2025-09-30T16:45:10.5', '2025-09-30T09:45:10.500Z'],
    ['2025-09-30T16:45:10.123456', '2025-09-30T09:45:10.123Z'],
    ['2025-09-30T09:45:10Z', '2025-09-30T09:45:10.000Z'],
    ['2025-09-30T16:45:10+07:00', '2025-09-30T09:45:10.000Z'],
    ['2025-09-30T04:45:10-0500', '2025-09-30T09:45:10.000Z'],
    ['2025/09/30', '2025-09-29T17:00:00.000Z'],
  ])('reads %s', (text, expected) => {
    expect(fromWireTimestamp(text)?.toISOString()).toBe(expected);
  });

  it.each(['2025/02/30 10:00:00', '2025/09/30 24:00:00', '2025/09/30 10:60:00', '2025/09/30 10:00:60', '30/09/2025 10:00', 'x'])(
    'refuses %j',
    (text) => {
      expect(fromWireTimestamp(text)).toBeUndefined();
    },
  );
});
