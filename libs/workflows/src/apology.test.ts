import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import { describe, expect, it } from 'vitest';
import { currentAppointment, issueApologyLetter } from './apology.js';
import { dossierTransition, receiveDossier, type Dossier, type DossierActor, type DossierCommand } from './dossier.js';
import { aProcedure } from './testing/index.js';

const calendar: BusinessCalendar = (() => {
  const created = createBusinessCalendar();
  if (!created.ok) throw created.error;
  return created.value;
})();
const vn = (local: string) => new Date(`${local}:00+07:00`);
const procedure = aProcedure().build();
const staff: DossierActor = { id: 'staff', roles: ['van-thu', 'chuyen-vien', 'lanh-dao'] };

/** Received Friday 13/02/2026 09:00 (appointment Wednesday 25/02), then `steps` at the given local times. */
function dossier(...steps: [DossierCommand, string, string?][]): Dossier {
  let current = receiveDossier(
    { code: 'x', procedure, unitId: 'u', receivedAt: vn('2026-02-13T09:00'), by: 'vanthu' },
    calendar,
  );
  for (const [command, at, note] of steps) {
    const result = dossierTransition(
      current,
      command,
      { actor: staff, at: vn(at), ...(note ? { note } : {}) },
      procedure,
    );
    if (!result.ok) throw result.error;
    current = result.value.dossier;
  }
  return current;
}

const started = (): Dossier => dossier([{ type: 'start' }, '2026-02-13T09:30']);

function apologise(
  target: Dossier,
  newAppointment: string,
  at = '2026-02-25T09:00',
  reason = 'Chờ xác minh của cơ quan khác',
) {
  return issueApologyLetter(target, { reason, newAppointment, at: vn(at), by: 'tuphap' }, calendar);
}

