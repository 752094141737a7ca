import type { BusinessCalendar } from '@lienthong/calendar';
import type { Result } from '@lienthong/kernel';
import {
  FINAL_DOSSIER_STATES,
  classifyDossier,
  currentAppointment,
  dueWithPauses,
  isClockPaused,
  nextStep,
  stepDeadlines,
  type CompletionClass,
  type DueDate,
  type DueWithPauses,
  type Dossier,
  type DossierState,
  type ProcedureDefinition,
  type StepDeadline,
} from '@lienthong/workflows';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Long enough to hold working time after any pause start (the longest break, Tết, is about nine days). */
const PAUSE_PROBE_MS = 60 * DAY_MS;

/** The columns of a `dossiers` row that are derived from the dossier, its procedure and the calendar. */
export type DossierColumns = {
  status: DossierState;
  currentStepId: string | null;
  currentStepName: string | null;
  currentStepRole: string | null;
  currentStepUnit: string | null;
  currentStepDueAt: Date | null;
  dueDate: string;
  dueAt: Date;
  overdueAt: Date | null;
  currentAppointmentDate: string;
  completedAt: Date | null;
  classification: CompletionClass | null;
  hasApology: boolean;
};

/** The lib's answers here cannot fail (an `asOf` is always given); a failure is a bug. */
function must<T>(result: Result<T, Error>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

/** The instant the last thing happened to the dossier: deadlines are never computed before it. */
function lastEventAt(dossier: Dossier): Date {
  const last = dossier.history[dossier.history.length - 1];
  return last ? last.at : dossier.receivedAt;
}

/** `asOf` for the lib: `now`, but never before the dossier's last event (a skewed clock must not count backwards). */
export function asOfFor(dossier: Dossier, now: Date): Date {
  const last = lastEventAt(dossier);
  return now.getTime() < last.getTime() ? last : now;
}

/**
 * The first instant at which `classifyCompletion(instant, due)` says 'qua-han': for a deadline in days, 00:00 in
 * Vietnam of the day after `due.date` (a result given any time on the day is on time); for one in hours, one
 * millisecond after `due.instant` (JavaScript time has milliseconds). `overdue now` is then `now >= overdueAt` in SQL.
 */
export function firstLateInstant(due: DueDate): Date {
  if (due.basis === 'working-hours') return new Date(due.instant.getTime() + 1);
  const [year, month, day] = due.date.split('-').map(Number) as [number, number, number];
  const nextDay = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return new Date(`${nextDay}T00:00:00+07:00`);
}

/** Every step's deadline, chained from the clock start (`stepDeadlines`, at the procedure's hours per day). */
export function plannedStepDeadlines(dossier: Dossier, procedure: ProcedureDefinition, calendar: BusinessCalendar): StepDeadline[] {
  return stepDeadlines(procedure.steps, dossier.appointment.startAt, calendar, { hoursPerDay: procedure.hoursPerDay });
}

/** A deadline moved by the dossier's pauses, an open pause counted up to `asOf`. */
export function movedDue(dossier: Dossier, due: DueDate, calendar: BusinessCalendar, asOf: Date): DueWithPauses {
  return must(dueWithPauses(dossier.clock, due, calendar, { asOf }));
}

/**
 * True while the clock is stopped by a pause that moves the appointment (it began before the deadline as moved by
 * the earlier pauses): the deadline then moves with every working hour of the pause, so the dossier cannot become
 * late until the papers arrive. The lib decides which pauses count; a pause that counts adds working time as `asOf`
 * moves on, one that does not adds none.
 */
function isDeadlineMoving(dossier: Dossier, calendar: BusinessCalendar): boolean {
  if (!isClockPaused(dossier.clock)) return false;
  const open = dossier.clock.pauses[dossier.clock.pauses.length - 1];
  if (!open) return false;
  const atStart = movedDue(dossier, dossier.appointment, calendar, open.pausedAt).pausedHours;
  const later = movedDue(dossier, dossier.appointment, calendar, new Date(open.pausedAt.getTime() + PAUSE_PROBE_MS)).pausedHours;
  return later > atStart;
}

/**
 * The derived columns of a dossier at `now`, all from `@lienthong/workflows`: the next step (`nextStep`) and its
 * deadline moved by pauses (`stepDeadlines`, `dueWithPauses`), the appointment moved by pauses, the first instant a
 * result would be late, the citizen's current appointment (`currentAppointment`) and, once ended, the class
 * (`classifyDossier`).
 */
export function dossierColumns(
  dossier: Dossier,
  procedure: ProcedureDefinition,
  calendar: BusinessCalendar,
  now: Date,
): DossierColumns {
  // An ended dossier is measured at its end, as `onTimeRecordOf` and `classifyDossier` do.
  const asOf = dossier.completedAt ?? asOfFor(dossier, now);
  const ended = FINAL_DOSSIER_STATES.includes(dossier.status);
  const step = ended ? null : nextStep(dossier, procedure);
  const stepDue = step
    ? plannedStepDeadlines(dossier, procedure, calendar).find((deadline) => deadline.stepId === step.id)
    : undefined;
  const due = movedDue(dossier, dossier.appointment, calendar, asOf);
  const overdueAt = ended || isDeadlineMoving(dossier, calendar) ? null : firstLateInstant(due);
  return {
    status: dossier.status,
    currentStepId: step?.id ?? null,
    currentStepName: step?.name ?? null,
    currentStepRole: step?.responsible.role ?? null,
    currentStepUnit: step?.responsible.unit ?? null,
    currentStepDueAt: stepDue ? movedDue(dossier, stepDue.due, calendar, asOf).instant : null,
    dueDate: due.date,
    dueAt: due.instant,
    overdueAt,
    currentAppointmentDate: must(currentAppointment(dossier, calendar, { asOf })),
    completedAt: dossier.completedAt,
    classification: ended ? must(classifyDossier(dossier, calendar)) : null,
    hasApology: dossier.apologies.length > 0,
  };
}
