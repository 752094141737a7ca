import { mapResult } from '@lienthong/kernel';
import { dossierTransition } from '@lienthong/workflows';
import { requireRoles } from '../../trpc.js';
import { ReturnResultInput } from './dossier-commands.schema.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { DossierDetailDto } from './dossier.dto.js';
import { runDossierCommand } from './run-dossier-command.js';

/**
 * Trả kết quả: the desk gives the approved result back. The dossier ends; its class (trước hạn, đúng hạn, quá hạn:
 * `classifyDossier`, against the appointment moved by pauses, apology letters ignored) is stored with it.
 */
export const returnResult = requireRoles(...DOSSIER_ROLES.returnResult)
  .input(ReturnResultInput)
  .output(DossierDetailDto)
  .mutation(({ ctx, input }) =>
    runDossierCommand(ctx, input, ({ dossier, procedure, at, actor }) =>
      mapResult(dossierTransition(dossier, { type: 'return' }, { actor, at, note: input.note }, procedure), (value) => value.dossier),
    ),
  );
