import { vietnamDateOf, type BusinessCalendar, type IsoDate, type OfficeHours } from '@lienthong/calendar';
import type { ProcedureStep } from './procedure.js';
import { closingOf, hoursPerOfficeDay, msOfVietnamDay, officePeriods, openingOf, parseClockTime } from './time.js';
import type { TimeLimit, WorkingUnit } from './time-limit.js';

/** The usual cut-off at the one-stop desk: a dossier received after 15:00 counts as received the next working day. */
export const DEFAULT_CUTOFF = '15:00';

/**
 * A deadline: the day (`date`, Vietnam) and the instant (`instant`). For a limit in working days the instant is the
 * end of the office day (17:00 by default); for one in working hours it is the exact instant. `basis` says which.
 */
export type DueDate = { readonly basis: WorkingUnit; readonly date: IsoDate; readonly instant: Date };

/** The appointment (ngày hẹn trả kết quả) of a dossier, and how it was counted. */
export type Appointment = DueDate & {
  /** The calendar day of receipt in Vietnam. */
  readonly receivedOn: IsoDate;
  /** The day the dossier counts as received: `receivedOn`, or the next working day after the cut-off or a day off. */
  readonly countedFrom: IsoDate;
  /** When the dossier's clock starts: the receipt itself, or the opening of `countedFrom`. */
  readonly startAt: Date;
  /** True when the receipt came after the cut-off on a working day, or on a day off. */
  readonly deferred: boolean;
};

export type AppointmentOptions = {
  /** Local time `HH:MM` after which a dossier counts as received the next working day; default 15:00. */
  readonly cutoff?: string;
  /** The office hours the calendar was built with; default 07:30–11:30, 13:30–17:00. */
  readonly officeHours?: OfficeHours;
};

/**
 * The appointment for a dossier received at `receivedAt` under a legal time limit. A dossier received on a working day
 * up to the cut-off (inclusive: 15:00:00 still counts) counts from that day; one received later, or on a day off,
 * counts as received on the next working day. Then, for a limit of n working days, the appointment is
 * `calendar.addWorkingDays(countedFrom, n)` (counting begins the working day after: received on Friday 13/02/2026 with
 * 3 days → Wednesday 25/02/2026 across Tết) at the end of the office day; for a limit in hours, it is
 * `calendar.addWorkingHours(startAt, h)`. Throws RangeError on a malformed cut-off or office hours (a caller bug) and
 * on dates outside the calendar's range.
 */
export function appointmentDate(
  receivedAt: Date,
  limit: TimeLimit,
  calendar: BusinessCalendar,
  options: AppointmentOptions = {},
): Appointment {
  const cutoff = parseClockTime(options.cutoff ?? DEFAULT_CUTOFF);
  if (cutoff === null) throw new RangeError(`appointmentDate: cutoff "${options.cutoff}" is not an HH:MM time`);
  const periods = officePeriods(options.officeHours);
  const receivedOn = vietnamDateOf(receivedAt);
  const sameDay = calendar.isWorkingDay(receivedOn) && msOfVietnamDay(receivedAt) <= cutoff;
  const countedFrom = sameDay ? receivedOn : calendar.addWorkingDays(receivedOn, 1);
  const startAt = sameDay ? new Date(receivedAt.getTime()) : openingOf(countedFrom, periods);
  const counting = { receivedOn, countedFrom, startAt, deferred: !sameDay };
  if (limit.unit === 'working-days') {
    const date = calendar.addWorkingDays(countedFrom, limit.value);
    return { basis: 'working-days', date, instant: closingOf(date, periods), ...counting };
  }
  const instant = calendar.addWorkingHours(startAt, limit.value);
  return { basis: 'working-hours', date: vietnamDateOf(instant), instant, ...counting };
}

/** One step's window: it starts when the previous one is due (or at the start) and is due at `due`. */
export type StepDeadline = { readonly stepId: string; readonly startsAt: Date; readonly due: DueDate };

export type StepDeadlineOptions = {
  /** Office hours per working day, to convert fractional days (0,5 ngày); default: those of `officeHours`. */
  readonly hoursPerDay?: number;
  readonly officeHours?: OfficeHours;
};

/**
 * The deadline of every step, in order, each counted from the previous step's deadline (the first from `startAt`,
 * usually `Appointment.startAt`). A whole number n of working days ends at the close of
 * `calendar.addWorkingDays(day of the start, n)`, as the appointment does, so steps that add up to the legal limit end
 * on the appointment; fractional days are converted to office hours (`hoursPerDay`) and counted like hours, with
 * `calendar.addWorkingHours`.
 */
export function stepDeadlines(
  steps: readonly Pick<ProcedureStep, 'id' | 'duration'>[],
  startAt: Date,
  calendar: BusinessCalendar,
  options: StepDeadlineOptions = {},
): StepDeadline[] {
  const periods = officePeriods(options.officeHours);
  const hoursPerDay = options.hoursPerDay ?? hoursPerOfficeDay(options.officeHours);
  const deadlines: StepDeadline[] = [];
  let from = new Date(startAt.getTime());
  for (const step of steps) {
    const { unit, value } = step.duration;
    let due: DueDate;
    if (unit === 'working-days' && Number.isInteger(value)) {
      const date = calendar.addWorkingDays(vietnamDateOf(from), value);
      due = { basis: 'working-days', date, instant: closingOf(date, periods) };
    } else {
      const hours = unit === 'working-days' ? value * hoursPerDay : value;
      const instant = calendar.addWorkingHours(from, hours);
      due = { basis: 'working-hours', date: vietnamDateOf(instant), instant };
    }
    deadlines.push({ stepId: step.id, startsAt: from, due });
    from = due.instant;
  }
  return deadlines;
}
