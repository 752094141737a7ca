import { requireOrgId } from '@lienthong/auth';
import { vnSearchCondition } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq, inArray, lt, not, sql } from 'drizzle-orm';
import { dossiers } from '../../db/schema.js';
import { requireRoles } from '../../trpc.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { toDossierSummaryDto } from './dossier.dto.js';
import { FindDossiersInput, FindDossiersOutput } from './find-dossiers.schema.js';

/**
 * The caller's unit's dossiers, newest first (ids are UUID v7, made at receipt), filtered by state, "overdue now",
 * procedure and words of the code or applicant. Indexed columns only: `dossiers_org_id_idx`,
 * `dossiers_org_status_idx`, `dossiers_open_overdue_idx`, `dossiers_search_idx`.
 */
export const findDossiers = requireRoles(...DOSSIER_ROLES.read)
  .input(FindDossiersInput)
  .output(FindDossiersOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const now = ctx.clock.now();
    // Never null (`is not null` comes first), so its negation keeps every other dossier.
    const overdueNow = sql`(${dossiers.completedAt} is null and ${dossiers.overdueAt} is not null and ${dossiers.overdueAt} <= ${now.toISOString()}::timestamptz)`;
    const rows = await ctx.db
      .select()
      .from(dossiers)
      .where(
        and(
          eq(dossiers.orgId, orgId),
          input.status === undefined ? undefined : inArray(dossiers.status, input.status),
          input.overdue === undefined ? undefined : input.overdue ? overdueNow : not(overdueNow),
          input.procedureCode === undefined ? undefined : eq(dossiers.procedureCode, input.procedureCode),
          input.q === undefined ? undefined : vnSearchCondition(dossiers.searchText, input.q),
          input.cursor === undefined ? undefined : lt(dossiers.id, input.cursor),
        ),
      )
      .orderBy(desc(dossiers.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => toDossierSummaryDto(row, now)),
      nextCursor: rows.length > input.limit && last ? last.id : null,
    };
  });
