import { z } from 'zod';
import { protectedProcedure } from '../../trpc.js';
import { procedureError } from './procedure-errors.js';
import { ProcedureVersionDto, toProcedureVersionDto } from './procedure-version.dto.js';
import { CatalogueUnit, ProcedureCode, catalogueToRead, loadVersions, todayOf } from './procedure-store.js';

/** Every version of one procedure (drafts, in force, superseded), oldest version first: its ISO 7.5 history. */
export const listProcedureVersions = protectedProcedure
  .input(z.object({ orgId: CatalogueUnit, code: ProcedureCode }))
  .output(z.array(ProcedureVersionDto))
  .query(async ({ ctx, input }) => {
    const orgId = catalogueToRead(ctx.principal, input.orgId);
    const rows = await loadVersions(ctx.db, orgId, input.code);
    if (rows.length === 0) throw procedureError('PROCEDURE_NOT_FOUND', { orgId, code: input.code });
    const today = todayOf(ctx);
    return rows.map((row) => toProcedureVersionDto(row, today));
  });
