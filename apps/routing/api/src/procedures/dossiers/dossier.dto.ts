import type { BusinessCalendar } from '@lienthong/calendar';
import {
  COMPLETION_CLASSES,
  COMPLETION_CLASS_LABELS,
  DOSSIER_STATES,
  DOSSIER_STATE_LABELS,
  WORKING_UNITS,
  classifyCompletion,
  isClockPaused,
  pausedWorkingHours,
  type DossierState,
} from '@lienthong/workflows';
import { z } from 'zod';
import type { DossierRow } from '../../db/dossier.table.js';
import { asOfFor, movedDue, plannedStepDeadlines } from '../../dossiers/dossier-columns.js';
import type { LoadedDossier } from '../../dossiers/dossier-store.js';

/** What can be done next to an open dossier: its current step, approval, returning the result, or the papers. */
export const NEXT_ACTIONS = ['complete-step', 'approve', 'return', 'resume'] as const;
export type NextAction = (typeof NEXT_ACTIONS)[number];

export function nextActionOf(status: DossierState, currentStepId: string | null): NextAction | null {
  if (status === 'in-progress') return currentStepId === null ? 'approve' : 'complete-step';
  if (status === 'approved') return 'return';
  if (status === 'awaiting-supplement') return 'resume';
  return null;
}

/** A dossier in lists and work queues: indexed columns only, never the stored JSON. */
export const DossierSummaryDto = z.object({
  id: z.uuid(),
  code: z.string(),
  orgId: z.string(),
  procedure: z.object({ code: z.string(), version: z.string(), name: z.string() }),
  applicantName: z.string(),
  status: z.enum(DOSSIER_STATES),
  statusLabel: z.string(),
  /** The next step to complete, with its deadline moved by pauses; null once every step is done or it ended. */
  currentStep: z
    .object({ id: z.string(), name: z.string(), role: z.string().nullable(), unit: z.string().nullable(), dueAt: z.date().nullable() })
    .nullable(),
  nextAction: z.enum(NEXT_ACTIONS).nullable(),
  receivedAt: z.date(),
  /** The appointment printed on the receipt (ngày hẹn trả). */
  appointmentDate: z.iso.date(),
  appointmentAt: z.date(),
  /** The appointment moved by requests for papers: lateness is measured against it. */
  dueDate: z.iso.date(),
  dueAt: z.date(),
  /** The day the citizen now holds: the last apology letter's, else `dueDate`. */
  currentAppointmentDate: z.iso.date(),
  /** Open, and a result given now would be late (quá hạn). */
  overdue: z.boolean(),
  completedAt: z.date().nullable(),
  classification: z.enum(COMPLETION_CLASSES).nullable(),
  classificationLabel: z.string().nullable(),
  hasApology: z.boolean(),
  /** The row version: pass it back as `version` to refuse a command if someone changed the dossier meanwhile. */
  version: z.number().int(),
});
export type DossierSummaryDto = z.infer<typeof DossierSummaryDto>;

export function toDossierSummaryDto(row: DossierRow, now: Date): DossierSummaryDto {
  return {
    id: row.id,
    code: row.code,
    orgId: row.orgId,
    procedure: { code: row.procedureCode, version: row.procedureVersion, name: row.procedureName },
    applicantName: row.applicantName,
    status: row.status,
    statusLabel: DOSSIER_STATE_LABELS[row.status],
    currentStep:
      row.currentStepId === null
        ? null
        : {
            id: row.currentStepId,
            name: row.currentStepName ?? row.currentStepId,
            role: row.currentStepRole,
            unit: row.currentStepUnit,
            dueAt: row.currentStepDueAt,
          },
    nextAction: nextActionOf(row.status, row.currentStepId),
    receivedAt: row.receivedAt,
    appointmentDate: row.appointmentDate,
    appointmentAt: row.appointmentAt,
    dueDate: row.dueDate,
    dueAt: row.dueAt,
    currentAppointmentDate: row.currentAppointmentDate,
    overdue: row.completedAt === null && row.overdueAt !== null && now.getTime() >= row.overdueAt.getTime(),
    completedAt: row.completedAt,
    classification: row.classification,
    classificationLabel: row.classification === null ? null : COMPLETION_CLASS_LABELS[row.classification],
    hasApology: row.hasApology,
    version: row.rowVersion,
  };
}

const DueDto = z.object({ basis: z.enum(WORKING_UNITS), date: z.iso.date(), instant: z.date() });

