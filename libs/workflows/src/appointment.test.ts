import { createBusinessCalendar, type BusinessCalendar } from '@lienthong/calendar';
import { describe, expect, it } from 'vitest';
import { appointmentDate, stepDeadlines } from './appointment.js';
import { aProcedure } from './testing/index.js';

const calendar: BusinessCalendar = (() => {
  const created = createBusinessCalendar();
  if (!created.ok) throw created.error;
  return created.value;
})();

/** An instant given as Vietnam local time. */
const vn = (local: string) => new Date(`${local}:00+07:00`);
/** An instant shown as Vietnam local time, `YYYY-MM-DDTHH:MM`. */
const local = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

const threeDays = { unit: 'working-days', value: 3 } as const;
const fourHours = { unit: 'working-hours', value: 4 } as const;

describe('appointmentDate, limits in working days', () => {
  it('pins the Tết 2026 example: received Friday 13/02/2026, 3 working days → Wednesday 25/02/2026', () => {
    const appointment = appointmentDate(vn('2026-02-13T09:00'), threeDays, calendar);
    expect(appointment.date).toBe('2026-02-25');
    expect(local(appointment.instant)).toBe('2026-02-25T17:00');
    expect(appointment.basis).toBe('working-days');
    expect(appointment.receivedOn).toBe('2026-02-13');
    expect(appointment.countedFrom).toBe('2026-02-13');
    expect(appointment.deferred).toBe(false);
    expect(appointment.startAt.getTime()).toBe(vn('2026-02-13T09:00').getTime());
  });

  it('counts a receipt at 14:59 and at 15:00 from the same day, at 15:01 from the next working day', () => {
    expect(appointmentDate(vn('2026-02-13T14:59'), threeDays, calendar).date).toBe('2026-02-25');
    expect(appointmentDate(vn('2026-02-13T15:00'), threeDays, calendar).date).toBe('2026-02-25');
    const late = appointmentDate(vn('2026-02-13T15:01'), threeDays, calendar);
    expect(late.date).toBe('2026-02-26');
    expect(late.countedFrom).toBe('2026-02-23');
    expect(late.deferred).toBe(true);
    expect(local(late.startAt)).toBe('2026-02-23T07:30');
  });

  it('treats 15:00:00.001 as after the cut-off (the cut-off minute itself is inclusive only to its first instant)', () => {
    const justAfter = new Date(vn('2026-03-05T15:00').getTime() + 1);
    expect(appointmentDate(justAfter, threeDays, calendar).countedFrom).toBe('2026-03-06');
  });

  it('counts a dossier received on an ordinary Saturday from the next working day', () => {
    // Saturday 07/03/2026 → counted as received Monday 09/03 → 10, 11, 12.
    const appointment = appointmentDate(vn('2026-03-07T09:00'), threeDays, calendar);
    expect(appointment.receivedOn).toBe('2026-03-07');
    expect(appointment.countedFrom).toBe('2026-03-09');
    expect(appointment.date).toBe('2026-03-12');
    expect(local(appointment.startAt)).toBe('2026-03-09T07:30');
    expect(appointment.deferred).toBe(true);
  });

  it('counts a dossier received on a Saturday inside Tết from the first working day after Tết', () => {
    const appointment = appointmentDate(vn('2026-02-14T08:00'), threeDays, calendar);
    expect(appointment.countedFrom).toBe('2026-02-23');
    expect(appointment.date).toBe('2026-02-26');
  });

  it('counts a make-up Saturday as a working day (Sat 10/01/2026)', () => {
    const appointment = appointmentDate(vn('2026-01-10T10:00'), threeDays, calendar);
    expect(appointment.countedFrom).toBe('2026-01-10');
    expect(appointment.deferred).toBe(false);
    expect(appointment.date).toBe('2026-01-14');
  });

  it('counts a receipt after the cut-off on the day before a holiday from after the holiday', () => {
    // Wednesday 29/04/2026 after 15:00: 30/4 and 1/5 are off, the weekend follows → counted from Monday 04/05.
    const appointment = appointmentDate(vn('2026-04-29T16:00'), { unit: 'working-days', value: 1 }, calendar);
    expect(appointment.countedFrom).toBe('2026-05-04');
    expect(appointment.date).toBe('2026-05-05');
  });

  it('counts a receipt before office hours on a working day from that day', () => {
    const appointment = appointmentDate(vn('2026-03-05T06:45'), threeDays, calendar);
    expect(appointment.countedFrom).toBe('2026-03-05');
    expect(appointment.date).toBe('2026-03-10');
  });

  it('takes the day in Vietnam whatever the instant is in UTC', () => {
    // 23:30 on Thursday 05/03 in Hà Nội is 16:30 UTC the same day; 00:30 on Friday 06/03 is still Thursday in UTC.
    const friday = appointmentDate(new Date('2026-03-05T17:30:00Z'), threeDays, calendar);
    expect(friday.receivedOn).toBe('2026-03-06');
    expect(friday.countedFrom).toBe('2026-03-06');
    expect(friday.date).toBe('2026-03-11');
  });

  it('accepts another cut-off and other office hours', () => {
    expect(appointmentDate(vn('2026-03-05T15:30'), threeDays, calendar, { cutoff: '16:00' }).countedFrom).toBe(
      '2026-03-05',
    );
    expect(appointmentDate(vn('2026-03-05T11:00'), threeDays, calendar, { cutoff: '10:30' }).countedFrom).toBe(
      '2026-03-06',
    );
    const hours = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '16:30' },
    ];
    const deferred = appointmentDate(vn('2026-03-05T15:30'), threeDays, calendar, { officeHours: hours });
    expect(local(deferred.startAt)).toBe('2026-03-06T08:00');
    expect(local(deferred.instant)).toBe('2026-03-11T16:30');
  });

  it('throws RangeError on a malformed cut-off or office hours (a caller bug)', () => {
    expect(() => appointmentDate(vn('2026-03-05T09:00'), threeDays, calendar, { cutoff: '3pm' })).toThrow(RangeError);
    expect(() => appointmentDate(vn('2026-03-05T09:00'), threeDays, calendar, { cutoff: '24:00' })).toThrow(RangeError);
    expect(() =>
      appointmentDate(vn('2026-03-05T09:00'), threeDays, calendar, { officeHours: [{ start: '12:00', end: '08:00' }] }),
    ).toThrow(RangeError);
    expect(() => appointmentDate(vn('2026-03-05T09:00'), threeDays, calendar, { officeHours: [] })).toThrow(RangeError);
  });
});

