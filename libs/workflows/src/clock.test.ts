import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import { describe, expect, it } from 'vitest';
import { appointmentDate, type DueDate } from './appointment.js';
import {
  dueWithPauses,
  isClockPaused,
  pauseClock,
  pausedWorkingHours,
  resumeClock,
  startClock,
  type DossierClock,
} from './clock.js';

const calendar: BusinessCalendar = (() => {
  const created = createBusinessCalendar();
  if (!created.ok) throw created.error;
  return created.value;
})();
const vn = (local: string) => new Date(`${local}:00+07:00`);
const local = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

/** A clock started at `start` with one closed pause. */
function pausedBetween(start: string, from: string, to: string): DossierClock {
  const paused = unwrap(pauseClock(startClock(vn(start)), vn(from), 'Thiếu bản sao giấy tờ'));
  return unwrap(resumeClock(paused, vn(to)));
}

describe('startClock, pauseClock, resumeClock', () => {
  it('keeps pauses as plain data, oldest first, without touching the input', () => {
    const started = startClock(vn('2026-03-02T09:00'));
    const paused = unwrap(pauseClock(started, vn('2026-03-03T10:00'), '  Thiếu   tờ khai '));
    expect(started.pauses).toEqual([]);
    expect(isClockPaused(started)).toBe(false);
    expect(isClockPaused(paused)).toBe(true);
    expect(paused.pauses).toEqual([{ pausedAt: vn('2026-03-03T10:00'), resumedAt: null, reason: 'Thiếu   tờ khai' }]);
    const resumed = unwrap(resumeClock(paused, vn('2026-03-04T10:00')));
    expect(isClockPaused(resumed)).toBe(false);
    expect(resumed.pauses).toEqual([
      { pausedAt: vn('2026-03-03T10:00'), resumedAt: vn('2026-03-04T10:00'), reason: 'Thiếu   tờ khai' },
    ]);
    expect(paused.pauses[0]?.resumedAt).toBeNull();
  });

  it('omits an empty reason', () => {
    const paused = unwrap(pauseClock(startClock(vn('2026-03-02T09:00')), vn('2026-03-03T10:00'), '   '));
    expect(paused.pauses[0]).not.toHaveProperty('reason');
  });

  it('refuses to pause a paused clock: CLOCK_ALREADY_PAUSED', () => {
    const paused = unwrap(pauseClock(startClock(vn('2026-03-02T09:00')), vn('2026-03-03T10:00')));
    const again = pauseClock(paused, vn('2026-03-03T11:00'));
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('CLOCK_ALREADY_PAUSED');
      expect(again.error.kind).toBe('conflict');
      expect(again.error.details['pausedAt']).toEqual(vn('2026-03-03T10:00'));
    }
  });

  it('refuses to resume a running clock: CLOCK_NOT_PAUSED', () => {
    const running = startClock(vn('2026-03-02T09:00'));
    const resumed = resumeClock(running, vn('2026-03-03T10:00'));
    expect(resumed.ok || resumed.error.code).toBe('CLOCK_NOT_PAUSED');
    const twice = resumeClock(
      pausedBetween('2026-03-02T09:00', '2026-03-03T10:00', '2026-03-04T10:00'),
      vn('2026-03-05T10:00'),
    );
    expect(twice.ok || twice.error.code).toBe('CLOCK_NOT_PAUSED');
  });

  it('refuses an instant before the last pause or resumption: CLOCK_TIME_BEFORE_LAST', () => {
    const paused = unwrap(pauseClock(startClock(vn('2026-03-02T09:00')), vn('2026-03-03T10:00')));
    const early = resumeClock(paused, vn('2026-03-03T09:59'));
    expect(early.ok || early.error.code).toBe('CLOCK_TIME_BEFORE_LAST');
    const resumed = unwrap(resumeClock(paused, vn('2026-03-04T10:00')));
    const earlyPause = pauseClock(resumed, vn('2026-03-04T09:00'));
    expect(earlyPause.ok || earlyPause.error.code).toBe('CLOCK_TIME_BEFORE_LAST');
    // The same instant is not before.
    expect(pauseClock(resumed, vn('2026-03-04T10:00')).ok).toBe(true);
  });
});

