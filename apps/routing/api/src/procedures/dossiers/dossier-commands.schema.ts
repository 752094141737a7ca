import { IsoDate } from '@lienthong/calendar';
import { z } from 'zod';

/**
 * Inputs of the dossier commands. Reasons are not required here: the lib refuses a blank one with its own code
 * (DOSSIER_REASON_REQUIRED, APOLOGY_REASON_REQUIRED), so the rule lives in one place.
 */
const dossierRef = {
  id: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }),
  /** The `version` the caller saw; when given, a dossier changed since is refused (DOSSIER_STALE). */
  version: z.number().int().min(1).optional(),
};
const note = z.string().max(2_000, { error: 'Ghi chú dài quá 2.000 ký tự' }).optional();
const reason = z.string().max(2_000, { error: 'Lý do dài quá 2.000 ký tự' });

export const CompleteStepInput = z.object({
  ...dossierRef,
  /** The step the caller means (the current one); default: the current step. */
  stepId: z.string().trim().min(1).max(40).optional(),
  note,
});
export type CompleteStepInput = z.infer<typeof CompleteStepInput>;

export const RequestSupplementInput = z.object({ ...dossierRef, reason });
export type RequestSupplementInput = z.infer<typeof RequestSupplementInput>;

export const ResumeDossierInput = z.object({ ...dossierRef, note });
export type ResumeDossierInput = z.infer<typeof ResumeDossierInput>;

export const RefuseDossierInput = z.object({ ...dossierRef, reason });
export type RefuseDossierInput = z.infer<typeof RefuseDossierInput>;

export const ApproveDossierInput = z.object({ ...dossierRef, note });
export type ApproveDossierInput = z.infer<typeof ApproveDossierInput>;

export const ReturnResultInput = z.object({ ...dossierRef, note });
export type ReturnResultInput = z.infer<typeof ReturnResultInput>;

export const IssueApologyInput = z.object({
  ...dossierRef,
  reason,
  /** The new appointment day (ngày hẹn trả mới), a working day after the current appointment. */
  newAppointment: IsoDate,
});
export type IssueApologyInput = z.infer<typeof IssueApologyInput>;
