import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import { describe, expect, it } from 'vitest';
import {
  DOSSIER_STATES,
  DOSSIER_STATE_LABELS,
  DOSSIER_TRANSITIONS,
  dossierTransition,
  nextStep,
  receiveDossier,
  type Dossier,
  type DossierActor,
  type DossierCommand,
  type DossierCommandName,
  type DossierState,
} from './dossier.js';
import { isClockPaused } from './clock.js';
import { aProcedure } from './testing/index.js';

const calendar: BusinessCalendar = (() => {
  const created = createBusinessCalendar();
  if (!created.ok) throw created.error;
  return created.value;
})();
const vn = (local: string) => new Date(`${local}:00+07:00`);

const procedure = aProcedure().build();
const clerk: DossierActor = { id: 'vanthu', roles: ['van-thu'], unitId: 'mot-cua' };
const specialist: DossierActor = { id: 'tuphap', roles: ['chuyen-vien'], unitId: 'tu-phap' };
const leader: DossierActor = { id: 'chutich', roles: ['lanh-dao', 'chuyen-vien'] };
const everyone: DossierActor = { id: 'admin', roles: ['van-thu', 'chuyen-vien', 'lanh-dao'] };

const received = (): Dossier =>
  receiveDossier(
    {
      code: '000.00.14.H56-260213-0001',
      procedure,
      unitId: 'ubnd-hoang-hoa',
      receivedAt: vn('2026-02-13T09:00'),
      by: 'vanthu',
    },
    calendar,
  );

let minute = 0;
/** Applies commands in order, one minute apart from 10:00 on 23/02/2026, and fails the test on any error. */
function apply(dossier: Dossier, ...steps: [DossierCommand, DossierActor, string?][]): Dossier {
  let current = dossier;
  for (const [command, actor, note] of steps) {
    minute += 1;
    const at = new Date(vn('2026-02-23T10:00').getTime() + minute * 60_000);
    const result = dossierTransition(current, command, { actor, at, ...(note ? { note } : {}) }, procedure);
    if (!result.ok) throw result.error;
    current = result.value.dossier;
  }
  return current;
}

const allSteps = (): [DossierCommand, DossierActor][] => [
  [{ type: 'complete-step', stepId: 'tiep-nhan' }, clerk],
  [{ type: 'complete-step', stepId: 'tham-dinh' }, specialist],
  [{ type: 'complete-step', stepId: 'ky-duyet' }, leader],
];

/** A dossier in `state`, by the shortest legal path. */
function inState(state: DossierState, { allDone = false } = {}): Dossier {
  const start: [DossierCommand, DossierActor] = [{ type: 'start' }, clerk];
  switch (state) {
    case 'received':
      return received();
    case 'in-progress':
      return apply(received(), start, ...(allDone ? allSteps() : []));
    case 'awaiting-supplement':
      return apply(received(), start, [{ type: 'request-supplement' }, specialist, 'Thiếu bản sao CCCD']);
    case 'approved':
      return apply(received(), start, ...allSteps(), [{ type: 'approve' }, leader]);
    case 'returned':
      return apply(inState('approved'), [{ type: 'return' }, clerk]);
    case 'refused':
      return apply(received(), [{ type: 'refuse' }, clerk, 'Không thuộc thẩm quyền']);
    case 'withdrawn':
      return apply(received(), [{ type: 'withdraw' }, clerk]);
  }
}

const COMMANDS: DossierCommandName[] = [
  'start',
  'complete-step',
  'request-supplement',
  'supplement',
  'approve',
  'return',
  'refuse',
  'withdraw',
];
const commandOf = (name: DossierCommandName): DossierCommand =>
  name === 'complete-step' ? { type: 'complete-step', stepId: 'tiep-nhan' } : { type: name };