describe('issueApologyLetter', () => {
  it('records the letter with the reason, the previous and the new appointment, and keeps the state', () => {
    const result = apologise(started(), '2026-02-27');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.letter).toEqual({
      issuedAt: vn('2026-02-25T09:00'),
      by: 'tuphap',
      reason: 'Chờ xác minh của cơ quan khác',
      previousAppointment: '2026-02-25',
      newAppointment: '2026-02-27',
    });
    expect(result.value.dossier.status).toBe('in-progress');
    expect(result.value.dossier.apologies).toEqual([result.value.letter]);
    expect(result.value.dossier.history.at(-1)).toMatchObject({
      from: 'in-progress',
      to: 'in-progress',
      command: 'issue-apology',
      by: 'tuphap',
    });
    // The original appointment is kept as it was.
    expect(result.value.dossier.appointment.date).toBe('2026-02-25');
  });

  it('is allowed while received, awaiting papers or approved but not yet returned', () => {
    expect(apologise(dossier(), '2026-02-27').ok).toBe(true);
    const waiting = dossier(
      [{ type: 'start' }, '2026-02-13T09:30'],
      [{ type: 'request-supplement' }, '2026-02-13T10:00', 'Thiếu tờ khai'],
    );
    expect(apologise(waiting, '2026-03-31', '2026-02-24T09:00').ok).toBe(true);
    const approved = dossier(
      [{ type: 'start' }, '2026-02-13T09:30'],
      [{ type: 'complete-step', stepId: 'tiep-nhan' }, '2026-02-23T09:00'],
      [{ type: 'complete-step', stepId: 'tham-dinh' }, '2026-02-24T09:00'],
      [{ type: 'complete-step', stepId: 'ky-duyet' }, '2026-02-25T09:00'],
      [{ type: 'approve' }, '2026-02-25T09:30'],
    );
    expect(apologise(approved, '2026-02-26', '2026-02-25T16:00').ok).toBe(true);
  });

  it('is refused once the dossier has ended (returned, refused, withdrawn): APOLOGY_NOT_ALLOWED', () => {
    const refused = dossier([{ type: 'refuse' }, '2026-02-13T10:00', 'Không thuộc thẩm quyền']);
    const withdrawn = dossier([{ type: 'withdraw' }, '2026-02-13T10:00']);
    const returned = dossier(
      [{ type: 'start' }, '2026-02-13T09:30'],
      [{ type: 'complete-step', stepId: 'tiep-nhan' }, '2026-02-23T09:00'],
      [{ type: 'complete-step', stepId: 'tham-dinh' }, '2026-02-24T09:00'],
      [{ type: 'complete-step', stepId: 'ky-duyet' }, '2026-02-25T09:00'],
      [{ type: 'approve' }, '2026-02-25T09:30'],
      [{ type: 'return' }, '2026-02-25T10:00'],
    );
    for (const [target, label] of [
      [refused, 'Từ chối giải quyết'],
      [withdrawn, 'Đã rút hồ sơ'],
      [returned, 'Đã trả kết quả'],
    ] as const) {
      const result = apologise(target, '2026-02-27', '2026-02-26T09:00');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('APOLOGY_NOT_ALLOWED');
        expect(result.error.messageVi).toBe(`Không lập phiếu xin lỗi và hẹn lại ngày trả kết quả cho hồ sơ "${label}"`);
      }
    }
  });

  it('needs a reason: APOLOGY_REASON_REQUIRED', () => {
    const result = apologise(started(), '2026-02-27', '2026-02-25T09:00', ' \n ');
    expect(result.ok || result.error.code).toBe('APOLOGY_REASON_REQUIRED');
  });

  it('needs a new day after the current appointment: APOLOGY_DATE_NOT_LATER', () => {
    for (const day of ['2026-02-25', '2026-02-24']) {
      const result = apologise(started(), day);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('APOLOGY_DATE_NOT_LATER');
        expect(result.error.details).toMatchObject({ newAppointment: day, current: '2026-02-25' });
      }
    }
  });

  it('measures a second letter against the first one’s date', () => {
    const first = apologise(started(), '2026-02-27');
    if (!first.ok) throw first.error;
    const same = apologise(first.value.dossier, '2026-02-27', '2026-02-27T09:00');
    expect(same.ok || same.error.code).toBe('APOLOGY_DATE_NOT_LATER');
    const second = apologise(first.value.dossier, '2026-03-03', '2026-02-27T09:00');
    expect(second.ok).toBe(true);
    if (second.ok) {
      expect(second.value.letter.previousAppointment).toBe('2026-02-27');
      expect(second.value.dossier.apologies).toHaveLength(2);
    }
  });

  it('needs a working day: APOLOGY_DATE_NOT_WORKING_DAY', () => {
    const result = apologise(started(), '2026-02-28');
    expect(result.ok || result.error.code).toBe('APOLOGY_DATE_NOT_WORKING_DAY');
  });

  it('refuses an instant before the last event: DOSSIER_TIME_BEFORE_LAST', () => {
    const result = apologise(started(), '2026-02-27', '2026-02-13T09:00');
    expect(result.ok || result.error.code).toBe('DOSSIER_TIME_BEFORE_LAST');
  });

  it('takes pauses into account for the current appointment', () => {
    // Paused Tue 24/02 07:30 → Thu 26/02 07:30: two office days, so the appointment moved to Friday 27/02.
    const paused = dossier(
      [{ type: 'start' }, '2026-02-13T09:30'],
      [{ type: 'request-supplement' }, '2026-02-24T07:30', 'Thiếu tờ khai'],
      [{ type: 'supplement' }, '2026-02-26T07:30'],
    );
    const current = currentAppointment(paused, calendar, { asOf: vn('2026-02-26T09:00') });
    expect(current).toEqual({ ok: true, value: '2026-02-27' });
    expect(apologise(paused, '2026-02-27', '2026-02-26T09:00').ok).toBe(false);
    expect(apologise(paused, '2026-03-02', '2026-02-26T09:00').ok).toBe(true);
  });
});
