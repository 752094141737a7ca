import { OFFICIAL_SCHEDULES, lawSchedule } from '@lienthong/calendar';
import { aYearSchedule } from '@lienthong/calendar/testing';
import { testDatabaseDriver } from '@lienthong/db/testing';
import { parseEventData } from '@lienthong/events';
import { calendarScheduleSet, dossierReceived } from '@lienthong/workflows/events';
import { aProcedure } from '@lienthong/workflows/testing';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarSchedules, intakeOutbox } from '../../db/schema.js';
import { createIntakeTestHarness, type IntakeTestHarness } from '../../testing.js';
import { admin, codeOf, communeClerk, communeLeader, domainErrorOf, publish } from '../procedures/catalogue.fixture.js';

// Friday 13 February 2026, 09:00 in Vietnam.
const FRIDAY_9AM = '2026-02-13T02:00:00Z';
const THREE_DAYS = { unit: 'working-days', value: 3 } as const;
const shipped2026 = OFFICIAL_SCHEDULES.find((schedule) => schedule.year === 2026);
if (!shipped2026) throw new Error('libs/calendar ships no 2026 schedule');

/** The shipped 2026 schedule with one more day off: Monday 23 February, the first working day after Tết. */
const with23FebruaryOff = {
  ...shipped2026,
  source: 'Quyết định (thử nghiệm) cho nghỉ thêm thứ Hai 23/02/2026',
  daysOff: [...shipped2026.daysOff, { date: '2026-02-23', reason: 'Nghỉ thêm sau Tết (thử nghiệm)' }],
  workingDays: [...shipped2026.workingDays],
};

describe(`calendar schedules on ${testDatabaseDriver()}`, () => {
  let h: IntakeTestHarness;

  beforeAll(async () => {
    h = await createIntakeTestHarness(FRIDAY_9AM);
    await publish(h, communeLeader, aProcedure().build());
  });
  afterAll(() => h.close());

  it('lists 2024 to next year: shipped schedules, then the law’s rule', async () => {
    const years = await h.callerFor(communeClerk).calendar.schedules();
    expect(years.map(({ year, origin }) => [year, origin])).toEqual([
      [2024, 'shipped'],
      [2025, 'shipped'],
      [2026, 'shipped'],
      [2027, 'law'],
    ]);
    expect(years[2]?.schedule.daysOff).toContainEqual({ date: '2026-02-17', reason: 'Tết Âm lịch (mùng 1)' });
    expect(years[3]).toEqual({ year: 2027, origin: 'law', schedule: lawSchedule(2027), setBy: null, setAt: null });
  });

  it('previews the appointment as a receipt counts it', async () => {
    const preview = h.callerFor(communeClerk).calendar.preview;
    expect(await preview({ limit: THREE_DAYS })).toMatchObject({ date: '2026-02-25', deferred: false });
    expect(await preview({ receivedAt: new Date('2026-02-13T15:01:00+07:00'), limit: THREE_DAYS })).toMatchObject({
      date: '2026-02-26',
      countedFrom: '2026-02-23',
      deferred: true,
    });
    expect(
      await preview({ receivedAt: new Date('2026-02-13T15:00:00+07:00'), limit: { unit: 'working-hours', value: 4 } }),
    ).toMatchObject({ basis: 'working-hours', date: '2026-02-23', instant: new Date('2026-02-23T09:30:00+07:00') });
  });

  it('refuses a schedule from anyone but an administrator, and an invalid one, storing and announcing nothing', async () => {
    expect(await codeOf(h.callerFor(communeLeader).calendar.setSchedule(with23FebruaryOff))).toBe('ROLE_REQUIRED');
    const withoutVictoryDay = aYearSchedule(2027).withoutDayOff('2027-04-30').build();
    const missing = await domainErrorOf(h.callerFor(admin).calendar.setSchedule(withoutVictoryDay));
    expect(missing?.code).toBe('SCHEDULE_HOLIDAY_MISSING');
    expect(missing?.messageVi).toMatch(/30\/04\/2027|2027-04-30/);
    const weekdayMakeUp = aYearSchedule(2027).withWorkingDay('2027-03-03').build();
    expect(await codeOf(h.callerFor(admin).calendar.setSchedule(weekdayMakeUp))).toBe(
      'SCHEDULE_WORKING_DAY_NOT_WEEKEND',
    );
    expect(await h.database.db.select().from(calendarSchedules)).toEqual([]);
    expect(await h.database.db.select().from(intakeOutbox)).toEqual([]);
  });

  it('stores an entered schedule with its event, and receipts count by it from then on', async () => {
    const set = await h.callerFor(admin).calendar.setSchedule(with23FebruaryOff);
    expect(set).toEqual({
      year: 2026,
      origin: 'entered',
      schedule: with23FebruaryOff,
      setBy: 'quantri',
      setAt: new Date(FRIDAY_9AM),
    });
    const [event] = await h.database.db.select().from(intakeOutbox);
    if (!event) throw new Error('no outbox row');
    expect(event).toMatchObject({ topic: 'dossiers', key: '2026', type: calendarScheduleSet.type });
    const parsed = parseEventData(calendarScheduleSet, event.envelope);
    expect(parsed.ok && parsed.value).toEqual({
      schedule: with23FebruaryOff,
      setBy: 'quantri',
      setAt: '2026-02-13T02:00:00.000Z',
    });
    const years = await h.callerFor(communeClerk).calendar.schedules();
    expect(years.find((year) => year.year === 2026)).toMatchObject({ origin: 'entered', setBy: 'quantri' });

    // Received on Friday 13/02 with 3 working days: Tue 24, Wed 25, Thu 26 once Monday 23 is off.
    const receipt = await h.callerFor(communeClerk).dossiers.receive({
      procedureCode: aProcedure().build().code,
      applicant: { name: 'Nguyễn Văn An' },
    });
    expect(receipt.appointment).toMatchObject({ date: '2026-02-26', instant: new Date('2026-02-26T10:00:00Z') });
    const received = (await h.database.db.select().from(intakeOutbox).orderBy(asc(intakeOutbox.id))).find(
      (row) => row.type === dossierReceived.type,
    );
    expect(received?.envelope.data).toMatchObject({ appointment: { date: '2026-02-26' } });
  });

  it('replaces a year’s schedule when it is entered again', async () => {
    await h.callerFor(admin).calendar.setSchedule({ ...shipped2026, source: 'Trở lại lịch đã công bố' });
    expect((await h.database.db.select().from(calendarSchedules)).map((row) => row.schedule.source)).toEqual([
      'Trở lại lịch đã công bố',
    ]);
    expect(await h.callerFor(communeClerk).calendar.preview({ limit: THREE_DAYS })).toMatchObject({
      date: '2026-02-25',
    });
    const events = await h.database.db.select().from(intakeOutbox);
    expect(events.filter((row) => row.type === calendarScheduleSet.type)).toHaveLength(2);
  });
});
