import { err, mapResult } from '@lienthong/kernel';
import { FINAL_DOSSIER_STATES, dossierTransition, workflowsError } from '@lienthong/workflows';
import { requireRoles } from '../../trpc.js';
import { ResumeDossierInput } from './dossier-commands.schema.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { DossierDetailDto } from './dossier.dto.js';
import { runDossierCommand } from './run-dossier-command.js';

/**
 * The additional papers arrived: the dossier goes on and its clock runs again (`supplement`); every deadline moves
 * by the office time it was stopped. Resuming a dossier that is not waiting for papers is CLOCK_NOT_PAUSED.
 */
export const resumeDossier = requireRoles(...DOSSIER_ROLES.papers)
  .input(ResumeDossierInput)
  .output(DossierDetailDto)
  .mutation(({ ctx, input }) =>
    runDossierCommand(ctx, input, ({ dossier, procedure, at, actor }) => {
      const moved = dossierTransition(dossier, { type: 'supplement' }, { actor, at, note: input.note }, procedure);
      // The lifecycle refuses it as a move from the current state; while the dossier is still open, the clearer
      // reason is that its clock is running.
      if (!moved.ok && moved.error.code === 'DOSSIER_TRANSITION_NOT_ALLOWED' && !FINAL_DOSSIER_STATES.includes(dossier.status)) {
        return err(workflowsError('CLOCK_NOT_PAUSED'));
      }
      return mapResult(moved, (value) => value.dossier);
    }),
  );
