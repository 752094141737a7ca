import { err, mapResult } from '@lienthong/kernel';
import { dossierTransition, workflowsError } from '@lienthong/workflows';
import { requireRoles } from '../../trpc.js';
import { RequestSupplementInput } from './dossier-commands.schema.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { DossierDetailDto } from './dossier.dto.js';
import { runDossierCommand } from './run-dossier-command.js';

/**
 * Yêu cầu bổ sung, hoàn thiện hồ sơ: the dossier waits for papers and its clock stops (`request-supplement`); the
 * reason says what is missing (DOSSIER_REASON_REQUIRED without one). Asking again while it already waits is
 * CLOCK_ALREADY_PAUSED.
 */
export const requestSupplement = requireRoles(...DOSSIER_ROLES.papers)
  .input(RequestSupplementInput)
  .output(DossierDetailDto)
  .mutation(({ ctx, input }) =>
    runDossierCommand(ctx, input, ({ dossier, procedure, at, actor }) => {
      const moved = dossierTransition(dossier, { type: 'request-supplement' }, { actor, at, note: input.reason }, procedure);
      const open = dossier.clock.pauses[dossier.clock.pauses.length - 1];
      // The lifecycle refuses a second request as a move from "waiting" to "waiting"; say what it means.
      if (!moved.ok && moved.error.code === 'DOSSIER_TRANSITION_NOT_ALLOWED' && dossier.status === 'awaiting-supplement' && open) {
        return err(workflowsError('CLOCK_ALREADY_PAUSED', { pausedAt: open.pausedAt }));
      }
      return mapResult(moved, (value) => value.dossier);
    }),
  );
