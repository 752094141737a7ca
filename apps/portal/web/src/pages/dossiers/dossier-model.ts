import type { IntakeInputs, IntakeOutputs } from '@lienthong/intake-api/router';
import type { RoutingInputs, RoutingOutputs } from '@lienthong/routing-api/router';

/**
 * What the dossier pages know about one-stop dossiers (hồ sơ thủ tục hành chính). The portal ships no domain library,
 * so the few code lists it shows are copied here, typed against the services' outputs: a state added in
 * libs/workflows fails typecheck (`Record<DossierStatus, …>` below and the catalogue's keys) instead of drifting.
 */

/** A dossier as intake's desk received it: the receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
export type ReceivedDossier = IntakeOutputs['dossiers']['get'];
export type ReceiveDossierInput = IntakeInputs['dossiers']['receive'];
export type FindReceivedInput = NonNullable<IntakeInputs['dossiers']['find']>;

/** A dossier as routing tracks it: lists and work queues. */
export type DossierSummary = RoutingOutputs['dossiers']['find']['items'][number];
/** One dossier with its steps, clock, history and apology letters (`dossiers.get`). */
export type DossierDetail = RoutingOutputs['dossiers']['get'];
export type DossierStep = DossierDetail['steps'][number];
export type DossierHistoryEntry = DossierDetail['history'][number];
export type ApologyLetter = DossierDetail['apologies'][number];
export type FindDossiersInput = NonNullable<RoutingInputs['dossiers']['find']>;
export type IssueApologyInput = RoutingInputs['dossiers']['issueApology'];

export type DossierStatus = DossierSummary['status'];
export type CompletionClass = NonNullable<DossierSummary['classification']>;
export type NextAction = NonNullable<DossierSummary['nextAction']>;
export type WorkingUnit = DossierDetail['appointment']['basis'];

/** The lifecycle's states in their order (libs/workflows DOSSIER_STATES). */
export const DOSSIER_STATUSES = [
  'received',
  'in-progress',
  'awaiting-supplement',
  'approved',
  'returned',
  'refused',
  'withdrawn',
] as const satisfies readonly DossierStatus[];

/** Every state is listed above: a state the services add and the portal forgets makes this line a type error. */
type MissingStatus = Exclude<DossierStatus, (typeof DOSSIER_STATUSES)[number]>;
export const EVERY_STATUS_LISTED: [MissingStatus] extends [never] ? true : never = true;

/** States after which nothing happens to a dossier any more (libs/workflows FINAL_DOSSIER_STATES). */
export const FINAL_DOSSIER_STATUSES = ['returned', 'refused', 'withdrawn'] as const satisfies readonly DossierStatus[];

export function isFinal(status: DossierStatus): boolean {
  return (FINAL_DOSSIER_STATUSES as readonly DossierStatus[]).includes(status);
}

/** The commands a history line can name (libs/workflows' DossierCommandName, the receipt and the apology letter). */
export const HISTORY_COMMANDS = [
  'receive',
  'start',
  'complete-step',
  'request-supplement',
  'supplement',
  'approve',
  'return',
  'refuse',
  'withdraw',
  'issue-apology',
] as const;
export type HistoryCommand = (typeof HISTORY_COMMANDS)[number];

export function isHistoryCommand(value: string): value is HistoryCommand {
  return (HISTORY_COMMANDS as readonly string[]).includes(value);
}

export const WORKING_UNITS = ['working-days', 'working-hours'] as const satisfies readonly WorkingUnit[];

/** A time limit or a step's duration, in the catalogue's words: `3 ngày làm việc`, `0,5 ngày làm việc`, `4 giờ làm việc`. */
export function durationParams(duration: { unit: WorkingUnit; value: number }, locale: 'vi' | 'en') {
  const value = locale === 'vi' ? String(duration.value).replace('.', ',') : String(duration.value);
  return { key: `dossiers.duration.${duration.unit}` as const, params: { value } };
}

/** An appointment for the citizen: the day, and the hour too when the limit is counted in working hours. */
export function appointmentShowsTime(basis: WorkingUnit): boolean {
  return basis === 'working-hours';
}
