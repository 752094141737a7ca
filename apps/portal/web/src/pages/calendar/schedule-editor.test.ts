import { describe, expect, it } from 'vitest';
import {
  addEntry,
  draftOf,
  isChanged,
  isWeekend,
  removeEntry,
  toSetScheduleInput,
  weekdayOf,
  type CalendarYear,
} from './schedule-editor.js';

const YEAR_2027: CalendarYear = {
  year: 2027,
  origin: 'law',
  schedule: {
    year: 2027,
    source: 'Bộ luật Lao động 2019, Điều 112',
    daysOff: [
      { date: '2027-09-02', reason: 'Quốc khánh' },
      { date: '2027-01-01', reason: 'Tết Dương lịch' },
    ],
    workingDays: [],
  },
  setBy: null,
  setAt: null,
};

describe('the schedule draft', () => {
  it('starts from the year’s schedule, days in date order', () => {
    expect(draftOf(YEAR_2027).daysOff.map((entry) => entry.date)).toEqual(['2027-01-01', '2027-09-02']);
    expect(isChanged(draftOf(YEAR_2027), YEAR_2027)).toBe(false);
  });

  it('adds a day off in date order, and removes it again', () => {
    const added = addEntry(draftOf(YEAR_2027), 'daysOff', { date: '30/4/2027', reason: '  Ngày  Chiến thắng ' });
    if (!added.ok) throw new Error('expected the day to be added');
    expect(added.draft.daysOff).toEqual([
      { date: '2027-01-01', reason: 'Tết Dương lịch' },
      { date: '2027-04-30', reason: 'Ngày Chiến thắng' },
      { date: '2027-09-02', reason: 'Quốc khánh' },
    ]);
    expect(isChanged(added.draft, YEAR_2027)).toBe(true);
    const removed = removeEntry(added.draft, 'daysOff', '2027-04-30');
    expect(isChanged(removed, YEAR_2027)).toBe(false);
  });

  it('refuses what libs/calendar would refuse, before saving', () => {
    const draft = draftOf(YEAR_2027);
    expect(addEntry(draft, 'daysOff', { date: '31/12/2026', reason: 'Nghỉ' })).toEqual({
      ok: false,
      problems: { date: { key: 'calendar.validation.outsideYear', params: { year: 2027 } } },
    });
    expect(addEntry(draft, 'daysOff', { date: '02/09/2027', reason: 'Nghỉ' })).toEqual({
      ok: false,
      problems: { date: { key: 'calendar.validation.duplicate', params: { date: '02/09/2027' } } },
    });
    // 2027-09-04 is a Saturday; 2027-09-06 a Monday.
    expect(addEntry(draft, 'workingDays', { date: '06/09/2027', reason: 'Làm bù' })).toEqual({
      ok: false,
      problems: { date: { key: 'calendar.validation.notWeekend', params: { date: '06/09/2027' } } },
    });
    expect(addEntry(draft, 'workingDays', { date: '04/09/2027', reason: '' })).toEqual({
      ok: false,
      problems: { reason: { key: 'calendar.validation.reasonRequired' } },
    });
    expect(addEntry(draft, 'daysOff', { date: '29/02/2027', reason: 'x'.repeat(301) })).toEqual({
      ok: false,
      problems: { date: { key: 'validation.dateFormat' }, reason: { key: 'calendar.validation.reasonTooLong' } },
    });
  });

  it('refuses a day that is already on the other list', () => {
    const withMakeUp = addEntry(draftOf(YEAR_2027), 'workingDays', { date: '04/09/2027', reason: 'Làm bù' });
    if (!withMakeUp.ok) throw new Error('expected the make-up day to be added');
    expect(addEntry(withMakeUp.draft, 'daysOff', { date: '04/09/2027', reason: 'Nghỉ' })).toEqual({
      ok: false,
      problems: { date: { key: 'calendar.validation.conflict', params: { date: '04/09/2027' } } },
    });
  });

  it('sends the whole year with its source, which is required', () => {
    expect(toSetScheduleInput(draftOf(YEAR_2027))).toEqual({
      ok: true,
      input: {
        year: 2027,
        source: 'Bộ luật Lao động 2019, Điều 112',
        daysOff: [
          { date: '2027-01-01', reason: 'Tết Dương lịch' },
          { date: '2027-09-02', reason: 'Quốc khánh' },
        ],
        workingDays: [],
      },
    });
    expect(toSetScheduleInput({ ...draftOf(YEAR_2027), source: '  ' })).toEqual({
      ok: false,
      problem: { key: 'calendar.validation.sourceRequired' },
    });
  });
});

describe('weekdays', () => {
  it('are those of the calendar date, whatever the computer’s time zone', () => {
    expect(weekdayOf('2025-09-02')).toBe(2);
    expect(isWeekend('2025-09-06')).toBe(true);
    expect(isWeekend('2025-09-07')).toBe(true);
    expect(isWeekend('2025-09-08')).toBe(false);
  });
});