describe('receiveDossier', () => {
  it('starts received, with the appointment from the procedure and a running clock', () => {
    const dossier = received();
    expect(dossier.status).toBe('received');
    expect(dossier.procedureCode).toBe(procedure.code);
    expect(dossier.procedureVersion).toBe('1.0');
    expect(dossier.appointment.date).toBe('2026-02-25');
    expect(dossier.clock).toEqual({ startedAt: vn('2026-02-13T09:00'), pauses: [] });
    expect(dossier.completedAt).toBeNull();
    expect(dossier.history).toEqual([
      { from: null, to: 'received', command: 'receive', by: 'vanthu', at: vn('2026-02-13T09:00') },
    ]);
  });

  it('applies the cut-off: received at 15:30, the clock starts at the next opening', () => {
    const dossier = receiveDossier(
      { code: 'x', procedure, unitId: 'u', receivedAt: vn('2026-02-13T15:30'), by: 'vanthu', note: ' Nộp trực tuyến ' },
      calendar,
    );
    expect(dossier.appointment.date).toBe('2026-02-26');
    expect(dossier.clock.startedAt).toEqual(vn('2026-02-23T07:30'));
    expect(dossier.history[0]?.note).toBe('Nộp trực tuyến');
    expect(
      receiveDossier({ code: 'x', procedure, unitId: 'u', receivedAt: vn('2026-02-13T15:30'), by: 'v' }, calendar, {
        cutoff: '16:00',
      }).appointment.date,
    ).toBe('2026-02-25');
  });
});

