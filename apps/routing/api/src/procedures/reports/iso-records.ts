import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { compareVersions } from '@lienthong/workflows';
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { dossiers, procedureSnapshots } from '../../db/schema.js';
import { procedureFromJson } from '../../dossiers/stored-dossier.js';
import { requireRoles } from '../../trpc.js';
import { REPORT_ROLES } from './report-roles.js';

const RecordDto = z.object({
  name: z.string(),
  keptBy: z.string(),
  retention: z.object({ kind: z.enum(['permanent', 'years']), years: z.number().int().optional() }),
  /** `Vĩnh viễn` or `10 năm`. */
  retentionLabel: z.string(),
});

export const IsoRecordsOutput = z.object({
  procedures: z.array(
    z.object({
      procedureCode: z.string(),
      procedureVersion: z.string(),
      procedureName: z.string(),
      /** The unit's dossiers under this version. */
      dossiers: z.number().int(),
      /** Hồ sơ cần lưu of the procedure (ISO 9001 clause 7.5.3): what, who keeps it, how long. */
      records: z.array(RecordDto),
    }),
  ),
});

/**
 * The records to keep (hồ sơ cần lưu) of every procedure version the caller's unit has received dossiers under, by
 * code then version, with the number of dossiers of each: from the unit's procedure versions, not from the dossiers.
 */
export const isoRecords = requireRoles(...REPORT_ROLES.isoRecords)
  .output(IsoRecordsOutput)
  .query(async ({ ctx }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const [versions, counts] = await Promise.all([
      ctx.db.select().from(procedureSnapshots).where(eq(procedureSnapshots.orgId, orgId)),
      ctx.db
        .select({ code: dossiers.procedureCode, version: dossiers.procedureVersion, n: count() })
        .from(dossiers)
        .where(eq(dossiers.orgId, orgId))
        .groupBy(dossiers.procedureCode, dossiers.procedureVersion),
    ]);
    const countOf = new Map(counts.map((row) => [`${row.code}\u0000${row.version}`, row.n]));
    const procedures = versions
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : compareVersions(a.version, b.version)))
      .map((row) => ({
        procedureCode: row.code,
        procedureVersion: row.version,
        procedureName: row.name,
        dossiers: countOf.get(`${row.code}\u0000${row.version}`) ?? 0,
        records: procedureFromJson(row.procedure).records.map((record) => ({
          ...record,
          retentionLabel: record.retention.kind === 'permanent' ? 'Vĩnh viễn' : `${record.retention.years} năm`,
        })),
      }));
    return { procedures };
  });
