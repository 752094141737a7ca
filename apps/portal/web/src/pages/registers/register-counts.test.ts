import { describe, expect, it } from 'vitest';
import { kindRowsOf, monthTotalsOf, unitLifeInYear, type MonthCounts } from './register-counts.js';

/** Twelve months as intake answers them, with the given counts by kind in some months. */
function months(counts: Record<number, Record<string, number>>): MonthCounts {
  return Array.from({ length: 12 }, (_, index) => {
    const byKind = counts[index + 1] ?? {};
    return { month: index + 1, total: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind };
  });
}

describe('kindRowsOf', () => {
  it('gives one row per kind with its count in each month and in the year, most frequent first', () => {
    const rows = kindRowsOf(months({ 1: { 'cong-van': 3, 'quyet-dinh': 1 }, 7: { 'quyet-dinh': 5, khac: 1 } }));
    expect(rows.map((row) => [row.kind, row.total])).toEqual([
      ['quyet-dinh', 6],
      ['cong-van', 3],
      ['khac', 1],
    ]);
    expect(rows[0]?.months).toEqual([1, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0]);
  });

  it('orders kinds with equal totals by code, so the table keeps its order', () => {
    expect(kindRowsOf(months({ 2: { 'to-trinh': 1, 'bao-cao': 1 } })).map((row) => row.kind)).toEqual([
      'bao-cao',
      'to-trinh',
    ]);
  });

  it('has no rows for a year without documents', () => {
    expect(kindRowsOf(months({}))).toEqual([]);
  });
});

describe('monthTotalsOf', () => {
  it('lists the twelve monthly totals, zero for months the answer lacks', () => {
    expect(monthTotalsOf([{ month: 3, total: 4, byKind: { 'cong-van': 4 } }])).toEqual([
      0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });
});

describe('unitLifeInYear', () => {
  it('mentions a unit created during the year and one that ceased during it (validTo is the first day without it)', () => {
    expect(unitLifeInYear({ validFrom: '2025-07-01', validTo: null }, 2025)).toEqual({
      from: '2025-07-01',
      until: null,
    });
    expect(unitLifeInYear({ validFrom: '2019-01-01', validTo: '2025-07-01' }, 2025)).toEqual({
      from: null,
      until: '2025-07-01',
    });
  });

  it('mentions nothing for a unit that lasted the whole year or that the directory lacks', () => {
    expect(unitLifeInYear({ validFrom: '2025-01-01', validTo: '2026-01-01' }, 2025)).toEqual({
      from: null,
      until: null,
    });
    expect(unitLifeInYear({ validFrom: null, validTo: null }, 2025)).toEqual({ from: null, until: null });
  });
});
