import { mapResult } from '@lienthong/kernel';
import { dossierTransition } from '@lienthong/workflows';
import { requireRoles } from '../../trpc.js';
import { RefuseDossierInput } from './dossier-commands.schema.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { DossierDetailDto } from './dossier.dto.js';
import { runDossierCommand } from './run-dossier-command.js';

/**
 * Từ chối giải quyết: the leader refuses the dossier with a reason (DOSSIER_REASON_REQUIRED without one). It ends
 * there and counts as completed in the on-time report, classified against its deadline.
 */
export const refuseDossier = requireRoles(...DOSSIER_ROLES.decide)
  .input(RefuseDossierInput)
  .output(DossierDetailDto)
  .mutation(({ ctx, input }) =>
    runDossierCommand(ctx, input, ({ dossier, procedure, at, actor }) =>
      mapResult(dossierTransition(dossier, { type: 'refuse' }, { actor, at, note: input.reason }, procedure), (value) => value.dossier),
    ),
  );
