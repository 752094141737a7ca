import { requireOrgId } from '@lienthong/auth';
import type { Database } from '@lienthong/db';
import type { OutgoingState } from '@lienthong/documents';
import { unwrap } from '@lienthong/service-kit';
import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import { incomingDocuments, outgoingDocuments } from '../../db/schema.js';
import { MonthlyCountsInput, MonthlyCountsOutput, type MonthCounts } from './monthly-counts.schema.js';
import { thisVietnameseYear, type RegisterDirection } from './register-entry.dto.js';
import { registerReaderProcedure } from './register-readers.js';

const d = incomingDocuments;
const o = outgoingDocuments;

/** The key of documents whose kind is unknown (a công văn without a recognised kind, a free-form symbol). */
export const OTHER_KIND = 'khac';

/** Midnight of 1 January `year` in Vietnam (UTC+7) as an instant. */
const vietnamNewYear = (year: number) => new Date(Date.UTC(year, 0, 1) - 7 * 60 * 60 * 1000);

/**
 * One group of documents: those of one unit of one kind that arrived (incoming) or were issued (outgoing) in one
 * month, Vietnam time.
 */
export type MonthlyCountRow = { orgId: string; month: number; kind: string; count: number };

/** The states of a document that was issued: still in force, or issued and later recalled or replaced. */
const ISSUED_STATES = ['issued', 'recalled', 'replaced'] as const satisfies readonly OutgoingState[];

/**
 * How many documents each of `orgIds` received (`incoming`: per month of arrival in Vietnam) or issued
 * (`outgoing`: per month of the issue date) in `year`, per month and kind; in SQL.
 */
export function selectMonthlyCounts(
  db: Database,
  orgIds: readonly string[],
  year: number,
  direction: RegisterDirection = 'incoming',
): Promise<MonthlyCountRow[]> {
  if (orgIds.length === 0) return Promise.resolve([]);
  return direction === 'outgoing' ? selectIssuedCounts(db, orgIds, year) : selectReceivedCounts(db, orgIds, year);
}

async function selectReceivedCounts(db: Database, orgIds: readonly string[], year: number): Promise<MonthlyCountRow[]> {
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

/**
 * Documents issued in every series (ordinary, secret, copies, legal normative): the counts say how much a unit
 * issued, not what one book holds. A recalled or replaced document was issued all the same and counts in the month
 * of its date (`issued_date`, already a Vietnamese calendar date); a replacement counts as a document of its own.
 */
async function selectIssuedCounts(db: Database, orgIds: readonly string[], year: number): Promise<MonthlyCountRow[]> {
  const month = sql<number>`extract(month from ${o.issuedDate})::int`;
  const rows = await db
    .select({ orgId: o.orgId, month, kind: o.kindCode, count: sql<number>`count(*)::int` })
    .from(o)
    .where(
      and(
        inArray(o.orgId, [...orgIds]),
        inArray(o.status, [...ISSUED_STATES]),
        gte(o.issuedDate, `${year}-01-01`),
        lt(o.issuedDate, `${year + 1}-01-01`),
      ),
    )
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
 * How many documents the caller's unit received in each month of a year (Vietnam time of arrival), or with
 * `direction: 'outgoing'` issued (by the month of their date, recalled and replaced ones included), in total and per
 * kind. Counted in SQL; every month appears, with zero when there was nothing.
 */
export const monthlyCounts = registerReaderProcedure
  .input(MonthlyCountsInput)
  .output(MonthlyCountsOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const year = input.year ?? thisVietnameseYear(ctx.clock.now());
    const months = monthsOf(await selectMonthlyCounts(ctx.db, [orgId], year, input.direction));
    return { year, total: totalOf(months), months };
  });
