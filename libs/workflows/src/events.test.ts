import { describe, expect, it } from 'vitest';
import { WORKFLOW_EVENTS, calendarScheduleSet, dossierReceived } from './events.js';

describe('workflow events', () => {
  it('have examples that their own schemas accept', () => {
    for (const event of WORKFLOW_EVENTS) expect(event.payload.safeParse(event.example).success).toBe(true);
  });

  it('refuse a received dossier without an appointment, and a schedule for a year outside the calendar', () => {
    const { appointment: _dropped, ...withoutAppointment } = dossierReceived.example;
    expect(dossierReceived.payload.safeParse(withoutAppointment).success).toBe(false);
    const badYear = {
      ...calendarScheduleSet.example,
      schedule: { ...calendarScheduleSet.example.schedule, year: 1800 },
    };
    expect(calendarScheduleSet.payload.safeParse(badYear).success).toBe(false);
  });
});
