import type { IntakeOutputs } from '@lienthong/intake-api/router';

export type MonthCounts = IntakeOutputs['registers']['monthlyCounts']['months'];
export type UnitCounts = IntakeOutputs['registers']['monthlyCountsByUnit']['units'][number];

/** The twelve months of a year, 1–12. */
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** One row of the table "documents by month and kind": a kind, its count in each month (Jan–Dec) and in the year. */
export type KindRow = { kind: string; months: number[]; total: number };

/**
 * Turns intake's months (each with its counts by kind code) into one row per kind that has documents in the year,
 * the most frequent first (ties in code order, so the table does not reshuffle between renders). Months missing from
 * the answer count as 0.
 */
export function kindRowsOf(months: MonthCounts): KindRow[] {
  const rows = new Map<string, number[]>();
  for (const month of months) {
    if (month.month < 1 || month.month > 12) continue;
    for (const [kind, count] of Object.entries(month.byKind)) {
      const row = rows.get(kind) ?? new Array<number>(12).fill(0);
      row[month.month - 1] = (row[month.month - 1] ?? 0) + count;
      rows.set(kind, row);
    }
  }
  return [...rows.entries()]
    .map(([kind, counts]) => ({ kind, months: counts, total: counts.reduce((sum, count) => sum + count, 0) }))
    .sort((a, b) => b.total - a.total || a.kind.localeCompare(b.kind));
}

/** Each month's total (Jan–Dec), 0 for a month missing from the answer. */
export function monthTotalsOf(months: MonthCounts): number[] {
  const totals = new Array<number>(12).fill(0);
  for (const month of months) {
    if (month.month >= 1 && month.month <= 12) totals[month.month - 1] = month.total;
  }
  return totals;
}

/**
 * When a unit's life is worth a mention in the year's table: it began after 1 January (created, e.g. by a merger on
 * 1 July) or ended before the year was out (`validTo` is exclusive: the first day it no longer existed).
 */
export function unitLifeInYear(
  unit: Pick<UnitCounts, 'validFrom' | 'validTo'>,
  year: number,
): { from: string | null; until: string | null } {
  const from = unit.validFrom && unit.validFrom > `${year}-01-01` ? unit.validFrom : null;
  const until = unit.validTo && unit.validTo <= `${year}-12-31` ? unit.validTo : null;
  return { from, until };
}
