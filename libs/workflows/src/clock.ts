import { vietnamDateOf, type BusinessCalendar, type OfficeHours } from '@lienthong/calendar';
import { err, ok, type Result } from '@lienthong/kernel';
import type { DueDate } from './appointment.js';
import { workflowsError, type WorkflowsError } from './errors.js';
import { HOUR_MS, closingOf, officePeriods, workingMsBetween } from './time.js';

/** One stop of the clock: from a request for additional papers (yêu cầu bổ sung) to their arrival. */
export type ClockPause = { readonly pausedAt: Date; readonly resumedAt: Date | null; readonly reason?: string };

/**
 * The time-limit clock of a dossier as plain data: when it started and its pauses, oldest first; only the last may
 * still be open. Store it as it is; change it only through `pauseClock` and `resumeClock`.
 */
export type DossierClock = { readonly startedAt: Date; readonly pauses: readonly ClockPause[] };

/** A running clock from `startedAt` (usually `Appointment.startAt`). */
export function startClock(startedAt: Date): DossierClock {
  return { startedAt: new Date(startedAt.getTime()), pauses: [] };
}

/** True while a pause is open. */
export function isClockPaused(clock: DossierClock): boolean {
  const last = clock.pauses[clock.pauses.length - 1];
  return last !== undefined && last.resumedAt === null;
}

function lastEventOf(clock: DossierClock): Date | null {
  const last = clock.pauses[clock.pauses.length - 1];
  return last ? (last.resumedAt ?? last.pausedAt) : null;
}

function checkOrder(clock: DossierClock, at: Date): WorkflowsError | null {
  const last = lastEventOf(clock);
  return last && at.getTime() < last.getTime() ? workflowsError('CLOCK_TIME_BEFORE_LAST', { at, last }) : null;
}

/**
 * Stops the clock at `at` (a request for additional papers). Fails with CLOCK_ALREADY_PAUSED when it is already stopped
 * and CLOCK_TIME_BEFORE_LAST when `at` is before the previous pause or resumption. A pause may begin before the clock
 * starts (a dossier received after the cut-off): only the time after `startedAt` counts.
 */
export function pauseClock(clock: DossierClock, at: Date, reason?: string): Result<DossierClock, WorkflowsError> {
  if (isClockPaused(clock)) {
    const open = clock.pauses[clock.pauses.length - 1] as ClockPause;
    return err(workflowsError('CLOCK_ALREADY_PAUSED', { pausedAt: open.pausedAt }));
  }
  const outOfOrder = checkOrder(clock, at);
  if (outOfOrder) return err(outOfOrder);
  const trimmed = reason?.trim();
  const pause: ClockPause = {
    pausedAt: new Date(at.getTime()),
    resumedAt: null,
    ...(trimmed ? { reason: trimmed } : {}),
  };
  return ok({ ...clock, pauses: [...clock.pauses, pause] });
}

/** Restarts a stopped clock at `at` (the papers arrived). Fails with CLOCK_NOT_PAUSED or CLOCK_TIME_BEFORE_LAST. */
export function resumeClock(clock: DossierClock, at: Date): Result<DossierClock, WorkflowsError> {
  if (!isClockPaused(clock)) return err(workflowsError('CLOCK_NOT_PAUSED'));
  const outOfOrder = checkOrder(clock, at);
  if (outOfOrder) return err(outOfOrder);
  const pauses = [...clock.pauses];
  const open = pauses.pop() as ClockPause;
  return ok({ ...clock, pauses: [...pauses, { ...open, resumedAt: new Date(at.getTime()) }] });
}

export type ClockOptions = {
  /** The instant an open pause is counted up to; required while the clock is paused. */
  readonly asOf?: Date;
  /** The office hours the calendar was built with; default 07:30–11:30, 13:30–17:00. */
  readonly officeHours?: OfficeHours;
};

/**
 * Office time (working hours) the clock spent stopped: the office periods of working days inside each pause, counted
 * from the clock's start at the earliest, an open pause up to `asOf`. Fails with CLOCK_AS_OF_REQUIRED when a pause is
 * open and no `asOf` is given.
 */
export function pausedWorkingHours(
  clock: DossierClock,
  calendar: BusinessCalendar,
  options: ClockOptions = {},
): Result<number, WorkflowsError> {
  const periods = officePeriods(options.officeHours);
  let total = 0;
  for (const pause of clock.pauses) {
    const end = pause.resumedAt ?? options.asOf;
    if (!end) return err(workflowsError('CLOCK_AS_OF_REQUIRED'));
    const from = pause.pausedAt.getTime() > clock.startedAt.getTime() ? pause.pausedAt : clock.startedAt;
    total += workingMsBetween(calendar, periods, from, end);
  }
  return ok(total / HOUR_MS);
}

/** A deadline moved by the pauses of the clock. */
export type DueWithPauses = DueDate & {
  /** Working hours the deadline moved by: the pauses that began before it (an open pause counted up to `asOf`). */
  readonly pausedHours: number;
  /** True when the clock is stopped at the time of the computation: the deadline will move further. */
  readonly paused: boolean;
};

/**
 * `due` (an appointment or a step deadline) moved by the working time the clock was paused: the deadline instant plus
 * that many office hours (`calendar.addWorkingHours`). Only pauses that began before the deadline (as moved by the
 * earlier pauses) count: a request for papers made once a dossier is already late does not make it on time, and a
 * pause after a step's deadline does not move that step. For a limit in working days, the day is the one this lands on
 * and the instant the end of that office day: the appointment moves by whole working days, rounded up (2 paused hours
 * move it by one day, a full office day by one, 1,5 days by two). An open pause counts up to `asOf`;
 * CLOCK_AS_OF_REQUIRED without it.
 */
export function dueWithPauses(
  clock: DossierClock,
  due: DueDate,
  calendar: BusinessCalendar,
  options: ClockOptions = {},
): Result<DueWithPauses, WorkflowsError> {
  const periods = officePeriods(options.officeHours);
  let moved = due.instant;
  let pausedMs = 0;
  for (const pause of clock.pauses) {
    const end = pause.resumedAt ?? options.asOf;
    if (!end) return err(workflowsError('CLOCK_AS_OF_REQUIRED'));
    if (pause.pausedAt.getTime() >= moved.getTime()) continue;
    const from = pause.pausedAt.getTime() > clock.startedAt.getTime() ? pause.pausedAt : clock.startedAt;
    const ms = workingMsBetween(calendar, periods, from, end);
    pausedMs += ms;
    moved = calendar.addWorkingHours(moved, ms / HOUR_MS);
  }
  const date = vietnamDateOf(moved);
  const instant = due.basis === 'working-days' ? closingOf(date, periods) : moved;
  return ok({ basis: due.basis, date, instant, pausedHours: pausedMs / HOUR_MS, paused: isClockPaused(clock) });
}
