import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { dossiers } from '../../db/schema.js';
import { protectedProcedure } from '../../trpc.js';
import { dossierError } from './dossier-errors.js';
import { DossierDto } from './dossier.dto.js';
import { readDossiers } from './dossier-reader.js';

export const GetDossierInput = z.union([
  z.object({ id: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }) }),
  z.object({ code: z.string().trim().min(1, { error: 'Mã hồ sơ không được để trống' }).max(120) }),
]);

/**
 * One dossier of the caller's unit, by id or by its code, as its receipt shows it (to reprint the receipt or answer
 * a citizen). Another unit's dossier is "not found", like one that does not exist.
 */
export const getDossier = protectedProcedure
  .input(GetDossierInput)
  .output(DossierDto)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const match = 'id' in input ? eq(dossiers.id, input.id) : eq(dossiers.code, input.code);
    const [dossier] = await readDossiers(ctx.db, and(eq(dossiers.orgId, orgId), match), {
      orderBy: desc(dossiers.id),
      limit: 1,
    });
    if (!dossier) throw dossierError('DOSSIER_NOT_FOUND', { dossier: 'id' in input ? input.id : input.code });
    return dossier;
  });