describe('pausedWorkingHours', () => {
  it('counts only office time of working days: a pause over a weekend', () => {
    // Friday 06/03 14:00–17:00 (3 h) + Monday 09/03 07:30–10:00 (2.5 h).
    const clock = pausedBetween('2026-03-02T09:00', '2026-03-06T14:00', '2026-03-09T10:00');
    expect(unwrap(pausedWorkingHours(clock, calendar))).toBe(5.5);
  });

  it('counts nothing for the Tết break: a pause across Tết 2026', () => {
    // Thu 12/02 10:00–17:00 (5 h, lunch excluded) + Fri 13/02 (7.5) + Mon 23/02 (7.5) + Tue 24/02 07:30–10:00 (2.5).
    const clock = pausedBetween('2026-02-11T09:00', '2026-02-12T10:00', '2026-02-24T10:00');
    expect(unwrap(pausedWorkingHours(clock, calendar))).toBe(22.5);
  });

  it('counts nothing for a pause outside office hours', () => {
    expect(
      unwrap(pausedWorkingHours(pausedBetween('2026-03-02T09:00', '2026-03-03T11:45', '2026-03-03T13:15'), calendar)),
    ).toBe(0);
    expect(
      unwrap(pausedWorkingHours(pausedBetween('2026-03-02T09:00', '2026-03-06T17:00', '2026-03-09T07:30'), calendar)),
    ).toBe(0);
  });

  it('adds up several pauses', () => {
    let clock = pausedBetween('2026-03-02T09:00', '2026-03-02T10:00', '2026-03-02T11:00');
    clock = unwrap(pauseClock(clock, vn('2026-03-03T14:00')));
    clock = unwrap(resumeClock(clock, vn('2026-03-03T14:30')));
    expect(unwrap(pausedWorkingHours(clock, calendar))).toBe(1.5);
  });

  it('counts an open pause up to asOf, and needs asOf for it: CLOCK_AS_OF_REQUIRED', () => {
    const clock = unwrap(pauseClock(startClock(vn('2026-03-02T09:00')), vn('2026-03-03T10:00')));
    const missing = pausedWorkingHours(clock, calendar);
    expect(missing.ok || missing.error.code).toBe('CLOCK_AS_OF_REQUIRED');
    expect(unwrap(pausedWorkingHours(clock, calendar, { asOf: vn('2026-03-03T15:00') }))).toBe(3);
  });

  it('counts a pause only from the clock start (dossier received after the cut-off, paused at once)', () => {
    // Received Friday 06/03 at 16:00, counted from Monday 07:30; paused Friday 16:30, papers back Monday 10:00.
    const clock = unwrap(
      resumeClock(
        unwrap(pauseClock(startClock(vn('2026-03-09T07:30')), vn('2026-03-06T16:30'))),
        vn('2026-03-09T10:00'),
      ),
    );
    expect(unwrap(pausedWorkingHours(clock, calendar))).toBe(2.5);
  });

  it('uses the given office hours', () => {
    const clock = pausedBetween('2026-03-02T09:00', '2026-03-06T14:00', '2026-03-09T10:00');
    const hours = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    // Friday 14:00–17:00 (3 h) + Monday 08:00–10:00 (2 h).
    expect(unwrap(pausedWorkingHours(clock, calendar, { officeHours: hours }))).toBe(5);
  });
});

