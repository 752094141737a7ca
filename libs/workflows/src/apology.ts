import type { BusinessCalendar, IsoDate, OfficeHours } from '@lienthong/calendar';
import { err, ok, type Result } from '@lienthong/kernel';
import { dueWithPauses } from './clock.js';
import {
  DOSSIER_STATE_LABELS,
  FINAL_DOSSIER_STATES,
  type ApologyLetter,
  type Dossier,
  type DossierHistoryEntry,
} from './dossier.js';
import { workflowsError, type WorkflowsError } from './errors.js';

export type ApologyInput = {
  readonly reason: string;
  /** The new appointment day (ngày hẹn trả mới), a working day after the current appointment. */
  readonly newAppointment: IsoDate;
  readonly at: Date;
  readonly by: string;
};

/**
 * The appointment the citizen currently holds: the last apology letter's new date, else the original appointment moved
 * by the clock's pauses (counted up to `asOf` if one is open).
 */
export function currentAppointment(
  dossier: Dossier,
  calendar: BusinessCalendar,
  options: { readonly asOf: Date; readonly officeHours?: OfficeHours },
): Result<IsoDate, WorkflowsError> {
  const last = dossier.apologies[dossier.apologies.length - 1];
  if (last) return ok(last.newAppointment);
  const due = dueWithPauses(dossier.clock, dossier.appointment, calendar, options);
  return due.ok ? ok(due.value.date) : due;
}

/**
 * Records a Phiếu xin lỗi và hẹn lại ngày trả kết quả (vn-egov §6.2): the unit that cannot return the result on the
 * appointed day says why and gives a new day. Rules: only while the result has not been given back (not returned,
 * refused or withdrawn) → APOLOGY_NOT_ALLOWED; a reason → APOLOGY_REASON_REQUIRED; a new day after the current
 * appointment → APOLOGY_DATE_NOT_LATER, and a working day → APOLOGY_DATE_NOT_WORKING_DAY; not before the last event →
 * DOSSIER_TIME_BEFORE_LAST. The letter changes what the citizen is told, not the record: `classifyDossier` still
 * measures the dossier against its original appointment, so it stays late.
 */
export function issueApologyLetter(
  dossier: Dossier,
  input: ApologyInput,
  calendar: BusinessCalendar,
  options: { readonly officeHours?: OfficeHours } = {},
): Result<{ dossier: Dossier; letter: ApologyLetter }, WorkflowsError> {
  if (FINAL_DOSSIER_STATES.includes(dossier.status)) {
    return err(
      workflowsError('APOLOGY_NOT_ALLOWED', {
        status: dossier.status,
        statusLabel: DOSSIER_STATE_LABELS[dossier.status],
      }),
    );
  }
  const reason = input.reason.replace(/\s+/g, ' ').trim();
  if (!reason) return err(workflowsError('APOLOGY_REASON_REQUIRED'));
  const last = (dossier.history[dossier.history.length - 1] as DossierHistoryEntry).at;
  if (input.at.getTime() < last.getTime())
    return err(workflowsError('DOSSIER_TIME_BEFORE_LAST', { at: input.at, last }));
  const current = currentAppointment(dossier, calendar, { asOf: input.at, ...options });
  if (!current.ok) return current;
  if (!(input.newAppointment > current.value)) {
    return err(
      workflowsError('APOLOGY_DATE_NOT_LATER', { newAppointment: input.newAppointment, current: current.value }),
    );
  }
  if (!calendar.isWorkingDay(input.newAppointment)) {
    return err(workflowsError('APOLOGY_DATE_NOT_WORKING_DAY', { newAppointment: input.newAppointment }));
  }
  const at = new Date(input.at.getTime());
  const letter: ApologyLetter = {
    issuedAt: at,
    by: input.by,
    reason,
    previousAppointment: current.value,
    newAppointment: input.newAppointment,
  };
  const entry: DossierHistoryEntry = {
    from: dossier.status,
    to: dossier.status,
    command: 'issue-apology',
    by: input.by,
    at,
    note: reason,
  };
  return ok({
    dossier: { ...dossier, apologies: [...dossier.apologies, letter], history: [...dossier.history, entry] },
    letter,
  });
}
