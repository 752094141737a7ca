import { withTransaction, type Transaction } from '@lienthong/db';
import { unwrap } from '@lienthong/service-kit';
import { makeEffective, type ProcedureDefinition } from '@lienthong/workflows';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ProcedureVersionRow } from '../../db/procedure-version.table.js';
import { procedureVersions } from '../../db/schema.js';
import { requireRoles } from '../../trpc.js';
import { procedureError } from './procedure-errors.js';
import { ProcedureVersionDto, toProcedureVersionDto } from './procedure-version.dto.js';
import {
  CatalogueUnit,
  ProcedureCode,
  ProcedureVersionText,
  catalogueToChange,
  loadVersions,
  storedDefinition,
  todayOf,
} from './procedure-store.js';

export const MakeProcedureEffectiveInput = z.object({
  orgId: CatalogueUnit,
  code: ProcedureCode,
  version: ProcedureVersionText,
  /** The first day in force; the draft's own `effectiveFrom` by default. */
  on: z.iso.date({ error: 'Ngày hiệu lực phải có dạng YYYY-MM-DD' }).optional(),
});

export const MakeProcedureEffectiveOutput = z.object({
  version: ProcedureVersionDto,
  /** The version it replaces, now ending the day before (null for a procedure's first version). */
  superseded: ProcedureVersionDto.nullable(),
});

/** Writes a version's new definition and the columns derived from it. */
async function storeVersion(
  tx: Transaction,
  row: ProcedureVersionRow,
  definition: ProcedureDefinition,
  changes: Partial<Pick<ProcedureVersionRow, 'status' | 'madeEffectiveBy' | 'madeEffectiveAt'>>,
): Promise<ProcedureVersionRow> {
  const stored = storedDefinition(definition);
  const [updated] = await tx
    .update(procedureVersions)
    .set({
      ...changes,
      effectiveFrom: stored.effectiveFrom,
      effectiveTo: stored.effectiveTo ?? null,
      supersededBy: stored.supersededBy ?? null,
      definition: stored,
    })
    .where(eq(procedureVersions.id, row.id))
    .returning();
  if (!updated) throw new Error(`UPDATE … RETURNING gave no row for procedure version ${row.id}`);
  return updated;
}

const STATUS_LABELS = { draft: 'là dự thảo', effective: 'được ban hành', superseded: 'bị thay thế' } as const;

/**
 * Puts a draft version in force from `on` (ISO 9001 7.5): libs/workflows' `makeEffective` over the versions already
 * issued ends the one in force the day before and records its successor, or refuses (SECOND_EFFECTIVE_VERSION when
 * two would be in force together, PROCEDURE_VERSION_NOT_NEWER, PROCEDURE_DATES_OUT_OF_ORDER before the approval).
 * Once a version has been in use, a new one may not start before today (PROCEDURE_EFFECTIVE_DATE_PAST): dossiers
 * already received keep the version they were received under, and the catalogue must say the same. The procedure's
 * rows are locked while this runs, so two leaders cannot both succeed. Leaders and administrators.
 */
export const makeProcedureEffective = requireRoles('quan-tri', 'lanh-dao')
  .input(MakeProcedureEffectiveInput)
  .output(MakeProcedureEffectiveOutput)
  .mutation(async ({ ctx, input }) => {
    const orgId = await catalogueToChange(ctx, input.orgId);
    const now = ctx.clock.now();
    const today = todayOf(ctx);
    const { made, superseded } = await withTransaction(ctx.db, async (tx) => {
      const rows = await loadVersions(tx, orgId, input.code, { lock: true });
      if (rows.length === 0) throw procedureError('PROCEDURE_NOT_FOUND', { orgId, code: input.code });
      const target = rows.find((row) => row.version === input.version);
      if (!target) throw procedureError('PROCEDURE_VERSION_NOT_FOUND', { code: input.code, version: input.version });
      if (target.status !== 'draft') {
        throw procedureError('PROCEDURE_VERSION_NOT_DRAFT', {
          code: target.code,
          version: target.version,
          status: target.status,
          statusLabel: STATUS_LABELS[target.status],
        });
      }
      const issued = rows.filter((row) => row.status !== 'draft');
      const on = input.on ?? target.effectiveFrom;
      const current = issued.map((row) => row.definition);
      const versions = unwrap(makeEffective(current, target.definition, on));
      if (issued.length > 0 && on < today) {
        throw procedureError('PROCEDURE_EFFECTIVE_DATE_PAST', { code: target.code, on, today });
      }

      let made: ProcedureVersionRow | undefined;
      let superseded: ProcedureVersionRow | null = null;
      for (const definition of versions) {
        const row = rows.find((candidate) => candidate.version === definition.version);
        if (!row) throw new Error(`makeEffective returned version ${definition.version}, which was not loaded`);
        if (row === target) {
          made = await storeVersion(tx, row, definition, {
            status: 'effective',
            madeEffectiveBy: ctx.principal.username,
            madeEffectiveAt: now,
          });
        } else if (
          (definition.supersededBy ?? null) !== row.supersededBy ||
          (definition.effectiveTo ?? null) !== row.effectiveTo
        ) {
          superseded = await storeVersion(tx, row, definition, { status: 'superseded' });
        }
      }
      if (!made) throw new Error('makeEffective did not return the version made effective');
      return { made, superseded };
    });
    ctx.logger.info(
      {
        orgId,
        code: made.code,
        version: made.version,
        on: made.effectiveFrom,
        superseded: superseded?.version ?? null,
      },
      'procedure version made effective',
    );
    return {
      version: toProcedureVersionDto(made, today),
      superseded: superseded ? toProcedureVersionDto(superseded, today) : null,
    };
  });
