import { err, mapResult } from '@lienthong/kernel';
import { DOSSIER_STATE_LABELS, dossierTransition, nextStep } from '@lienthong/workflows';
import { dossierError } from '../../dossiers/dossier-errors.js';
import { protectedProcedure } from '../../trpc.js';
import { CompleteStepInput } from './dossier-commands.schema.js';
import { DossierDetailDto } from './dossier.dto.js';
import { runDossierCommand } from './run-dossier-command.js';

/**
 * Completes the dossier's current step (or `stepId`, which must be it). Who may is the procedure's business: the
 * step's role and unit, checked by the lib (STEP_ROLE_REQUIRED, STEP_UNIT_REQUIRED, STEP_OUT_OF_ORDER,
 * STEP_ALREADY_COMPLETED). The caller's unit's dossiers, and another unit's whose current step is assigned to the
 * caller's unit.
 */
export const completeStep = protectedProcedure
  .input(CompleteStepInput)
  .output(DossierDetailDto)
  .mutation(({ ctx, input }) =>
    runDossierCommand(
      ctx,
      input,
      ({ dossier, procedure, at, actor }) => {
        const stepId = input.stepId ?? nextStep(dossier, procedure)?.id;
        if (stepId === undefined) {
          return err(dossierError('DOSSIER_NO_PENDING_STEP', { status: dossier.status, statusLabel: DOSSIER_STATE_LABELS[dossier.status] }));
        }
        const moved = dossierTransition(dossier, { type: 'complete-step', stepId }, { actor, at, note: input.note }, procedure);
        return mapResult(moved, (value) => value.dossier);
      },
      { alsoAsStepUnit: true },
    ),
  );
