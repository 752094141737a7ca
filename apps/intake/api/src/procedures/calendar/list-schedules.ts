import { OFFICIAL_SCHEDULES, lawSchedule, vietnamDateOf, type YearSchedule } from '@lienthong/calendar';
import { z } from 'zod';
import { protectedProcedure } from '../../trpc.js';
import { enteredSchedules } from './business-calendar.js';
import { CalendarYearDto } from './calendar-schedule.dto.js';

/** The first year listed: the first shipped schedule. */
export const FIRST_LISTED_YEAR = 2024;

const copy = (schedule: YearSchedule) => ({
  year: schedule.year,
  source: schedule.source,
  daysOff: schedule.daysOff.map(({ date, reason }) => ({ date, reason })),
  workingDays: schedule.workingDays.map(({ date, reason }) => ({ date, reason })),
});

/**
 * The working-day schedule of every year from 2024 to next year (and of any other year entered), with where it comes
 * from: `entered` (an administrator's, which wins), `shipped` (libs/calendar's OFFICIAL_SCHEDULES) or `law` (Labour
 * Code Art. 112 with its nghỉ bù, for years without an official schedule). Any signed-in user.
 */
export const listSchedules = protectedProcedure.output(z.array(CalendarYearDto)).query(async ({ ctx }) => {
  const entered = new Map((await enteredSchedules(ctx.db)).map((row) => [row.year, row]));
  const currentYear = Number(vietnamDateOf(ctx.clock.now()).slice(0, 4));
  const years = new Set<number>(entered.keys());
  for (let year = FIRST_LISTED_YEAR; year <= currentYear + 1; year += 1) years.add(year);
  return [...years]
    .sort((a, b) => a - b)
    .map((year): CalendarYearDto => {
      const row = entered.get(year);
      if (row) return { year, origin: 'entered', schedule: copy(row.schedule), setBy: row.setBy, setAt: row.setAt };
      const shipped = OFFICIAL_SCHEDULES.find((schedule) => schedule.year === year);
      return shipped
        ? { year, origin: 'shipped', schedule: copy(shipped), setBy: null, setAt: null }
        : { year, origin: 'law', schedule: copy(lawSchedule(year)), setBy: null, setAt: null };
    });
});
