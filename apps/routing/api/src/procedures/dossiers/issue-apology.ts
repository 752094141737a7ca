import { mapResult } from '@lienthong/kernel';
import { issueApologyLetter } from '@lienthong/workflows';
import { requireRoles } from '../../trpc.js';
import { IssueApologyInput } from './dossier-commands.schema.js';
import { DOSSIER_ROLES } from './dossier-roles.js';
import { DossierDetailDto } from './dossier.dto.js';
import { runDossierCommand } from './run-dossier-command.js';

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả, signed by the leader of the unit: a reason and a new working day after
 * the current appointment (`issueApologyLetter`: APOLOGY_NOT_ALLOWED, APOLOGY_REASON_REQUIRED, APOLOGY_DATE_NOT_LATER,
 * APOLOGY_DATE_NOT_WORKING_DAY). The citizen's appointment changes; the dossier's lateness does not.
 */
export const issueApology = requireRoles(...DOSSIER_ROLES.decide)
  .input(IssueApologyInput)
  .output(DossierDetailDto)
  .mutation(({ ctx, input }) =>
    runDossierCommand(ctx, input, ({ dossier, calendar, at, actor }) =>
      mapResult(
        issueApologyLetter(dossier, { reason: input.reason, newAppointment: input.newAppointment, at, by: actor.id }, calendar),
        (value) => value.dossier,
      ),
    ),
  );
