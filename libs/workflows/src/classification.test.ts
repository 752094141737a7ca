import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import { describe, expect, it } from 'vitest';
import { issueApologyLetter } from './apology.js';
import { appointmentDate } from './appointment.js';
import { COMPLETION_CLASS_LABELS, classifyCompletion, classifyDossier } from './classification.js';
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

function run(target: Dossier, ...steps: [DossierCommand, string, string?][]): Dossier {
  let current = target;
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

/** Received Friday 13/02/2026 09:00 (appointment Wednesday 25/02), processed, approved and returned at `returnedAt`. */
function returnedAt(at: string, before: (dossier: Dossier) => Dossier = (d) => d): Dossier {
  const received = receiveDossier(
    { code: 'x', procedure, unitId: 'u', receivedAt: vn('2026-02-13T09:00'), by: 'vanthu' },
    calendar,
  );
  const worked = before(run(received, [{ type: 'start' }, '2026-02-13T09:30']));
  return run(
    worked,
    [{ type: 'complete-step', stepId: 'tiep-nhan' }, at],
    [{ type: 'complete-step', stepId: 'tham-dinh' }, at],
    [{ type: 'complete-step', stepId: 'ky-duyet' }, at],
    [{ type: 'approve' }, at],
    [{ type: 'return' }, at],
  );
}

describe('classifyCompletion', () => {
  it('compares the day in Vietnam with the appointment day', () => {
    expect(classifyCompletion(vn('2026-02-24T16:59'), '2026-02-25')).toBe('truoc-han');
    expect(classifyCompletion(vn('2026-02-25T07:30'), '2026-02-25')).toBe('dung-han');
    expect(classifyCompletion(vn('2026-02-25T23:59'), '2026-02-25')).toBe('dung-han');
    expect(classifyCompletion(vn('2026-02-26T00:00'), '2026-02-25')).toBe('qua-han');
    // 23:30 UTC on the 24th is already the 25th in Hà Nội.
    expect(classifyCompletion(new Date('2026-02-24T23:30:00Z'), '2026-02-25')).toBe('dung-han');
  });

  it('uses the whole day for an appointment in working days', () => {
    const appointment = appointmentDate(vn('2026-02-13T09:00'), { unit: 'working-days', value: 3 }, calendar);
    expect(classifyCompletion(vn('2026-02-25T17:30'), appointment)).toBe('dung-han');
  });

  it('also uses the time for an appointment in working hours', () => {
    const appointment = appointmentDate(vn('2026-03-05T09:00'), { unit: 'working-hours', value: 4 }, calendar);
    expect(classifyCompletion(vn('2026-03-04T16:00'), appointment)).toBe('truoc-han');
    expect(classifyCompletion(vn('2026-03-05T14:00'), appointment)).toBe('dung-han');
    expect(classifyCompletion(vn('2026-03-05T15:00'), appointment)).toBe('dung-han');
    expect(classifyCompletion(vn('2026-03-05T15:01'), appointment)).toBe('qua-han');
  });

  it('has Vietnamese labels', () => {
    expect(COMPLETION_CLASS_LABELS).toEqual({ 'truoc-han': 'Trước hạn', 'dung-han': 'Đúng hạn', 'qua-han': 'Quá hạn' });
  });
});

describe('classifyDossier', () => {
  it('classifies a returned dossier against its appointment', () => {
    expect(classifyDossier(returnedAt('2026-02-24T10:00'), calendar)).toEqual({ ok: true, value: 'truoc-han' });
    expect(classifyDossier(returnedAt('2026-02-25T16:00'), calendar)).toEqual({ ok: true, value: 'dung-han' });
    expect(classifyDossier(returnedAt('2026-02-26T08:00'), calendar)).toEqual({ ok: true, value: 'qua-han' });
  });

  it('keeps a dossier late when an apology letter set a new date and it was returned on that date', () => {
    const late = returnedAt('2026-02-27T10:00', (dossier) => {
      const apology = issueApologyLetter(
        dossier,
        { reason: 'Chờ kết quả xác minh', newAppointment: '2026-02-27', at: vn('2026-02-25T15:00'), by: 'tuphap' },
        calendar,
      );
      if (!apology.ok) throw apology.error;
      return apology.value.dossier;
    });
    expect(late.apologies).toHaveLength(1);
    expect(classifyDossier(late, calendar)).toEqual({ ok: true, value: 'qua-han' });
  });

  it('counts a dossier with an apology letter as late even when it is returned before the original appointment', () => {
    const apologized = returnedAt('2026-02-24T10:00', (dossier) => {
      const apology = issueApologyLetter(
        dossier,
        {
          reason: 'Chờ ý kiến của cơ quan liên quan',
          newAppointment: '2026-02-27',
          at: vn('2026-02-23T15:00'),
          by: 'lanhdao',
        },
        calendar,
      );
      if (!apology.ok) throw apology.error;
      return apology.value.dossier;
    });
    expect(classifyDossier(apologized, calendar)).toEqual({ ok: true, value: 'qua-han' });
    expect(classifyDossier(returnedAt('2026-02-24T10:00'), calendar)).toEqual({ ok: true, value: 'truoc-han' });
  });

  it('moves the appointment by requests for papers, which are not lateness', () => {
    // Paused Tue 24/02 07:30 → Thu 26/02 07:30 (two office days): due Friday 27/02.
    const paused = (dossier: Dossier) =>
      run(
        dossier,
        [{ type: 'request-supplement' }, '2026-02-24T07:30', 'Thiếu tờ khai'],
        [{ type: 'supplement' }, '2026-02-26T07:30'],
      );
    expect(classifyDossier(returnedAt('2026-02-27T16:00', paused), calendar)).toEqual({ ok: true, value: 'dung-han' });
    expect(classifyDossier(returnedAt('2026-03-02T08:00', paused), calendar)).toEqual({ ok: true, value: 'qua-han' });
  });

  it('classifies a refusal, even one made while awaiting papers, and not a withdrawal or an open dossier', () => {
    const received = receiveDossier(
      { code: 'x', procedure, unitId: 'u', receivedAt: vn('2026-02-13T09:00'), by: 'vanthu' },
      calendar,
    );
    const refused = run(
      received,
      [{ type: 'start' }, '2026-02-13T09:30'],
      [{ type: 'request-supplement' }, '2026-02-23T09:00', 'Thiếu tờ khai'],
      [{ type: 'refuse' }, '2026-03-09T09:00', 'Không bổ sung'],
    );
    // The open pause is counted up to the refusal: 23/02 09:00 → 09/03 09:00 is 75 office hours (10 days), so the
    // appointment moved from 25/02 to 11/03 and the refusal on 09/03 came before it.
    expect(classifyDossier(refused, calendar)).toEqual({ ok: true, value: 'truoc-han' });
    expect(classifyDossier(run(received, [{ type: 'withdraw' }, '2026-03-09T09:00']), calendar)).toEqual({
      ok: true,
      value: null,
    });
    expect(classifyDossier(received, calendar)).toEqual({ ok: true, value: null });
  });
});
