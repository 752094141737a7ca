import { describe, expect, it } from 'vitest';
import { lawSchedule, validateYearSchedule } from '../schedule.js';
import { aYearSchedule } from './index.js';

describe('aYearSchedule', () => {
  it("starts from the law's schedule and stays valid", () => {
    const schedule = aYearSchedule(2027).build();
    expect(schedule.daysOff).toEqual(lawSchedule(2027).daysOff);
    expect(validateYearSchedule(schedule).ok).toBe(true);
  });

  it('adds and removes days, and builds independent copies', () => {
    const builder = aYearSchedule(2027).withSource('Quyết định thử').withWorkingDay('2027-02-20').withoutDayOff('2027-09-03');
    const first = builder.build();
    first.workingDays.push({ date: '2027-02-27', reason: 'x' });
    const second = builder.build();
    expect(second.source).toBe('Quyết định thử');
    expect(second.workingDays).toEqual([{ date: '2027-02-20', reason: 'Làm bù (thử nghiệm)' }]);
    expect(second.daysOff.some((entry) => entry.date === '2027-09-03')).toBe(false);
  });

  it('can build an invalid schedule on purpose', () => {
    const result = validateYearSchedule(aYearSchedule(2027).withoutDayOff('2027-04-30').build());
    expect(!result.ok && result.error.code).toBe('SCHEDULE_HOLIDAY_MISSING');
  });
});