const StepDto = z.object({
  id: z.string(),
  name: z.string(),
  responsible: z.object({ role: z.string().optional(), unit: z.string().optional(), title: z.string().optional() }),
  duration: z.object({ unit: z.enum(WORKING_UNITS), value: z.number() }),
  state: z.enum(['done', 'current', 'pending']),
  startsAt: z.date(),
  /** The step's deadline from the procedure's step table (`stepDeadlines`). */
  plannedDue: DueDto,
  /** The same moved by the clock's pauses (`dueWithPauses`, an open pause counted up to now). */
  due: DueDto.extend({ pausedHours: z.number() }),
  completedBy: z.string().nullable(),
  completedAt: z.date().nullable(),
  /** For a done step: completed after its (moved) deadline. */
  late: z.boolean().nullable(),
});

/** One dossier with everything about it: steps and their deadlines, clock and pauses, history, apology letters. */
export const DossierDetailDto = DossierSummaryDto.extend({
  applicant: z.object({ name: z.string(), idNumber: z.string().optional(), phone: z.string().optional() }),
  appointment: DueDto.extend({
    receivedOn: z.iso.date(),
    countedFrom: z.iso.date(),
    startAt: z.date(),
    deferred: z.boolean(),
  }),
  due: DueDto.extend({ pausedHours: z.number(), paused: z.boolean() }),
  procedureDetail: z.object({
    timeLimit: z.object({ unit: z.enum(WORKING_UNITS), value: z.number() }),
    records: z.array(z.object({ name: z.string(), keptBy: z.string(), retention: z.object({ kind: z.string(), years: z.number().optional() }) })),
  }),
  steps: z.array(StepDto),
  clock: z.object({
    startedAt: z.date(),
    paused: z.boolean(),
    /** Office hours the clock has been stopped (counted from its start, an open pause up to now). */
    pausedHours: z.number(),
    pauses: z.array(z.object({ pausedAt: z.date(), resumedAt: z.date().nullable(), reason: z.string().nullable() })),
  }),
  history: z.array(
    z.object({
      from: z.enum(DOSSIER_STATES).nullable(),
      to: z.enum(DOSSIER_STATES),
      command: z.string(),
      by: z.string(),
      at: z.date(),
      note: z.string().nullable(),
      stepId: z.string().nullable(),
    }),
  ),
  apologies: z.array(
    z.object({ issuedAt: z.date(), by: z.string(), reason: z.string(), previousAppointment: z.iso.date(), newAppointment: z.iso.date() }),
  ),
});
export type DossierDetailDto = z.infer<typeof DossierDetailDto>;

/** The detail at `now`: deadlines moved by pauses are computed again by the lib, not read from the columns. */
export function toDossierDetailDto(loaded: LoadedDossier, calendar: BusinessCalendar, now: Date): DossierDetailDto {
  const { row, dossier, procedure } = loaded;
  const asOf = dossier.completedAt ?? asOfFor(dossier, now);
  const due = movedDue(dossier, dossier.appointment, calendar, asOf);
  const paused = pausedWorkingHours(dossier.clock, calendar, { asOf });
  if (!paused.ok) throw paused.error;
  const planned = plannedStepDeadlines(dossier, procedure, calendar);
  const done = new Map(dossier.completedSteps.map((step) => [step.stepId, step]));
  const steps = procedure.steps.map((step, index) => {
    // `stepDeadlines` returns one deadline per step, in order.
    const deadline = planned[index] as (typeof planned)[number];
    const moved = movedDue(dossier, deadline.due, calendar, asOf);
    const completed = done.get(step.id);
    return {
      id: step.id,
      name: step.name,
      responsible: step.responsible,
      duration: step.duration,
      state: completed ? ('done' as const) : step.id === row.currentStepId ? ('current' as const) : ('pending' as const),
      startsAt: deadline.startsAt,
      plannedDue: deadline.due,
      due: { basis: moved.basis, date: moved.date, instant: moved.instant, pausedHours: moved.pausedHours },
      completedBy: completed?.by ?? null,
      completedAt: completed?.at ?? null,
      late: completed ? classifyCompletion(completed.at, moved) === 'qua-han' : null,
    };
  });
  return {
    ...toDossierSummaryDto(row, now),
    applicant: row.applicant,
    appointment: dossier.appointment,
    due: { basis: due.basis, date: due.date, instant: due.instant, pausedHours: due.pausedHours, paused: due.paused },
    procedureDetail: { timeLimit: procedure.timeLimit, records: procedure.records },
    steps,
    clock: {
      startedAt: dossier.clock.startedAt,
      paused: isClockPaused(dossier.clock),
      pausedHours: paused.value,
      pauses: dossier.clock.pauses.map((pause) => ({ pausedAt: pause.pausedAt, resumedAt: pause.resumedAt, reason: pause.reason ?? null })),
    },
    history: dossier.history.map((entry) => ({
      from: entry.from,
      to: entry.to,
      command: entry.command,
      by: entry.by,
      at: entry.at,
      note: entry.note ?? null,
      stepId: entry.stepId ?? null,
    })),
    apologies: dossier.apologies.map((letter) => ({ ...letter })),
  };
}
