import type { BusinessCalendar, IsoDate } from '@lienthong/calendar';
import { err, ok, type Result } from '@lienthong/kernel';
import { appointmentDate, type Appointment, type AppointmentOptions } from './appointment.js';
import { pauseClock, resumeClock, startClock, type DossierClock } from './clock.js';
import { workflowsError, type WorkflowsError } from './errors.js';
import type { ProcedureDefinition, ProcedureStep } from './procedure.js';

/**
 * States of a dossier at the one-stop desk (Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP): received (tiếp nhận),
 * in progress through the procedure's steps, awaiting additional papers (chờ bổ sung), approved, result returned
 * (trả kết quả); or refused (từ chối, with a reason) or withdrawn (rút hồ sơ).
 */
export const DOSSIER_STATES = [
  'received',
  'in-progress',
  'awaiting-supplement',
  'approved',
  'returned',
  'refused',
  'withdrawn',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];
export const DOSSIER_STATE_LABELS: Readonly<Record<DossierState, string>> = {
  received: 'Đã tiếp nhận',
  'in-progress': 'Đang giải quyết',
  'awaiting-supplement': 'Chờ bổ sung hồ sơ',
  approved: 'Đã phê duyệt, chờ trả kết quả',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối giải quyết',
  withdrawn: 'Đã rút hồ sơ',
};

/** States after which nothing happens to a dossier any more. */
export const FINAL_DOSSIER_STATES: readonly DossierState[] = ['returned', 'refused', 'withdrawn'];

export type DossierCommandName =
  | 'start'
  | 'complete-step'
  | 'request-supplement'
  | 'supplement'
  | 'approve'
  | 'return'
  | 'refuse'
  | 'withdraw';

/** What to do to a dossier; `complete-step` names the step. */
export type DossierCommand =
  | { readonly type: Exclude<DossierCommandName, 'complete-step'> }
  | { readonly type: 'complete-step'; readonly stepId: string };

export type DossierTransitionRule = {
  readonly from: DossierState;
  readonly command: DossierCommandName;
  readonly to: DossierState;
};

/**
 * Every allowed move; any other (state, command) pair is refused. The desk hands the dossier to the specialist unit
 * (start); steps are completed in order while in progress; a request for additional papers stops the clock until they
 * arrive; approval needs every step done; the result is then returned. Refusal and withdrawal end a dossier that is not
 * yet approved.
 */
export const DOSSIER_TRANSITIONS: readonly DossierTransitionRule[] = [
  { from: 'received', command: 'start', to: 'in-progress' },
  { from: 'in-progress', command: 'complete-step', to: 'in-progress' },
  { from: 'in-progress', command: 'request-supplement', to: 'awaiting-supplement' },
  { from: 'awaiting-supplement', command: 'supplement', to: 'in-progress' },
  { from: 'in-progress', command: 'approve', to: 'approved' },
  { from: 'approved', command: 'return', to: 'returned' },
  { from: 'received', command: 'refuse', to: 'refused' },
  { from: 'in-progress', command: 'refuse', to: 'refused' },
  { from: 'awaiting-supplement', command: 'refuse', to: 'refused' },
  { from: 'received', command: 'withdraw', to: 'withdrawn' },
  { from: 'in-progress', command: 'withdraw', to: 'withdrawn' },
  { from: 'awaiting-supplement', command: 'withdraw', to: 'withdrawn' },
];

/** Commands that must say why: the citizen is told what is missing or why the dossier is refused. */
const COMMANDS_NEEDING_REASON: ReadonlySet<DossierCommandName> = new Set(['request-supplement', 'refuse']);

/** Who acts: a user id, the user's roles (realm roles such as `chuyen-vien`) and unit. */
export type DossierActor = { readonly id: string; readonly roles: readonly string[]; readonly unitId?: string };

export type DossierContext = { readonly actor: DossierActor; readonly at: Date; readonly note?: string };

export type CompletedStep = { readonly stepId: string; readonly by: string; readonly at: Date };

/** Phiếu xin lỗi và hẹn lại ngày trả kết quả: why the dossier is late and the new date. */
export type ApologyLetter = {
  readonly issuedAt: Date;
  readonly by: string;
  readonly reason: string;
  readonly previousAppointment: IsoDate;
  readonly newAppointment: IsoDate;
};