describe('dueWithPauses', () => {
  it('moves a day appointment by the paused working time, across Tết', () => {
    // Received Wed 11/02/2026 09:00, 3 days → 12/02, 13/02, 23/02. Paused 22.5 h (3 office days) → Thu 26/02.
    const appointment = appointmentDate(vn('2026-02-11T09:00'), { unit: 'working-days', value: 3 }, calendar);
    expect(appointment.date).toBe('2026-02-23');
    const clock = pausedBetween('2026-02-11T09:00', '2026-02-12T10:00', '2026-02-24T10:00');
    const due = unwrap(dueWithPauses(clock, appointment, calendar));
    expect(due.date).toBe('2026-02-26');
    expect(local(due.instant)).toBe('2026-02-26T17:00');
    expect(due.pausedHours).toBe(22.5);
    expect(due.paused).toBe(false);
    expect(due.basis).toBe('working-days');
  });

  it('moves a day appointment by whole days, rounded up, across a weekend', () => {
    // Received Wed 04/03 09:00, 3 days → Mon 09/03. Paused Fri 14:00 → Mon 10:00 = 5.5 h → one more day: Tue 10/03.
    const appointment = appointmentDate(vn('2026-03-04T09:00'), { unit: 'working-days', value: 3 }, calendar);
    expect(appointment.date).toBe('2026-03-09');
    const due = unwrap(
      dueWithPauses(pausedBetween('2026-03-04T09:00', '2026-03-06T14:00', '2026-03-09T10:00'), appointment, calendar),
    );
    expect(due.date).toBe('2026-03-10');
    expect(local(due.instant)).toBe('2026-03-10T17:00');
  });

  it('moves by exactly one day for a full office day, by two for a day and a minute', () => {
    const appointment = appointmentDate(vn('2026-03-02T09:00'), { unit: 'working-days', value: 3 }, calendar);
    expect(appointment.date).toBe('2026-03-05');
    const oneDay = pausedBetween('2026-03-02T09:00', '2026-03-03T07:30', '2026-03-03T17:00');
    expect(unwrap(dueWithPauses(oneDay, appointment, calendar)).date).toBe('2026-03-06');
    const more = pausedBetween('2026-03-02T09:00', '2026-03-03T07:30', '2026-03-04T07:31');
    expect(unwrap(dueWithPauses(more, appointment, calendar)).date).toBe('2026-03-09');
  });

  it('leaves the appointment alone when the clock never stopped in office time', () => {
    const appointment = appointmentDate(vn('2026-03-02T09:00'), { unit: 'working-days', value: 3 }, calendar);
    const due = unwrap(dueWithPauses(startClock(appointment.startAt), appointment, calendar));
    expect(due).toEqual({
      basis: 'working-days',
      date: '2026-03-05',
      instant: appointment.instant,
      pausedHours: 0,
      paused: false,
    });
  });

  it('moves an hour appointment by the exact paused time', () => {
    const appointment = appointmentDate(vn('2026-03-05T09:00'), { unit: 'working-hours', value: 4 }, calendar);
    const clock = pausedBetween('2026-03-05T09:00', '2026-03-05T10:00', '2026-03-05T11:00');
    const due = unwrap(dueWithPauses(clock, appointment, calendar));
    expect(local(due.instant)).toBe('2026-03-05T16:00');
    expect(due.basis).toBe('working-hours');
  });

  it('projects an open pause to asOf and says the clock is stopped', () => {
    const appointment: DueDate = { basis: 'working-days', date: '2026-03-05', instant: vn('2026-03-05T17:00') };
    const clock = unwrap(pauseClock(startClock(vn('2026-03-02T09:00')), vn('2026-03-03T07:30')));
    const due = unwrap(dueWithPauses(clock, appointment, calendar, { asOf: vn('2026-03-05T17:00') }));
    expect(due.pausedHours).toBe(22.5);
    expect(due.date).toBe('2026-03-10');
    expect(due.paused).toBe(true);
    const missing = dueWithPauses(clock, appointment, calendar);
    expect(missing.ok || missing.error.code).toBe('CLOCK_AS_OF_REQUIRED');
  });

  it('ignores a pause that began once the deadline had passed: a late dossier stays late', () => {
    // Due Thursday 05/03 17:00; papers requested on Friday 06/03.
    const appointment = appointmentDate(vn('2026-03-02T09:00'), { unit: 'working-days', value: 3 }, calendar);
    const late = pausedBetween('2026-03-02T09:00', '2026-03-06T09:00', '2026-03-10T09:00');
    const due = unwrap(dueWithPauses(late, appointment, calendar));
    expect(due).toMatchObject({ date: '2026-03-05', pausedHours: 0 });
    expect(unwrap(pausedWorkingHours(late, calendar))).toBe(15);
    const atTheClose = pausedBetween('2026-03-02T09:00', '2026-03-05T17:00', '2026-03-09T09:00');
    expect(unwrap(dueWithPauses(atTheClose, appointment, calendar)).date).toBe('2026-03-05');
  });

  it('counts a second pause that began after the original deadline but before the moved one', () => {
    // Due Thursday 05/03. First pause Tue 03/03 07:30–17:00 (one day) → due Friday 06/03; second pause on Friday.
    const appointment = appointmentDate(vn('2026-03-02T09:00'), { unit: 'working-days', value: 3 }, calendar);
    let clock = pausedBetween('2026-03-02T09:00', '2026-03-03T07:30', '2026-03-03T17:00');
    clock = unwrap(resumeClock(unwrap(pauseClock(clock, vn('2026-03-06T07:30'))), vn('2026-03-06T17:00')));
    const due = unwrap(dueWithPauses(clock, appointment, calendar));
    expect(due).toMatchObject({ date: '2026-03-09', pausedHours: 15 });
  });

  it('moves only the step deadlines a pause came before', () => {
    const first: DueDate = { basis: 'working-days', date: '2026-03-03', instant: vn('2026-03-03T17:00') };
    const last: DueDate = { basis: 'working-days', date: '2026-03-05', instant: vn('2026-03-05T17:00') };
    const clock = pausedBetween('2026-03-02T09:00', '2026-03-04T07:30', '2026-03-04T17:00');
    expect(unwrap(dueWithPauses(clock, first, calendar)).date).toBe('2026-03-03');
    expect(unwrap(dueWithPauses(clock, last, calendar)).date).toBe('2026-03-06');
  });
});
