import { unwrap } from '@lienthong/service-kit';
import { ProcedureStep, RetainedRecord, diffProcedures } from '@lienthong/workflows';
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

const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

/** libs/workflows' `ProcedureDiff`. */
export const ProcedureDiffDto = z.object({
  fields: z.array(FieldChange).readonly(),
  steps: z.object({
    added: z.array(ProcedureStep).readonly(),
    removed: z.array(ProcedureStep).readonly(),
    changed: z
      .array(z.object({ id: z.string(), name: z.string(), fields: z.array(FieldChange).readonly() }))
      .readonly(),
    reordered: z.boolean(),
  }),
  records: z.object({
    added: z.array(RetainedRecord).readonly(),
    removed: z.array(RetainedRecord).readonly(),
    changed: z.array(z.object({ name: z.string(), fields: z.array(FieldChange).readonly() })).readonly(),
  }),
  identical: z.boolean(),
});

/** What changed from version `from` to version `to` of one procedure (`diffProcedures`): fields, steps, records. */
export const diffProcedureVersions = protectedProcedure
  .input(z.object({ orgId: CatalogueUnit, code: ProcedureCode, from: ProcedureVersionText, to: ProcedureVersionText }))
  .output(z.object({ from: ProcedureVersionDto, to: ProcedureVersionDto, diff: ProcedureDiffDto }))
  .query(async ({ ctx, input }) => {
    const orgId = catalogueToRead(ctx.principal, input.orgId);
    const from = unwrap(await findVersion(ctx.db, orgId, input.code, input.from));
    const to = unwrap(await findVersion(ctx.db, orgId, input.code, input.to));
    const today = todayOf(ctx);
    return {
      from: toProcedureVersionDto(from, today),
      to: toProcedureVersionDto(to, today),
      diff: diffProcedures(from.definition, to.definition),
    };
  });