describe('dossierTransition', () => {
  it('runs the whole way: received → in progress → steps → approved → returned', () => {
    const done = inState('returned');
    expect(done.status).toBe('returned');
    expect(done.completedSteps.map((step) => [step.stepId, step.by])).toEqual([
      ['tiep-nhan', 'vanthu'],
      ['tham-dinh', 'tuphap'],
      ['ky-duyet', 'chutich'],
    ]);
    expect(done.history.map((entry) => `${entry.command}:${entry.to}`)).toEqual([
      'receive:received',
      'start:in-progress',
      'complete-step:in-progress',
      'complete-step:in-progress',
      'complete-step:in-progress',
      'approve:approved',
      'return:returned',
    ]);
    expect(done.history[2]?.stepId).toBe('tiep-nhan');
    expect(done.completedAt).toEqual(done.history[6]?.at);
  });

  it('goes back and forth between in progress and awaiting papers, stopping and restarting the clock', () => {
    const waiting = inState('awaiting-supplement');
    expect(waiting.status).toBe('awaiting-supplement');
    expect(isClockPaused(waiting.clock)).toBe(true);
    expect(waiting.clock.pauses[0]?.reason).toBe('Thiếu bản sao CCCD');
    const back = apply(waiting, [{ type: 'supplement' }, clerk]);
    expect(back.status).toBe('in-progress');
    expect(isClockPaused(back.clock)).toBe(false);
    const again = apply(
      back,
      [{ type: 'request-supplement' }, specialist, 'Thiếu chữ ký'],
      [{ type: 'supplement' }, clerk],
    );
    expect(again.clock.pauses).toHaveLength(2);
    expect(again.history.filter((entry) => entry.command === 'request-supplement').map((entry) => entry.note)).toEqual([
      'Thiếu bản sao CCCD',
      'Thiếu chữ ký',
    ]);
  });

  it.each(DOSSIER_STATES.flatMap((state) => COMMANDS.map((command) => [state, command] as const)))(
    'from %s, %s is allowed exactly when the table says so',
    (state, command) => {
      const dossier = inState(state, { allDone: command === 'approve' });
      const result = dossierTransition(
        dossier,
        commandOf(command),
        { actor: everyone, at: vn('2026-03-31T09:00'), note: 'Lý do' },
        procedure,
      );
      const rule = DOSSIER_TRANSITIONS.find((candidate) => candidate.from === state && candidate.command === command);
      if (rule) {
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.dossier.status).toBe(rule.to);
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('DOSSIER_TRANSITION_NOT_ALLOWED');
          expect(result.error.details).toMatchObject({ from: state, command });
          expect(result.error.messageVi).toContain(DOSSIER_STATE_LABELS[state]);
        }
      }
    },
  );

  it('names both states in Vietnamese when refusing', () => {
    const result = dossierTransition(
      inState('returned'),
      { type: 'refuse' },
      { actor: clerk, at: vn('2026-03-31T09:00'), note: 'x' },
      procedure,
    );
    expect(result.ok || result.error.messageVi).toBe(
      'Không thể chuyển hồ sơ từ "Đã trả kết quả" sang "Từ chối giải quyết"',
    );
  });

  it('refuses a step completed by someone without the step role: STEP_ROLE_REQUIRED', () => {
    const dossier = apply(
      received(),
      [{ type: 'start' }, clerk],
      [{ type: 'complete-step', stepId: 'tiep-nhan' }, clerk],
      [{ type: 'complete-step', stepId: 'tham-dinh' }, specialist],
    );
    const result = dossierTransition(
      dossier,
      { type: 'complete-step', stepId: 'ky-duyet' },
      { actor: specialist, at: vn('2026-03-31T09:00') },
      procedure,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('STEP_ROLE_REQUIRED');
      expect(result.error.kind).toBe('forbidden');
      expect(result.error.details).toMatchObject({ stepId: 'ky-duyet', role: 'lanh-dao', actor: 'tuphap' });
      expect(result.error.messageVi).toBe('Bước "Ký duyệt kết quả" phải do người có vai trò "lanh-dao" thực hiện');
    }
  });

  it('refuses a step of a unit completed from another unit: STEP_UNIT_REQUIRED', () => {
    const unitProcedure = aProcedure()
      .withSteps([])
      .withStep({
        id: 'tham-dinh',
        duration: { unit: 'working-days', value: 3 },
        responsible: { role: 'chuyen-vien', unit: 'tu-phap' },
      })
      .build();
    const dossier = receiveDossier(
      { code: 'x', procedure: unitProcedure, unitId: 'u', receivedAt: vn('2026-03-02T09:00'), by: 'v' },
      calendar,
    );
    const started = dossierTransition(
      dossier,
      { type: 'start' },
      { actor: clerk, at: vn('2026-03-02T09:05') },
      unitProcedure,
    );
    if (!started.ok) throw started.error;
    const outsider: DossierActor = { id: 'dc', roles: ['chuyen-vien'], unitId: 'dia-chinh' };
    const refused = dossierTransition(
      started.value.dossier,
      { type: 'complete-step', stepId: 'tham-dinh' },
      { actor: outsider, at: vn('2026-03-02T10:00') },
      unitProcedure,
    );
    expect(refused.ok || refused.error.code).toBe('STEP_UNIT_REQUIRED');
    const noUnit = dossierTransition(
      started.value.dossier,
      { type: 'complete-step', stepId: 'tham-dinh' },
      { actor: { id: 'n', roles: ['chuyen-vien'] }, at: vn('2026-03-02T10:00') },
      unitProcedure,
    );
    expect(noUnit.ok || noUnit.error.code).toBe('STEP_UNIT_REQUIRED');
    const accepted = dossierTransition(
      started.value.dossier,
      { type: 'complete-step', stepId: 'tham-dinh' },
      { actor: specialist, at: vn('2026-03-02T10:00') },
      unitProcedure,
    );
    expect(accepted.ok).toBe(true);
  });

  it('takes steps in order, once each: STEP_OUT_OF_ORDER, STEP_UNKNOWN, STEP_ALREADY_COMPLETED', () => {
    const dossier = inState('in-progress');
    const skipped = dossierTransition(
      dossier,
      { type: 'complete-step', stepId: 'tham-dinh' },
      { actor: everyone, at: vn('2026-03-31T09:00') },
      procedure,
    );
    expect(skipped.ok || [skipped.error.code, skipped.error.details['expected']]).toEqual([
      'STEP_OUT_OF_ORDER',
      'tiep-nhan',
    ]);
    expect(skipped.ok || skipped.error.messageVi).toBe(
      'Bước "tham-dinh" không phải bước tiếp theo; bước cần thực hiện là "Tiếp nhận, kiểm tra hồ sơ"',
    );
    const unknown = dossierTransition(
      dossier,
      { type: 'complete-step', stepId: 'nop-thue' },
      { actor: everyone, at: vn('2026-03-31T09:00') },
      procedure,
    );
    expect(unknown.ok || unknown.error.code).toBe('STEP_UNKNOWN');
    const all = inState('in-progress', { allDone: true });
    expect(nextStep(all, procedure)).toBeNull();
    const twice = dossierTransition(
      all,
      { type: 'complete-step', stepId: 'ky-duyet' },
      { actor: everyone, at: vn('2026-03-31T09:00') },
      procedure,
    );
    expect(twice.ok || [twice.error.code, twice.error.messageVi]).toEqual([
      'STEP_ALREADY_COMPLETED',
      'Bước "Ký duyệt kết quả" đã hoàn thành',
    ]);
    const first = dossierTransition(
      all,
      { type: 'complete-step', stepId: 'tiep-nhan' },
      { actor: everyone, at: vn('2026-03-31T09:00') },
      procedure,
    );
    expect(first.ok || first.error.details['by']).toBe('vanthu');
  });

  it('approves only when every step is done: DOSSIER_STEPS_INCOMPLETE', () => {
    const dossier = apply(
      received(),
      [{ type: 'start' }, clerk],
      [{ type: 'complete-step', stepId: 'tiep-nhan' }, clerk],
    );
    const result = dossierTransition(
      dossier,
      { type: 'approve' },
      { actor: leader, at: vn('2026-03-31T09:00') },
      procedure,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('DOSSIER_STEPS_INCOMPLETE');
      expect(result.error.details['stepIds']).toEqual(['tham-dinh', 'ky-duyet']);
    }
  });

  it('needs a reason to request papers or to refuse: DOSSIER_REASON_REQUIRED', () => {
    const dossier = inState('in-progress');
    for (const type of ['request-supplement', 'refuse'] as const) {
      const result = dossierTransition(
        dossier,
        { type },
        { actor: specialist, at: vn('2026-03-31T09:00'), note: '   ' },
        procedure,
      );
      expect(result.ok || result.error.code).toBe('DOSSIER_REASON_REQUIRED');
    }
    const withdrawn = dossierTransition(
      dossier,
      { type: 'withdraw' },
      { actor: clerk, at: vn('2026-03-31T09:00') },
      procedure,
    );
    expect(withdrawn.ok).toBe(true);
  });

  it('refuses an instant before the last event: DOSSIER_TIME_BEFORE_LAST', () => {
    const result = dossierTransition(
      received(),
      { type: 'start' },
      { actor: clerk, at: vn('2026-02-13T08:59') },
      procedure,
    );
    expect(result.ok || result.error.code).toBe('DOSSIER_TIME_BEFORE_LAST');
  });

  it('refuses another procedure or version: DOSSIER_PROCEDURE_MISMATCH', () => {
    const other = aProcedure().withVersion('2.0').build();
    const result = dossierTransition(
      received(),
      { type: 'start' },
      { actor: clerk, at: vn('2026-02-23T09:00') },
      other,
    );
    expect(result.ok || [result.error.code, result.error.details['actual']]).toEqual([
      'DOSSIER_PROCEDURE_MISMATCH',
      '1.001193.000.00.00.H56 v2.0',
    ]);
  });

  it('ends the dossier on refusal or withdrawal, even while awaiting papers', () => {
    const refused = apply(inState('awaiting-supplement'), [{ type: 'refuse' }, clerk, 'Quá hạn bổ sung']);
    expect(refused.status).toBe('refused');
    expect(refused.completedAt).not.toBeNull();
    expect(inState('withdrawn').completedAt).not.toBeNull();
  });

  it('returns the history entry it appended and never changes its input', () => {
    const dossier = inState('in-progress');
    const before = structuredClone(dossier);
    const result = dossierTransition(
      dossier,
      { type: 'request-supplement' },
      { actor: specialist, at: vn('2026-03-31T09:00'), note: ' Thiếu tờ khai ' },
      procedure,
    );
    expect(dossier).toEqual(before);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.transition).toEqual({
        from: 'in-progress',
        to: 'awaiting-supplement',
        command: 'request-supplement',
        by: 'tuphap',
        at: vn('2026-03-31T09:00'),
        note: 'Thiếu tờ khai',
      });
      expect(result.value.dossier.history.at(-1)).toEqual(result.value.transition);
    }
  });
});