/** One line of history; `from` is null for the receipt; an apology letter keeps the state. */
export type DossierHistoryEntry = {
  readonly from: DossierState | null;
  readonly to: DossierState;
  readonly command: DossierCommandName | 'receive' | 'issue-apology';
  readonly by: string;
  readonly at: Date;
  readonly note?: string;
  readonly stepId?: string;
};

/** A dossier as plain data: identity, the procedure version it follows, its appointment, clock and history. */
export type Dossier = {
  readonly code: string;
  readonly procedureCode: string;
  readonly procedureVersion: string;
  /** The unit responsible for the dossier (for reports by unit). */
  readonly unitId: string;
  readonly receivedAt: Date;
  /** The appointment given at receipt. Pauses move it (`dueWithPauses`); apology letters never do for reporting. */
  readonly appointment: Appointment;
  readonly status: DossierState;
  readonly completedSteps: readonly CompletedStep[];
  readonly clock: DossierClock;
  readonly apologies: readonly ApologyLetter[];
  /** When the dossier ended: returned, refused or withdrawn; null before. */
  readonly completedAt: Date | null;
  readonly history: readonly DossierHistoryEntry[];
};

export type ReceiveDossierInput = {
  readonly code: string;
  readonly procedure: ProcedureDefinition;
  readonly unitId: string;
  readonly receivedAt: Date;
  readonly by: string;
  readonly note?: string;
};

function noteOf(note: string | undefined): { note?: string } {
  const trimmed = note?.trim();
  return trimmed ? { note: trimmed } : {};
}

/**
 * A dossier just received at the desk under `procedure` (the version in force): its appointment from the procedure's
 * time limit (`appointmentDate`, with the cut-off) and a clock started at the appointment's `startAt`.
 */
export function receiveDossier(
  input: ReceiveDossierInput,
  calendar: BusinessCalendar,
  options: AppointmentOptions = {},
): Dossier {
  const appointment = appointmentDate(input.receivedAt, input.procedure.timeLimit, calendar, options);
  const at = new Date(input.receivedAt.getTime());
  return {
    code: input.code,
    procedureCode: input.procedure.code,
    procedureVersion: input.procedure.version,
    unitId: input.unitId,
    receivedAt: at,
    appointment,
    status: 'received',
    completedSteps: [],
    clock: startClock(appointment.startAt),
    apologies: [],
    completedAt: null,
    history: [{ from: null, to: 'received', command: 'receive', by: input.by, at, ...noteOf(input.note) }],
  };
}

function lastEventAt(dossier: Dossier): Date {
  return (dossier.history[dossier.history.length - 1] as DossierHistoryEntry).at;
}

function checkOrder(dossier: Dossier, at: Date): WorkflowsError | null {
  const last = lastEventAt(dossier);
  return at.getTime() < last.getTime() ? workflowsError('DOSSIER_TIME_BEFORE_LAST', { at, last }) : null;
}

/** The next step to complete, or null when all are done. */
export function nextStep(dossier: Dossier, procedure: ProcedureDefinition): ProcedureStep | null {
  const done = new Set(dossier.completedSteps.map((step) => step.stepId));
  return procedure.steps.find((step) => !done.has(step.id)) ?? null;
}

function checkStep(
  dossier: Dossier,
  procedure: ProcedureDefinition,
  stepId: string,
  actor: DossierActor,
): WorkflowsError | null {
  const step = procedure.steps.find((candidate) => candidate.id === stepId);
  if (!step) return workflowsError('STEP_UNKNOWN', { stepId });
  const done = dossier.completedSteps.find((completed) => completed.stepId === stepId);
  if (done) return workflowsError('STEP_ALREADY_COMPLETED', { stepId, stepName: step.name, by: done.by, at: done.at });
  // The step is not done, so some step is next.
  const expected = nextStep(dossier, procedure) as ProcedureStep;
  if (expected.id !== stepId)
    return workflowsError('STEP_OUT_OF_ORDER', { stepId, expected: expected.id, expectedName: expected.name });
  const { role, unit } = step.responsible;
  if (role !== undefined && !actor.roles.includes(role)) {
    return workflowsError('STEP_ROLE_REQUIRED', { stepId, stepName: step.name, role, actor: actor.id });
  }
  if (unit !== undefined && actor.unitId !== unit) {
    return workflowsError('STEP_UNIT_REQUIRED', { stepId, stepName: step.name, unit, actor: actor.id });
  }
  return null;
}

