import { requireOrgId } from '@lienthong/auth';
import type { Database } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import { incomingDocuments } from '../../db/schema.js';
import { MonthlyCountsInput, MonthlyCountsOutput, type MonthCounts } from './monthly-counts.schema.js';
import { thisVietnameseYear } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

const d = incomingDocuments;

/** The key of documents whose kind is unknown (a công văn without a recognised kind, a free-form symbol). */
export const OTHER_KIND = 'khac';

/** Midnight of 1 January `year` in Vietnam (UTC+7) as an instant. */
const vietnamNewYear = (year: number) => new Date(Date.UTC(year, 0, 1) - 7 * 60 * 60 * 1000);

/** One group of incoming documents: those of one unit that arrived in one month (Vietnam time) and are of one kind. */
export type MonthlyCountRow = { orgId: string; month: number; kind: string; count: number };

/** How many incoming documents each of `orgIds` received in `year`, per month of arrival in Vietnam and kind; in SQL. */
export async function selectMonthlyCounts(
  db: Database,
  orgIds: readonly string[],
  year: number,
): Promise<MonthlyCountRow[]> {
  if (orgIds.length === 0) return [];
  const month = sql<number>`extract(month from date_trunc('month', ${d.receivedAt} at time zone 'Asia/Ho_Chi_Minh'))::int`;
  const kind = sql<string>`coalesce(${d.kindCode}, ${OTHER_KIND})`;
  const rows = await db
    .select({ orgId: d.orgId, month, kind, count: sql<number>`count(*)::int` })
    .from(d)
    .where(
      and(
        inArray(d.orgId, [...orgIds]),
        gte(d.receivedAt, vietnamNewYear(year)),
        lt(d.receivedAt, vietnamNewYear(year + 1)),
      ),
    )
    // By position: drizzle binds 'khac' anew in each clause, and Postgres does not see `coalesce(kind_code, $1)` and
    // `coalesce(kind_code, $5)` as the same expression.
    .groupBy(sql`1, 2, 3`)
    .orderBy(sql`1, 2, 3`);
  return rows.map((row) => ({ ...row, month: Number(row.month), count: Number(row.count) }));
}

/** The twelve months of `rows` (all of one unit), with zero for a month when nothing arrived. */
export function monthsOf(rows: readonly MonthlyCountRow[]): MonthCounts {
  const months: MonthCounts = Array.from({ length: 12 }, (_, index) => ({ month: index + 1, total: 0, byKind: {} }));
  for (const row of rows) {
    const bucket = months[row.month - 1];
    if (!bucket) throw new Error(`month ${row.month} is outside 1–12`);
    bucket.total += row.count;
    bucket.byKind[row.kind] = row.count;
  }
  return months;
}

export const totalOf = (months: MonthCounts) => months.reduce((sum, bucket) => sum + bucket.total, 0);

/**
 * How many incoming documents the caller's unit received in each month of a year (Vietnam time of arrival), in
 * total and per kind. Counted in SQL; every month appears, with zero when nothing arrived.
 */
export const monthlyCounts = registerReaderProcedure
  .input(MonthlyCountsInput)
  .output(MonthlyCountsOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const months = monthsOf(await selectMonthlyCounts(ctx.db, [orgId], year));
    return { year, total: totalOf(months), months };
  });
