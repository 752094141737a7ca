import { formatDate, parseDisplayDate } from '../../i18n/format.js';
import type { MessageParams } from '../../i18n/translate.js';
import type { MessageKey } from '../../i18n/vi.js';
import type { IssueApologyInput } from './dossier-model.js';

/** A refusal of a form before sending, in the portal's words. */
export type FormProblem = { key: MessageKey; params?: MessageParams };

/** routing's limit on reasons and notes. */
export const MAX_REASON_LENGTH = 2000;

/** The dossier and the row version the user saw: a command on a dossier changed since is refused (DOSSIER_STALE). */
export type DossierRef = { id: string; version: number };

/** A note (optional): trimmed, left out when blank. */
export function noteInput(text: string): { ok: true; note?: string } | { ok: false; problem: FormProblem } {
  const note = text.trim();
  if (note.length > MAX_REASON_LENGTH) return { ok: false, problem: { key: 'dossiers.action.validation.tooLong' } };
  return note ? { ok: true, note } : { ok: true };
}

/**
 * A reason (lý do), required to ask for papers, to refuse and for an apology letter: the citizen is told why. Runs of
 * white space collapse, as libs/workflows does before checking it is not blank.
 */
export function reasonInput(text: string): { ok: true; reason: string } | { ok: false; problem: FormProblem } {
  const reason = text.replace(/\s+/g, ' ').trim();
  if (!reason) return { ok: false, problem: { key: 'dossiers.action.validation.reasonRequired' } };
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, problem: { key: 'dossiers.action.validation.tooLong' } };
  return { ok: true, reason };
}

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả: a reason and a new day (dd/MM/yyyy) after the appointment the citizen
 * now holds. Whether the new day is a working day is routing's answer (APOLOGY_DATE_NOT_WORKING_DAY): the portal does
 * not keep the calendar.
 */
export function toApologyInput(
  ref: DossierRef,
  values: { reason: string; date: string },
  currentAppointmentDate: string,
): { ok: true; input: IssueApologyInput } | { ok: false; problems: { reason?: FormProblem; date?: FormProblem } } {
  const problems: { reason?: FormProblem; date?: FormProblem } = {};
  const reason = reasonInput(values.reason);
  if (!reason.ok) problems.reason = reason.problem;
  const newAppointment = parseDisplayDate(values.date);
  if (newAppointment === null) problems.date = { key: 'validation.dateFormat' };
  else if (newAppointment <= currentAppointmentDate)
    problems.date = {
      key: 'dossiers.apology.validation.notLater',
      params: { current: formatDate(currentAppointmentDate) },
    };
  if (!reason.ok || newAppointment === null || problems.date) return { ok: false, problems };
  return { ok: true, input: { id: ref.id, version: ref.version, reason: reason.reason, newAppointment } };
}
