import { unwrap } from '@lienthong/service-kit';
import { ProcedureDefinition } from '@lienthong/workflows';
import { z } from 'zod';
import { protectedProcedure } from '../../trpc.js';
import { ProcedureVersionDto, toProcedureVersionDto } from './procedure-version.dto.js';
import {
  CatalogueUnit,
  ProcedureCode,
  ProcedureVersionText,
  catalogueToRead,
  findVersion,
  todayOf,
} from './procedure-store.js';

export const ProcedureVersionRef = z.object({
  orgId: CatalogueUnit,
  code: ProcedureCode,
  version: ProcedureVersionText,
});

export const ProcedureVersionDetailDto = ProcedureVersionDto.extend({
  /** The whole version: purpose, scope, legal basis, time limit, steps, records to keep (libs/workflows' shape). */
  definition: ProcedureDefinition,
});

/** One version of a procedure with its definition (steps, forms, outputs, records to keep). */
export const getProcedure = protectedProcedure
  .input(ProcedureVersionRef)
  .output(ProcedureVersionDetailDto)
  .query(async ({ ctx, input }) => {
    const orgId = catalogueToRead(ctx.principal, input.orgId);
    const row = unwrap(await findVersion(ctx.db, orgId, input.code, input.version));
    return { ...toProcedureVersionDto(row, todayOf(ctx)), definition: row.definition };
  });
