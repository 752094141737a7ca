import { requireOrgId } from '@lienthong/auth';
import type { Database } from '@lienthong/db';
import { vietnamDateOf } from '@lienthong/calendar';
import { unwrap } from '@lienthong/service-kit';
import { compareVersions } from '@lienthong/workflows';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { procedureSnapshots } from '../../db/schema.js';
import { dossierError } from '../../dossiers/dossier-errors.js';
import { requireRoles } from '../../trpc.js';
import { REPORT_ROLES } from './report-roles.js';
import { OnTimeReportInput, OnTimeReportOutput, type OnTimeGroupDto } from './on-time-report.schema.js';

export type OnTimeGroupBy = OnTimeReportInput['groupBy'];

/** The grouping key of each dossier, from indexed columns (month: of receipt, Vietnam date, as the lib's default). */
const GROUP_KEY: Readonly<Record<OnTimeGroupBy, SQL>> = {
  procedure: sql.raw('procedure_code'),
  unit: sql.raw('org_id'),
  month: sql.raw(`to_char(received_on, 'YYYY-MM')`),
};

/**
 * The on-time counts of one unit's dossiers received in [from, to], per group, at `asOf`: the same buckets as the
 * lib's `onTimeReport`, counted by PostgreSQL over columns the lib filled. `classification` is `classifyDossier`'s
 * answer stored when the dossier ended (returned or refused); an open dossier is overdue when `overdue_at` (the first
 * instant `classifyCompletion` calls late, null while a request for papers keeps moving the deadline) has passed.
 * Every column read is in `dossiers_report_idx`, so PostgreSQL can answer from the index alone.
 */
export function onTimeCountsSql(params: { orgId: string; from: string; to: string; asOf: Date; groupBy: OnTimeGroupBy }): SQL {
  const asOf = params.asOf.toISOString();
  return sql`
select ${GROUP_KEY[params.groupBy]} as key,
       count(*)::int as received,
       count(*) filter (where classification is not null)::int as completed,
       count(*) filter (where classification = 'truoc-han')::int as truoc_han,
       count(*) filter (where classification = 'dung-han')::int as dung_han,
       count(*) filter (where classification = 'qua-han')::int as qua_han,
       count(*) filter (where status = 'withdrawn')::int as withdrawn,
       count(*) filter (where status not in ('returned', 'refused', 'withdrawn'))::int as in_progress,
       count(*) filter (where status not in ('returned', 'refused', 'withdrawn') and overdue_at <= ${asOf}::timestamptz)::int as overdue
  from routing.dossiers
 where org_id = ${params.orgId}
   and received_on between ${params.from}::date and ${params.to}::date
   and received_at <= ${asOf}::timestamptz
 group by 1`;
}

const CountsRow = z.object({
  key: z.string(),
  received: z.number().int(),
  completed: z.number().int(),
  truoc_han: z.number().int(),
  dung_han: z.number().int(),
  qua_han: z.number().int(),
  withdrawn: z.number().int(),
  in_progress: z.number().int(),
  overdue: z.number().int(),
});
type CountsRow = z.infer<typeof CountsRow>;

function toGroup(row: Omit<CountsRow, 'key'>, key: string, label: string): OnTimeGroupDto {
  return {
    key,
    label,
    received: row.received,
    completed: row.completed,
    truocHan: row.truoc_han,
    dungHan: row.dung_han,
    quaHan: row.qua_han,
    // The lib's definition (`onTimeReport`): (trước hạn + đúng hạn) / completed, null when nothing was completed.
    onTimeRate: row.completed === 0 ? null : (row.truoc_han + row.dung_han) / row.completed,
    inProgress: row.in_progress,
    overdue: row.overdue,
    notYetDue: row.in_progress - row.overdue,
    withdrawn: row.withdrawn,
  };
}

/** The report period: `year`, else `from`–`to` (either open-ended), else the current year in Vietnam. */
function periodOf(input: OnTimeReportInput, now: Date): { from: string; to: string } {
  if (input.year !== undefined) return { from: `${input.year}-01-01`, to: `${input.year}-12-31` };
  if (input.from === undefined && input.to === undefined) {
    const year = vietnamDateOf(now).slice(0, 4);
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  return { from: input.from ?? '1900-01-01', to: input.to ?? '2100-12-31' };
}

/**
 * Tỷ lệ giải quyết hồ sơ đúng hạn (ISO 9001 clause 9.1) of the caller's unit, per procedure, unit or month of receipt:
 * received, completed (trước hạn, đúng hạn, quá hạn), on-time rate, and the open dossiers overdue or not yet due now.
 * One aggregate query over indexed columns (`onTimeCountsSql`), never the dossiers' JSON. Routing has no unit tree,
 * so a leader sees their own unit only, and `unit` gives one group.
 */
export const onTimeReport = requireRoles(...REPORT_ROLES.onTime)
  .input(OnTimeReportInput)
  .output(OnTimeReportOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const asOf = ctx.clock.now();
    const { from, to } = periodOf(input, asOf);
    if (from > to) throw dossierError('REPORT_PERIOD_INVALID', { from, to });
    const result = await ctx.db.execute(onTimeCountsSql({ orgId, from, to, asOf, groupBy: input.groupBy }));
    const rows = z
      .array(CountsRow)
      .parse(result.rows)
      // The lib sorts keys by code units; the database's collation may not.
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const labels = await labelsOf(ctx.db, orgId, input.groupBy, rows.map((row) => row.key));
    const groups = rows.map((row) => toGroup(row, row.key, labels.get(row.key) ?? row.key));
    const sum = (field: Exclude<keyof CountsRow, 'key'>) => rows.reduce((total, row) => total + row[field], 0);
    const total = toGroup(
      {
        received: sum('received'),
        completed: sum('completed'),
        truoc_han: sum('truoc_han'),
        dung_han: sum('dung_han'),
        qua_han: sum('qua_han'),
        withdrawn: sum('withdrawn'),
        in_progress: sum('in_progress'),
        overdue: sum('overdue'),
      },
      '*',
      'Tổng cộng',
    );
    return { asOf, groupBy: input.groupBy, orgId, from, to, groups, total };
  });

/** Procedure names (of the newest version) from the unit's procedure versions; months as `Tháng MM/YYYY`. */
async function labelsOf(
  db: Database,
  orgId: string,
  groupBy: OnTimeGroupBy,
  keys: string[],
): Promise<Map<string, string>> {
  if (groupBy === 'month') return new Map(keys.map((key) => [key, `Tháng ${key.slice(5, 7)}/${key.slice(0, 4)}`]));
  if (groupBy === 'unit' || keys.length === 0) return new Map();
  const versions = await db
    .select({ code: procedureSnapshots.code, version: procedureSnapshots.version, name: procedureSnapshots.name })
    .from(procedureSnapshots)
    .where(and(eq(procedureSnapshots.orgId, orgId), inArray(procedureSnapshots.code, keys)));
  const newest = new Map<string, { version: string; name: string }>();
  for (const row of versions) {
    const seen = newest.get(row.code);
    if (!seen || compareVersions(row.version, seen.version) > 0) newest.set(row.code, row);
  }
  return new Map([...newest].map(([code, { name }]) => [code, name]));
}
