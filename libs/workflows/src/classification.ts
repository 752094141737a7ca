import { vietnamDateOf, type BusinessCalendar, type IsoDate, type OfficeHours } from '@lienthong/calendar';
import { ok, type Result } from '@lienthong/kernel';
import type { DueDate } from './appointment.js';
import { dueWithPauses } from './clock.js';
import type { Dossier } from './dossier.js';
import type { WorkflowsError } from './errors.js';

/** How a completed dossier met its appointment: trước hạn, đúng hạn, quá hạn (vn-egov §6.2). */
export const COMPLETION_CLASSES = ['truoc-han', 'dung-han', 'qua-han'] as const;
export type CompletionClass = (typeof COMPLETION_CLASSES)[number];
export const COMPLETION_CLASS_LABELS: Readonly<Record<CompletionClass, string>> = {
  'truoc-han': 'Trước hạn',
  'dung-han': 'Đúng hạn',
  'qua-han': 'Quá hạn',
};

/**
 * Classifies a result returned at `returnedAt` (Vietnam day) against an appointment: before the appointment day →
 * 'truoc-han', on it → 'dung-han', after it → 'qua-han'. An appointment counted in working hours (a same-day
 * procedure) also has a time: returned that day but after it → 'qua-han'.
 */
export function classifyCompletion(returnedAt: Date, appointment: IsoDate | DueDate): CompletionClass {
  const day = vietnamDateOf(returnedAt);
  const appointmentDay = typeof appointment === 'string' ? appointment : appointment.date;
  if (day < appointmentDay) return 'truoc-han';
  if (day > appointmentDay) return 'qua-han';
  if (typeof appointment !== 'string' && appointment.basis === 'working-hours') {
    return returnedAt.getTime() > appointment.instant.getTime() ? 'qua-han' : 'dung-han';
  }
  return 'dung-han';
}

/**
 * Classifies a dossier that has ended: returned or refused, measured against its ORIGINAL appointment moved only by the
 * clock's pauses (requests for additional papers). A dossier for which an apology letter was issued is late, whenever
 * it was returned: the letter is issued because the appointment cannot be met, and "the dossier still counts as late"
 * (issue 5; vn-egov §6.2: "a completed dossier that was late stays late even if an apology slip set a new date").
 * Null for a dossier still open or withdrawn.
 */
export function classifyDossier(
  dossier: Dossier,
  calendar: BusinessCalendar,
  options: { readonly officeHours?: OfficeHours } = {},
): Result<CompletionClass | null, WorkflowsError> {
  if (dossier.completedAt === null || dossier.status === 'withdrawn') return ok(null);
  if (dossier.apologies.length > 0) return ok('qua-han');
  const due = dueWithPauses(dossier.clock, dossier.appointment, calendar, { asOf: dossier.completedAt, ...options });
  if (!due.ok) return due;
  return ok(classifyCompletion(dossier.completedAt, due.value));
}
