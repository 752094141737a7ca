import { unwrap } from '@lienthong/service-kit';
import { procedureToJson } from '@lienthong/workflows';
import { z } from 'zod';
import { protectedProcedure } from '../../trpc.js';
import { ProcedureVersionRef } from './get-procedure.js';
import { catalogueToRead, findVersion } from './procedure-store.js';

/**
 * One version as a procedure file (`procedureToJson`, canonical: the same version always gives the same text), for
 * another locality to import. The file name is `<code>_v<version>.json`.
 */
export const exportProcedure = protectedProcedure
  .input(ProcedureVersionRef)
  .output(z.object({ fileName: z.string(), json: z.string() }))
  .query(async ({ ctx, input }) => {
    const orgId = catalogueToRead(ctx.principal, input.orgId);
    const row = unwrap(await findVersion(ctx.db, orgId, input.code, input.version));
    return { fileName: `${row.code}_v${row.version}.json`, json: procedureToJson(row.definition) };
  });
