import { unwrap } from '@lienthong/service-kit';
import { MAX_PROCEDURE_JSON_LENGTH, parseProcedureJson, workflowsError } from '@lienthong/workflows';
import { z } from 'zod';
import { procedureVersions } from '../../db/schema.js';
import { requireRoles } from '../../trpc.js';
import { ProcedureVersionDto, toProcedureVersionDto } from './procedure-version.dto.js';
import { CatalogueUnit, catalogueToChange, storedDefinition, todayOf } from './procedure-store.js';

export const ImportProcedureInput = z.object({
  /** The unit whose catalogue receives the version (administrators only for another unit); the caller's own by default. */
  orgId: CatalogueUnit,
  /** The procedure file: an export of Liên Thông or a hand-written file in the same format (libs/workflows README). */
  json: z
    .string({ error: 'Nội dung tệp quy trình phải là văn bản JSON' })
    .max(MAX_PROCEDURE_JSON_LENGTH, { error: `Tệp quy trình dài quá ${MAX_PROCEDURE_JSON_LENGTH} ký tự` }),
});

/**
 * Imports a procedure version into a unit's catalogue as a draft (dự thảo): parsed and validated by
 * `parseProcedureJson` (JSON errors with line and column, field paths, the steps within the legal time limit…).
 * A version already in the catalogue is refused with PROCEDURE_VERSION_EXISTS. Leaders and administrators.
 */
export const importProcedure = requireRoles('quan-tri', 'lanh-dao')
  .input(ImportProcedureInput)
  .output(ProcedureVersionDto)
  .mutation(async ({ ctx, input }) => {
    const orgId = await catalogueToChange(ctx, input.orgId);
    const definition = storedDefinition(unwrap(parseProcedureJson(input.json)));
    const now = ctx.clock.now();
    const [row] = await ctx.db
      .insert(procedureVersions)
      .values({
        id: ctx.ids(),
        orgId,
        code: definition.code,
        version: definition.version,
        name: definition.name,
        status: 'draft',
        effectiveFrom: definition.effectiveFrom,
        effectiveTo: definition.effectiveTo ?? null,
        supersededBy: definition.supersededBy ?? null,
        definition,
        importedBy: ctx.principal.username,
        importedAt: now,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [procedureVersions.orgId, procedureVersions.code, procedureVersions.version] })
      .returning();
    if (!row) throw workflowsError('PROCEDURE_VERSION_EXISTS', { code: definition.code, version: definition.version });
    ctx.logger.info(
      { orgId, code: row.code, version: row.version, by: ctx.principal.username },
      'procedure version imported as a draft',
    );
    return toProcedureVersionDto(row, todayOf(ctx));
  });
