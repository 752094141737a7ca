import { vietnamDateOf, type BusinessCalendar, type OfficeHours } from '@lienthong/calendar';
import { ok, type Result } from '@lienthong/kernel';
import type { DueDate } from './appointment.js';
import { classifyCompletion, type CompletionClass } from './classification.js';
import { dueWithPauses } from './clock.js';
import type { Dossier } from './dossier.js';
import type { WorkflowsError } from './errors.js';

/** How a dossier ended: result returned, refused (an answer too, due within the same limit), withdrawn; null if open. */
export type DossierOutcome = 'returned' | 'refused' | 'withdrawn';

/**
 * What the on-time report needs of one dossier. `due` is its deadline with pauses applied and apology letters ignored
 * (`onTimeRecordOf` computes it).
 */
export type OnTimeRecord = {
  readonly procedureCode: string;
  readonly unitId: string;
  readonly receivedAt: Date;
  readonly due: DueDate;
  readonly completedAt: Date | null;
  readonly outcome: DossierOutcome | null;
  /** An apology letter was issued: the dossier counts as late once completed (see `classifyDossier`). */
  readonly apologized?: boolean;
};

/** The report line of a dossier at `asOf`: its deadline moved by its pauses (an open pause counted up to `asOf`). */
export function onTimeRecordOf(
  dossier: Dossier,
  calendar: BusinessCalendar,
  options: { readonly asOf: Date; readonly officeHours?: OfficeHours },
): Result<OnTimeRecord, WorkflowsError> {
  const asOf = dossier.completedAt ?? options.asOf;
  const due = dueWithPauses(dossier.clock, dossier.appointment, calendar, { ...options, asOf });
  if (!due.ok) return due;
  const outcome: DossierOutcome | null =
    dossier.status === 'returned' || dossier.status === 'refused' || dossier.status === 'withdrawn'
      ? dossier.status
      : null;
  return ok({
    procedureCode: dossier.procedureCode,
    unitId: dossier.unitId,
    receivedAt: dossier.receivedAt,
    due: { basis: due.value.basis, date: due.value.date, instant: due.value.instant },
    completedAt: dossier.completedAt,
    outcome,
    apologized: dossier.apologies.length > 0,
  });
}

export type OnTimeGroupBy = 'procedure' | 'unit' | 'month';

export type OnTimeReportOptions = {
  readonly groupBy: OnTimeGroupBy;
  /** The instant of the report: later receipts are left out, later completions count as in progress. */
  readonly asOf: Date;
  /**
   * For `groupBy: 'month'`: the month of receipt (default), or the month of completion, where open dossiers fall in
   * the month of `asOf` (what is still on the desk at the end of the period).
   */
  readonly month?: 'received' | 'completed';
};

/** Counts of one group (a procedure, a unit or a month `YYYY-MM`), or of all dossiers. */
export type OnTimeCounts = {
  readonly key: string;
  /** Dossiers counted in this group, withdrawn ones included. */
  readonly total: number;
  /** Returned or refused by `asOf`. */
  readonly completed: number;
  readonly truocHan: number;
  readonly dungHan: number;
  readonly quaHan: number;
  /** (trước hạn + đúng hạn) / completed; null when nothing was completed. */
  readonly onTimeRate: number | null;
  /** Still open at `asOf`: overdue (a result given now would be late) and not yet due. */
  readonly inProgress: number;
  readonly overdue: number;
  readonly notYetDue: number;
  readonly withdrawn: number;
};

export type OnTimeReport = {
  readonly asOf: Date;
  readonly groupBy: OnTimeGroupBy;
  /** Sorted by key. */
  readonly groups: readonly OnTimeCounts[];
  readonly total: OnTimeCounts;
};

type Tally = { -readonly [K in keyof OnTimeCounts]: OnTimeCounts[K] };

function emptyTally(key: string): Tally {
  return {
    key,
    total: 0,
    completed: 0,
    truocHan: 0,
    dungHan: 0,
    quaHan: 0,
    onTimeRate: null,
    inProgress: 0,
    overdue: 0,
    notYetDue: 0,
    withdrawn: 0,
  };
}

type Bucket =
  | { kind: 'completed'; class: CompletionClass }
  | { kind: 'withdrawn' }
  | { kind: 'open'; overdue: boolean };

function add(tally: Tally, bucket: Bucket): void {
  tally.total += 1;
  if (bucket.kind === 'withdrawn') tally.withdrawn += 1;
  else if (bucket.kind === 'open') {
    tally.inProgress += 1;
    if (bucket.overdue) tally.overdue += 1;
    else tally.notYetDue += 1;
  } else {
    tally.completed += 1;
    if (bucket.class === 'truoc-han') tally.truocHan += 1;
    else if (bucket.class === 'dung-han') tally.dungHan += 1;
    else tally.quaHan += 1;
  }
}

function finish(tally: Tally): OnTimeCounts {
  return { ...tally, onTimeRate: tally.completed === 0 ? null : (tally.truocHan + tally.dungHan) / tally.completed };
}

/**
 * The on-time report (tỷ lệ giải quyết đúng hạn, ISO 9001 clause 9.1): per procedure, unit or month, the completed
 * dossiers by class (`classifyCompletion` against `due`), the on-time rate (trước hạn + đúng hạn) / completed, and
 * the dossiers still open at `asOf`, overdue or not yet due. Refused dossiers count as completed (the refusal is the
 * answer, owed within the same limit); withdrawn ones are counted apart and left out of the rate.
 */
export function onTimeReport(records: readonly OnTimeRecord[], options: OnTimeReportOptions): OnTimeReport {
  const asOfMs = options.asOf.getTime();
  const groups = new Map<string, Tally>();
  const total = emptyTally('*');
  for (const record of records) {
    if (record.receivedAt.getTime() > asOfMs) continue;
    const ended = record.completedAt !== null && record.outcome !== null && record.completedAt.getTime() <= asOfMs;
    const bucket: Bucket = !ended
      ? { kind: 'open', overdue: classifyCompletion(options.asOf, record.due) === 'qua-han' }
      : record.outcome === 'withdrawn'
        ? { kind: 'withdrawn' }
        : {
            kind: 'completed',
            class: record.apologized ? 'qua-han' : classifyCompletion(record.completedAt as Date, record.due),
          };
    let key: string;
    if (options.groupBy === 'procedure') key = record.procedureCode;
    else if (options.groupBy === 'unit') key = record.unitId;
    else {
      const basis =
        options.month === 'completed' ? (ended ? (record.completedAt as Date) : options.asOf) : record.receivedAt;
      key = vietnamDateOf(basis).slice(0, 7);
    }
    let tally = groups.get(key);
    if (!tally) {
      tally = emptyTally(key);
      groups.set(key, tally);
    }
    add(tally, bucket);
    add(total, bucket);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(finish);
  return { asOf: new Date(asOfMs), groupBy: options.groupBy, groups: sorted, total: finish(total) };
}
