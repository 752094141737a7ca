import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import { describe, expect, it } from 'vitest';
import { dossierTransition, receiveDossier, type Dossier, type DossierActor, type DossierCommand } from './dossier.js';
import { onTimeRecordOf, onTimeReport, type OnTimeRecord } from './report.js';
import { aProcedure } from './testing/index.js';

const calendar: BusinessCalendar = (() => {
  const created = createBusinessCalendar();
  if (!created.ok) throw created.error;
  return created.value;
})();
const vn = (local: string) => new Date(`${local}:00+07:00`);

/** A record due at the end of `due`, received `received`, ended at `completed` (or still open). */
function record(
  procedureCode: string,
  unitId: string,
  received: string,
  due: string,
  completed: string | null,
  outcome: OnTimeRecord['outcome'] = completed ? 'returned' : null,
): OnTimeRecord {
  return {
    procedureCode,
    unitId,
    receivedAt: vn(received),
    due: { basis: 'working-days', date: due, instant: vn(`${due}T17:00`) },
    completedAt: completed ? vn(completed) : null,
    outcome,
  };
}

const records: OnTimeRecord[] = [
  record('KS', 'tu-phap', '2026-02-02T09:00', '2026-02-05', '2026-02-04T10:00'), // trước hạn
  record('KS', 'tu-phap', '2026-02-03T09:00', '2026-02-06', '2026-02-06T16:00'), // đúng hạn
  record('KS', 'tu-phap', '2026-02-04T09:00', '2026-02-09', '2026-02-10T08:00'), // quá hạn
  record('KS', 'tu-phap', '2026-02-05T09:00', '2026-02-10', '2026-02-09T08:00', 'refused'), // trước hạn (refusal)
  record('CT', 'tu-phap', '2026-03-02T09:00', '2026-03-02', '2026-03-02T14:00'), // đúng hạn
  record('CT', 'tu-phap', '2026-03-03T09:00', '2026-03-03', null), // open, overdue at asOf
  record('DD', 'dia-chinh', '2026-03-04T09:00', '2026-03-20', null), // open, not yet due
  record('DD', 'dia-chinh', '2026-03-05T09:00', '2026-03-20', '2026-03-06T09:00', 'withdrawn'),
  record('DD', 'dia-chinh', '2026-03-05T09:00', '2026-03-10', '2026-03-11T09:00'), // completed after asOf: open, overdue
  record('DD', 'dia-chinh', '2026-03-11T09:00', '2026-03-16', null), // received after asOf: left out
];
const asOf = vn('2026-03-10T18:00');

describe('onTimeReport', () => {
  it('groups by procedure, with counts per class, the on-time rate and the open dossiers', () => {
    const report = onTimeReport(records, { groupBy: 'procedure', asOf });
    expect(report.groupBy).toBe('procedure');
    expect(report.asOf).toEqual(asOf);
    expect(report.groups.map((group) => group.key)).toEqual(['CT', 'DD', 'KS']);
    const [ct, dd, ks] = report.groups;
    expect(ks).toEqual({
      key: 'KS',
      total: 4,
      completed: 4,
      truocHan: 2,
      dungHan: 1,
      quaHan: 1,
      onTimeRate: 0.75,
      inProgress: 0,
      overdue: 0,
      notYetDue: 0,
      withdrawn: 0,
    });
    expect(ct).toMatchObject({
      total: 2,
      completed: 1,
      dungHan: 1,
      onTimeRate: 1,
      inProgress: 1,
      overdue: 1,
      notYetDue: 0,
    });
    expect(dd).toMatchObject({
      total: 3,
      completed: 0,
      onTimeRate: null,
      inProgress: 2,
      overdue: 0,
      notYetDue: 2,
      withdrawn: 1,
    });
    expect(report.total).toEqual({
      key: '*',
      total: 9,
      completed: 5,
      truocHan: 2,
      dungHan: 2,
      quaHan: 1,
      onTimeRate: 0.8,
      inProgress: 3,
      overdue: 1,
      notYetDue: 2,
      withdrawn: 1,
    });
  });

  it('counts a dossier due today as not yet due, and one due yesterday as overdue', () => {
    const report = onTimeReport(
      [
        record('A', 'u', '2026-03-02T09:00', '2026-03-10', null),
        record('A', 'u', '2026-03-02T09:00', '2026-03-09', null),
      ],
      { groupBy: 'procedure', asOf },
    );
    expect(report.total).toMatchObject({ inProgress: 2, overdue: 1, notYetDue: 1 });
  });

  it('groups by unit', () => {
    const report = onTimeReport(records, { groupBy: 'unit', asOf });
    expect(report.groups.map((group) => [group.key, group.total, group.completed, group.onTimeRate])).toEqual([
      ['dia-chinh', 3, 0, null],
      ['tu-phap', 6, 5, 0.8],
    ]);
  });

  it('groups by month of receipt, in Vietnam time', () => {
    const edge = record('A', 'u', '2026-03-31T23:30', '2026-04-03', null);
    const report = onTimeReport([...records, edge], { groupBy: 'month', asOf: vn('2026-04-01T09:00') });
    expect(report.groups.map((group) => [group.key, group.total])).toEqual([
      ['2026-02', 4],
      ['2026-03', 7],
    ]);
  });

  it('groups by month of completion, open dossiers in the month of the report', () => {
    const report = onTimeReport(records, { groupBy: 'month', month: 'completed', asOf });
    expect(report.groups.map((group) => [group.key, group.completed, group.inProgress, group.withdrawn])).toEqual([
      ['2026-02', 4, 0, 0],
      ['2026-03', 1, 3, 1],
    ]);
  });

  it('gives an empty report for no dossiers', () => {
    const report = onTimeReport([], { groupBy: 'unit', asOf });
    expect(report.groups).toEqual([]);
    expect(report.total).toMatchObject({ total: 0, completed: 0, onTimeRate: null });
  });
});

