import { mapResult } from '@lienthong/kernel';
import { dossierTransition } from '@lienthong/workflows';
import { requireRoles } from '../../trpc.js';
import { ApproveDossierInput } from './dossier-commands.schema.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { DossierDetailDto } from './dossier.dto.js';
import { runDossierCommand } from './run-dossier-command.js';

/** Phê duyệt: the leader approves the result once every step is done (DOSSIER_STEPS_INCOMPLETE before). */
export const approveDossier = requireRoles(...DOSSIER_ROLES.decide)
  .input(ApproveDossierInput)
  .output(DossierDetailDto)
  .mutation(({ ctx, input }) =>
    runDossierCommand(ctx, input, ({ dossier, procedure, at, actor }) =>
      mapResult(dossierTransition(dossier, { type: 'approve' }, { actor, at, note: input.note }, procedure), (value) => value.dossier),
    ),
  );
