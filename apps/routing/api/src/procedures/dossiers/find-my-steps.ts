import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { dossiers } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { toDossierSummaryDto } from './dossier.dto.js';
import { FindMyStepsInput, FindMyStepsOutput } from './find-dossiers.schema.js';
import { DOSSIER_ROLES } from './dossier-roles.js';

/**
 * The caller's work (hồ sơ cần xử lý), most urgent first: dossiers in progress whose current step the caller may
 * complete — the step's role is one of theirs (or it names none) and its unit is theirs (or it names none and the
 * dossier is their unit's) — plus, for a leader, their unit's dossiers with every step done (to approve) and, for the
 * desk, their unit's approved dossiers (to return). The same conditions `completeStep`, `approve` and `returnResult`
 * check, so every item can be acted on. Ordered by the step's deadline (the dossier's for approval and return).
 */
export const findMySteps = protectedProcedure
  .input(FindMyStepsInput)
  .output(FindMyStepsOutput)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const roles = ctx.principal.roles;
    const has = (allowed: readonly string[]) => roles.some((role) => allowed.includes(role));
    const roleMatches =
      roles.length === 0 ? isNull(dossiers.currentStepRole) : or(isNull(dossiers.currentStepRole), inArray(dossiers.currentStepRole, roles));
    const unitMatches = or(and(eq(dossiers.orgId, orgId), isNull(dossiers.currentStepUnit)), eq(dossiers.currentStepUnit, orgId));
    const where = or(
      and(eq(dossiers.status, 'in-progress'), isNotNull(dossiers.currentStepId), roleMatches, unitMatches),
      has(DOSSIER_ROLES.decide)
        ? and(eq(dossiers.orgId, orgId), eq(dossiers.status, 'in-progress'), isNull(dossiers.currentStepId))
        : undefined,
      has(DOSSIER_ROLES.returnResult) ? and(eq(dossiers.orgId, orgId), eq(dossiers.status, 'approved')) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      ctx.db
        .select()
        .from(dossiers)
        .where(where)
        .orderBy(asc(sql`coalesce(${dossiers.currentStepDueAt}, ${dossiers.dueAt})`), asc(dossiers.id))
        .limit(input.limit)
        .offset(input.offset),
      ctx.db.select({ n: count() }).from(dossiers).where(where),
    ]);
    const now = ctx.clock.now();
    return { items: rows.map((row) => toDossierSummaryDto(row, now)), total: total?.n ?? 0 };
  });
