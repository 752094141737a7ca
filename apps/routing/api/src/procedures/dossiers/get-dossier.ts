import { requireOrgId } from '@lienthong/auth';
import { unwrap } from '@lienthong/service-kit';
import { loadBusinessCalendar } from '../../dossiers/business-calendar.js';
import { findDossierRow, loadedDossier } from '../../dossiers/dossier-store.js';
import { requireRoles } from '../../trpc.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { DossierDetailDto, toDossierDetailDto } from './dossier.dto.js';
import { GetDossierInput } from './find-dossiers.schema.js';

/**
 * One dossier of the caller's unit (or of another unit, while its current step is assigned to the caller's unit):
 * its steps with their deadlines, the clock and its pauses, the history and the apology letters, computed at now.
 * DOSSIER_NOT_FOUND for a dossier the caller may not see.
 */
export const getDossier = requireRoles(...DOSSIER_ROLES.read)
  .input(GetDossierInput)
  .output(DossierDetailDto)
  .query(async ({ ctx, input }) => {
    const orgId = unwrap(requireOrgId(ctx.principal));
    const row = unwrap(await findDossierRow(ctx.db, orgId, input.id, { alsoAsStepUnit: true }));
    const calendar = await loadBusinessCalendar(ctx.db);
    return toDossierDetailDto(loadedDossier(row), calendar, ctx.clock.now());
  });
