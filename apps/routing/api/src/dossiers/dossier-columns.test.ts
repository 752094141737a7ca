import { createBusinessCalendar } from '@lienthong/calendar';
import {
  classifyCompletion,
  dossierTransition,
  onTimeRecordOf,
  onTimeReport,
  receiveDossier,
  type DueDate,
  type Dossier,
} from '@lienthong/workflows';
import { aProcedure } from '@lienthong/workflows/testing';
import { describe, expect, it } from 'vitest';
import { dossierColumns, firstLateInstant } from './dossier-columns.js';
import { dossierFromJson, dossierToJson } from './stored-dossier.js';

const calendar = (() => {
  const built = createBusinessCalendar();
  if (!built.ok) throw built.error;
  return built.value;
})();
const procedure = aProcedure().build();
const at = (text: string) => new Date(text);

function move(dossier: Dossier, command: Parameters<typeof dossierTransition>[1], when: string, roles: string[], note?: string): Dossier {
  const moved = dossierTransition(dossier, command, { actor: { id: 'u', roles, unitId: 'xa' }, at: at(when), note }, procedure);
  if (!moved.ok) throw moved.error;
  return moved.value.dossier;
}

function received(when = '2026-03-02T09:00:00+07:00'): Dossier {
  const dossier = receiveDossier({ code: 'X-260302-0001', procedure, unitId: 'xa', receivedAt: at(when), by: 'vanthu' }, calendar);
  return move(dossier, { type: 'start' }, when, []);
}

/** Whether the stored columns say "overdue at `asOf`", as the report's SQL does. */
function overdueBySql(dossier: Dossier, asOf: Date): boolean {
  const columns = dossierColumns(dossier, procedure, calendar, asOf);
  return columns.completedAt === null && columns.overdueAt !== null && asOf.getTime() >= columns.overdueAt.getTime();
}

/** What the lib's report says of one open dossier at `asOf`. */
function overdueByLib(dossier: Dossier, asOf: Date): boolean {
  const record = onTimeRecordOf(dossier, calendar, { asOf });
  if (!record.ok) throw record.error;
  return onTimeReport([record.value], { groupBy: 'procedure', asOf }).total.overdue === 1;
}

describe('firstLateInstant', () => {
  it.each<DueDate>([
    { basis: 'working-days', date: '2026-03-05', instant: at('2026-03-05T17:00:00+07:00') },
    { basis: 'working-hours', date: '2026-03-05', instant: at('2026-03-05T10:15:00+07:00') },
  ])('is the first instant classifyCompletion calls late ($basis)', (due) => {
    const first = firstLateInstant(due);
    expect(classifyCompletion(new Date(first.getTime() - 1), due)).not.toBe('qua-han');
    expect(classifyCompletion(first, due)).toBe('qua-han');
  });
});

describe('dossierColumns', () => {
  it('gives the first step and its deadline, and the appointment', () => {
    const columns = dossierColumns(received(), procedure, calendar, at('2026-03-02T10:00:00+07:00'));
    expect(columns).toMatchObject({
      status: 'in-progress',
      currentStepId: 'tiep-nhan',
      currentStepRole: 'van-thu',
      currentStepUnit: null,
      currentStepDueAt: at('2026-03-03T17:00:00+07:00'),
      dueDate: '2026-03-05',
      currentAppointmentDate: '2026-03-05',
      overdueAt: at('2026-03-06T00:00:00+07:00'),
      classification: null,
      hasApology: false,
    });
  });

  it('agrees with the lib about "overdue now", paused or not', () => {
    const open = received();
    const pausedInTime = move(open, { type: 'request-supplement' }, '2026-03-04T09:00:00+07:00', ['van-thu'], 'Thiếu bản sao');
    const pausedLate = move(open, { type: 'request-supplement' }, '2026-03-09T09:00:00+07:00', ['van-thu'], 'Thiếu bản sao');
    for (const asOf of ['2026-03-05T16:00:00+07:00', '2026-03-06T00:00:00+07:00', '2026-03-10T09:00:00+07:00', '2026-04-20T09:00:00+07:00']) {
      expect(overdueBySql(open, at(asOf))).toBe(overdueByLib(open, at(asOf)));
      expect(overdueBySql(pausedInTime, at(asOf))).toBe(overdueByLib(pausedInTime, at(asOf)));
      if (asOf >= '2026-03-09') expect(overdueBySql(pausedLate, at(asOf))).toBe(overdueByLib(pausedLate, at(asOf)));
    }
    expect(dossierColumns(pausedInTime, procedure, calendar, at('2026-03-04T10:00:00+07:00')).overdueAt).toBeNull();
    expect(overdueBySql(pausedLate, at('2026-03-10T09:00:00+07:00'))).toBe(true);
  });

  it('stores the class of an ended dossier', () => {
    let dossier = received();
    dossier = move(dossier, { type: 'complete-step', stepId: 'tiep-nhan' }, '2026-03-02T10:00:00+07:00', ['van-thu']);
    dossier = move(dossier, { type: 'complete-step', stepId: 'tham-dinh' }, '2026-03-03T10:00:00+07:00', ['chuyen-vien']);
    dossier = move(dossier, { type: 'complete-step', stepId: 'ky-duyet' }, '2026-03-04T10:00:00+07:00', ['lanh-dao']);
    dossier = move(dossier, { type: 'approve' }, '2026-03-04T11:00:00+07:00', ['lanh-dao']);
    dossier = move(dossier, { type: 'return' }, '2026-03-04T15:00:00+07:00', ['van-thu']);
    expect(dossierColumns(dossier, procedure, calendar, at('2026-03-20T09:00:00+07:00'))).toMatchObject({
      status: 'returned',
      currentStepId: null,
      overdueAt: null,
      classification: 'truoc-han',
      completedAt: at('2026-03-04T15:00:00+07:00'),
    });
  });
});

describe('stored dossier', () => {
  it('reads back, through JSON, as the same value with real dates', () => {
    const dossier = move(received(), { type: 'request-supplement' }, '2026-03-04T09:00:00+07:00', ['van-thu'], 'Thiếu bản sao');
    const back = dossierFromJson(JSON.parse(JSON.stringify(dossierToJson(dossier))));
    expect(back).toEqual(dossier);
    expect(back.clock.pauses[0]?.pausedAt).toBeInstanceOf(Date);
  });
});