describe('onTimeRecordOf', () => {
  const procedure = aProcedure().build();
  const staff: DossierActor = { id: 'staff', roles: ['van-thu', 'chuyen-vien', 'lanh-dao'] };
  const run = (target: Dossier, ...steps: [DossierCommand, string, string?][]) =>
    steps.reduce((current, [command, at, note]) => {
      const result = dossierTransition(
        current,
        command,
        { actor: staff, at: vn(at), ...(note ? { note } : {}) },
        procedure,
      );
      if (!result.ok) throw result.error;
      return result.value.dossier;
    }, target);
  const received = () =>
    receiveDossier(
      { code: 'x', procedure, unitId: 'tu-phap', receivedAt: vn('2026-03-02T09:00'), by: 'vanthu' },
      calendar,
    );

  it('takes the deadline moved by pauses, an open one counted up to asOf, and ignores apology letters', () => {
    // Appointment Thursday 05/03; paused since Tuesday 03/03 07:30.
    const waiting = run(
      received(),
      [{ type: 'start' }, '2026-03-02T09:30'],
      [{ type: 'request-supplement' }, '2026-03-03T07:30', 'Thiếu tờ khai'],
    );
    const result = onTimeRecordOf(waiting, calendar, { asOf: vn('2026-03-04T17:00') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      procedureCode: procedure.code,
      unitId: 'tu-phap',
      completedAt: null,
      outcome: null,
    });
    // Two office days stopped by Wednesday evening: due Monday 09/03.
    expect(result.value.due.date).toBe('2026-03-09');
    const report = onTimeReport([result.value], { groupBy: 'unit', asOf: vn('2026-03-04T17:00') });
    expect(report.total).toMatchObject({ inProgress: 1, notYetDue: 1 });
  });

  it('counts a completed dossier with an apology letter as late', () => {
    const base = { procedureCode: 'P', unitId: 'u', receivedAt: vn('2026-03-02T09:00'), outcome: 'returned' as const };
    const due = { basis: 'working-days' as const, date: '2026-03-05', instant: vn('2026-03-05T17:00') };
    const report = onTimeReport(
      [
        { ...base, due, completedAt: vn('2026-03-04T09:00') },
        { ...base, due, completedAt: vn('2026-03-04T09:00'), apologized: true },
      ],
      { groupBy: 'unit', asOf: vn('2026-03-31T09:00') },
    );
    expect(report.total).toMatchObject({ completed: 2, truocHan: 1, quaHan: 1, onTimeRate: 0.5 });
  });

  it('measures an ended dossier up to its end and gives its outcome', () => {
    const refused = run(received(), [{ type: 'refuse' }, '2026-03-06T09:00', 'Không thuộc thẩm quyền']);
    const result = onTimeRecordOf(refused, calendar, { asOf: vn('2026-03-31T09:00') });
    expect(result.ok && result.value.outcome).toBe('refused');
    if (result.ok) {
      expect(result.value.due.date).toBe('2026-03-05');
      expect(onTimeReport([result.value], { groupBy: 'unit', asOf: vn('2026-03-31T09:00') }).total).toMatchObject({
        completed: 1,
        quaHan: 1,
        onTimeRate: 0,
      });
    }
  });
});
