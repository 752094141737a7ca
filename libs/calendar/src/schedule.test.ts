import { describe, expect, it } from 'vitest';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { YearSchedule, lawSchedule, validateYearSchedule } from './schedule.js';

const base = (): YearSchedule => structuredClone(lawSchedule(2027));

function errorOf(input: unknown) {
  const result = validateYearSchedule(input);
  if (result.ok) throw new Error('expected the schedule to be refused');
  return result.error;
}

describe('validateYearSchedule', () => {
  it('accepts every shipped official schedule', () => {
    expect(OFFICIAL_SCHEDULES.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    for (const schedule of OFFICIAL_SCHEDULES) {
      expect(validateYearSchedule(schedule)).toEqual({ ok: true, value: schedule });
    }
  });

  it("accepts the law's schedule of every year 1900–2100", () => {
    for (let year = 1900; year <= 2100; year += 1) {
      expect(validateYearSchedule(lawSchedule(year)).ok).toBe(true);
    }
  });

  it('trims reasons and source', () => {
    const input = { ...base(), source: '  Quyết định 1/QĐ-TTg  ' };
    input.workingDays.push({ date: '2027-01-09', reason: '  Làm bù  ' });
    const result = validateYearSchedule(input);
    expect(result.ok && result.value.source).toBe('Quyết định 1/QĐ-TTg');
    expect(result.ok && result.value.workingDays[0]?.reason).toBe('Làm bù');
  });

  it('refuses a day listed both as off and as a working day', () => {
    const input = base();
    input.daysOff.push({ date: '2027-01-09', reason: 'Nghỉ' });
    input.workingDays.push({ date: '2027-01-09', reason: 'Làm bù' });
    const error = errorOf(input);
    expect(error.code).toBe('SCHEDULE_DAY_CONFLICT');
    expect(error.details).toMatchObject({ date: '2027-01-09' });
    expect(error.messageVi).toBe('Ngày 2027-01-09 vừa được ghi là ngày nghỉ vừa là ngày làm việc');
    expect(error.messageEn).toBe('Date 2027-01-09 is listed both as a day off and as a working day');
  });

  it('refuses a date outside the schedule year, in either list', () => {
    const off = base();
    off.daysOff.push({ date: '2028-01-03', reason: 'Nghỉ' });
    expect(errorOf(off).code).toBe('SCHEDULE_DATE_OUTSIDE_YEAR');
    expect(errorOf(off).messageVi).toBe('Ngày 2028-01-03 không thuộc năm 2027 của lịch nghỉ');
    const working = base();
    working.workingDays.push({ date: '2026-12-26', reason: 'Làm bù' });
    expect(errorOf(working).details).toMatchObject({ date: '2026-12-26', year: 2027 });
  });

  it('refuses a date listed twice in one list', () => {
    const input = base();
    input.daysOff.push({ date: '2027-01-01', reason: 'Lần nữa' });
    expect(errorOf(input).code).toBe('SCHEDULE_DUPLICATE_DATE');
  });

  it('refuses a make-up working day that is not a Saturday or Sunday', () => {
    const input = base();
    input.workingDays.push({ date: '2027-01-08', reason: 'Làm bù' });
    const error = errorOf(input);
    expect(error.code).toBe('SCHEDULE_WORKING_DAY_NOT_WEEKEND');
    expect(error.messageVi).toBe('Ngày làm bù 2027-01-08 phải là thứ Bảy hoặc Chủ nhật');
  });

  it('refuses a schedule that works a weekday Art. 112 names as a holiday', () => {
    const input = base();
    input.daysOff = input.daysOff.filter((entry) => entry.date !== '2027-04-30');
    const error = errorOf(input);
    expect(error.code).toBe('SCHEDULE_HOLIDAY_MISSING');
    expect(error.details).toMatchObject({ year: 2027, date: '2027-04-30', holiday: 'Ngày Chiến thắng' });
    expect(error.messageVi).toBe('Lịch năm 2027 thiếu ngày lễ 2027-04-30 theo Điều 112 Bộ luật Lao động: Ngày Chiến thắng');
  });

  it('lets a schedule move the days the Prime Minister chooses (the Tết split, the day beside 2/9)', () => {
    const input = base();
    input.daysOff = input.daysOff.filter((entry) => entry.date !== '2027-09-03');
    input.daysOff.push({ date: '2027-09-01', reason: 'Quốc khánh (ngày liền kề)' });
    expect(validateYearSchedule(input).ok).toBe(true);
  });

  it('reports a malformed shape as SCHEDULE_INVALID with the field and every issue', () => {
    const error = errorOf({ year: 2027, source: '', daysOff: [{ date: '2027-02-30', reason: 'x' }], workingDays: [] });
    expect(error.code).toBe('SCHEDULE_INVALID');
    expect(error.messageVi).toBe('Lịch nghỉ năm không hợp lệ ở "source": Phải ghi nguồn (văn bản quyết định)');
    expect(error.messageEn).toBe('The year schedule is invalid at "source"');
    expect(error.details['issues']).toEqual(
      expect.arrayContaining([
        { path: 'source', message: 'Phải ghi nguồn (văn bản quyết định)' },
        { path: 'daysOff.0.date', message: 'Ngày phải có dạng YYYY-MM-DD' },
      ]),
    );
  });

  it.each([
    [null, 'schedule'],
    [{ year: '2027', source: 's', daysOff: [], workingDays: [] }, 'year'],
    [{ year: 1899, source: 's', daysOff: [], workingDays: [] }, 'year'],
    [{ year: 2027, source: 's', daysOff: 'none', workingDays: [] }, 'daysOff'],
    [{ year: 2027, source: 's', daysOff: [], workingDays: [{ date: '2027-01-09' }] }, 'workingDays.0.reason'],
  ])('refuses the malformed schedule %j at %s', (input, field) => {
    const error = errorOf(input);
    expect(error.code).toBe('SCHEDULE_INVALID');
    expect(error.details['field']).toBe(field);
  });

  it('is also usable as a zod schema with Vietnamese messages', () => {
    const input = base();
    input.workingDays.push({ date: '2027-01-08', reason: 'Làm bù' });
    const parsed = YearSchedule.safeParse(input);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ['workingDays', 0, 'date'],
        message: 'Ngày làm bù 2027-01-08 phải là thứ Bảy hoặc Chủ nhật',
      }),
    ]);
  });
});

describe('lawSchedule', () => {
  it('lists the holidays and nghỉ bù of the law, with no make-up days', () => {
    const schedule = lawSchedule(2027);
    expect(schedule.year).toBe(2027);
    expect(schedule.workingDays).toEqual([]);
    expect(schedule.daysOff.map((d) => d.date)).toContain('2027-05-03');
    expect(schedule.source).toContain('Điều 112');
  });
});