export type DossierTransitionResult = Result<{ dossier: Dossier; transition: DossierHistoryEntry }, WorkflowsError>;

/**
 * Applies `command` to a dossier per `DOSSIER_TRANSITIONS`, appending to its history. `procedure` is the version the
 * dossier follows. A request for additional papers stops the clock at `ctx.at`; their arrival restarts it; return,
 * refusal and withdrawal set `completedAt`. Fails with DOSSIER_PROCEDURE_MISMATCH, DOSSIER_TRANSITION_NOT_ALLOWED
 * (details from, to, command), DOSSIER_TIME_BEFORE_LAST, DOSSIER_REASON_REQUIRED (request-supplement, refuse without a
 * note), STEP_UNKNOWN, STEP_ALREADY_COMPLETED, STEP_OUT_OF_ORDER, STEP_ROLE_REQUIRED (the actor lacks the step's role), STEP_UNIT_REQUIRED
 * (the actor is not in the step's unit) or DOSSIER_STEPS_INCOMPLETE (approve before every step is done).
 */
export function dossierTransition(
  dossier: Dossier,
  command: DossierCommand,
  ctx: DossierContext,
  procedure: ProcedureDefinition,
): DossierTransitionResult {
  if (procedure.code !== dossier.procedureCode || procedure.version !== dossier.procedureVersion) {
    return err(
      workflowsError('DOSSIER_PROCEDURE_MISMATCH', {
        expected: `${dossier.procedureCode} v${dossier.procedureVersion}`,
        actual: `${procedure.code} v${procedure.version}`,
      }),
    );
  }
  const from = dossier.status;
  const rule = DOSSIER_TRANSITIONS.find((candidate) => candidate.from === from && candidate.command === command.type);
  if (!rule) {
    // Every command appears in the table, so its target is known even when this move is refused.
    const to = (DOSSIER_TRANSITIONS.find((candidate) => candidate.command === command.type) as DossierTransitionRule)
      .to;
    return err(
      workflowsError('DOSSIER_TRANSITION_NOT_ALLOWED', {
        from,
        to,
        command: command.type,
        fromLabel: DOSSIER_STATE_LABELS[from],
        toLabel: DOSSIER_STATE_LABELS[to],
      }),
    );
  }
  const outOfOrder = checkOrder(dossier, ctx.at);
  if (outOfOrder) return err(outOfOrder);
  const note = noteOf(ctx.note);
  if (COMMANDS_NEEDING_REASON.has(command.type) && !note.note) {
    return err(
      workflowsError('DOSSIER_REASON_REQUIRED', {
        to: rule.to,
        command: command.type,
        toLabel: DOSSIER_STATE_LABELS[rule.to],
      }),
    );
  }
  const at = new Date(ctx.at.getTime());
  let { clock, completedSteps, completedAt } = dossier;
  let stepId: { stepId?: string } = {};
  switch (command.type) {
    case 'complete-step': {
      const problem = checkStep(dossier, procedure, command.stepId, ctx.actor);
      if (problem) return err(problem);
      completedSteps = [...completedSteps, { stepId: command.stepId, by: ctx.actor.id, at }];
      stepId = { stepId: command.stepId };
      break;
    }
    case 'approve': {
      const done = new Set(completedSteps.map((step) => step.stepId));
      const missing = procedure.steps.filter((step) => !done.has(step.id)).map((step) => step.id);
      if (missing.length > 0)
        return err(workflowsError('DOSSIER_STEPS_INCOMPLETE', { missing: missing.join(', '), stepIds: missing }));
      break;
    }
    case 'request-supplement': {
      const paused = pauseClock(clock, at, note.note);
      if (!paused.ok) return paused;
      clock = paused.value;
      break;
    }
    case 'supplement': {
      const resumed = resumeClock(clock, at);
      if (!resumed.ok) return resumed;
      clock = resumed.value;
      break;
    }
    case 'return':
    case 'refuse':
    case 'withdraw':
      completedAt = at;
      break;
    case 'start':
      break;
  }
  const transition: DossierHistoryEntry = {
    from,
    to: rule.to,
    command: command.type,
    by: ctx.actor.id,
    at,
    ...note,
    ...stepId,
  };
  return ok({
    dossier: {
      ...dossier,
      status: rule.to,
      clock,
      completedSteps,
      completedAt,
      history: [...dossier.history, transition],
    },
    transition,
  });
}