describe('appointmentDate, limits in working hours', () => {
  it('adds office hours from the receipt on a working day before the cut-off', () => {
    // 09:00 → 11:30 is 2.5 h; 13:30 + 1.5 h = 15:00.
    const appointment = appointmentDate(vn('2026-03-05T09:00'), fourHours, calendar);
    expect(appointment.basis).toBe('working-hours');
    expect(local(appointment.instant)).toBe('2026-03-05T15:00');
    expect(appointment.date).toBe('2026-03-05');
  });

  it('runs over into the next working day from a receipt at 14:59 or 15:00', () => {
    // 14:59 → 17:00 is 2 h 01; the remaining 1 h 59 from 07:30 on Friday.
    expect(local(appointmentDate(vn('2026-03-05T14:59'), fourHours, calendar).instant)).toBe('2026-03-06T09:29');
    expect(local(appointmentDate(vn('2026-03-05T15:00'), fourHours, calendar).instant)).toBe('2026-03-06T09:30');
  });

  it('starts at the next opening after the cut-off (15:01) or on a day off', () => {
    expect(local(appointmentDate(vn('2026-03-05T15:01'), fourHours, calendar).instant)).toBe('2026-03-06T11:30');
    expect(local(appointmentDate(vn('2026-03-07T10:00'), fourHours, calendar).instant)).toBe('2026-03-09T11:30');
    expect(local(appointmentDate(vn('2026-02-13T16:00'), fourHours, calendar).instant)).toBe('2026-02-23T11:30');
  });

  it('allows fractional hours', () => {
    expect(
      local(appointmentDate(vn('2026-03-05T07:30'), { unit: 'working-hours', value: 0.25 }, calendar).instant),
    ).toBe('2026-03-05T07:45');
  });
});

describe('stepDeadlines', () => {
  it('chains whole-day steps so that they end on the appointment (Tết 2026)', () => {
    const procedure = aProcedure().build();
    const appointment = appointmentDate(vn('2026-02-13T09:00'), procedure.timeLimit, calendar);
    const deadlines = stepDeadlines(procedure.steps, appointment.startAt, calendar);
    expect(
      deadlines.map((step) => [step.stepId, local(step.startsAt), step.due.date, local(step.due.instant)]),
    ).toEqual([
      ['tiep-nhan', '2026-02-13T09:00', '2026-02-23', '2026-02-23T17:00'],
      ['tham-dinh', '2026-02-23T17:00', '2026-02-24', '2026-02-24T17:00'],
      ['ky-duyet', '2026-02-24T17:00', '2026-02-25', '2026-02-25T17:00'],
    ]);
    expect((deadlines[2] as (typeof deadlines)[number]).due.date).toBe(appointment.date);
  });

  it('counts hours and fractional days in office hours, whole days to the close of the day', () => {
    const steps = [
      { id: 'a', duration: { unit: 'working-hours', value: 4 } },
      { id: 'b', duration: { unit: 'working-days', value: 0.5 } },
      { id: 'c', duration: { unit: 'working-days', value: 1 } },
    ] as const;
    const deadlines = stepDeadlines(steps, vn('2026-03-05T09:00'), calendar);
    expect(deadlines.map((step) => [step.due.basis, local(step.due.instant)])).toEqual([
      ['working-hours', '2026-03-05T15:00'],
      // 0.5 × 7.5 h = 3 h 45: 15:00 → 17:00, then 1 h 45 from Friday 07:30.
      ['working-hours', '2026-03-06T09:15'],
      ['working-days', '2026-03-09T17:00'],
    ]);
  });

  it('converts fractional days with the given hours per day', () => {
    const deadlines = stepDeadlines(
      [{ id: 'a', duration: { unit: 'working-days', value: 0.5 } }],
      vn('2026-03-05T07:30'),
      calendar,
      {
        hoursPerDay: 8,
      },
    );
    expect(local((deadlines[0] as (typeof deadlines)[number]).due.instant)).toBe('2026-03-05T11:30');
  });

  it('returns nothing for no steps', () => {
    expect(stepDeadlines([], vn('2026-03-05T07:30'), calendar)).toEqual([]);
  });
});
