import { requireOrgId } from '@lienthong/auth';
import { createBusinessCalendar, validateYearSchedule } from '@lienthong/calendar';
import { withTransaction } from '@lienthong/db';
import { enqueue } from '@lienthong/events';
import { unwrap } from '@lienthong/service-kit';
import { calendarScheduleSet } from '@lienthong/workflows/events';
import { z } from 'zod';
import { calendarSchedules, intakeOutbox } from '../../db/schema.js';
import { EVENT_SOURCE } from '../../event-source.js';
import { requireRoles } from '../../trpc.js';
import { enteredSchedules } from './business-calendar.js';
import { CalendarYearDto } from './calendar-schedule.dto.js';

const ScheduleDayInput = z.object({
  date: z.string({ error: 'Ngày phải có dạng YYYY-MM-DD' }),
  reason: z.string({ error: 'Lý do phải là chuỗi ký tự' }),
});

/** A year's schedule; the rules (dates in the year, Art. 112 holidays off, make-up days on weekends…) are checked by `validateYearSchedule`. */
export const SetScheduleInput = z.object({
  year: z.number({ error: 'Năm phải là một số' }).int({ error: 'Năm phải là số nguyên' }),
  /** The decision it comes from (Quyết định, Công văn…). */
  source: z.string({ error: 'Nguồn phải là chuỗi ký tự' }),
  daysOff: z.array(ScheduleDayInput, { error: 'Ngày nghỉ phải là một danh sách' }),
  workingDays: z.array(ScheduleDayInput, { error: 'Ngày làm bù phải là một danh sách' }),
});

/**
 * Enters (or replaces) the official working-day schedule of a year: validated by libs/calendar's `validateYearSchedule`
 * (SCHEDULE_HOLIDAY_MISSING, SCHEDULE_WORKING_DAY_NOT_WEEKEND, SCHEDULE_DATE_OUTSIDE_YEAR, SCHEDULE_DUPLICATE_DATE,
 * SCHEDULE_DAY_CONFLICT, SCHEDULE_INVALID; Vietnamese messages), stored, and announced with `calendar.schedule-set` in
 * the same transaction so that routing counts by the same days. From then on receipts count by it. Administrators.
 */
export const setSchedule = requireRoles('quan-tri')
  .input(SetScheduleInput)
  .output(CalendarYearDto)
  .mutation(async ({ ctx, input }) => {
    const schedule = unwrap(validateYearSchedule(input));
    const tenant = unwrap(requireOrgId(ctx.principal));
    const now = ctx.clock.now();
    const row = await withTransaction(ctx.db, async (tx) => {
      const others = (await enteredSchedules(tx)).filter((entered) => entered.year !== schedule.year);
      // Every entered year must still build a calendar together (they were each valid; this is a guard, not a rule).
      unwrap(createBusinessCalendar({ schedules: [...others.map((entered) => entered.schedule), schedule] }));
      const values = { year: schedule.year, schedule, setBy: ctx.principal.username, setAt: now };
      const [stored] = await tx
        .insert(calendarSchedules)
        .values(values)
        .onConflictDoUpdate({ target: calendarSchedules.year, set: { schedule, setBy: values.setBy, setAt: now } })
        .returning();
      if (!stored) throw new Error('INSERT … RETURNING gave no row');
      await enqueue(
        tx,
        intakeOutbox,
        calendarScheduleSet,
        { schedule, setBy: ctx.principal.username, setAt: now.toISOString() },
        { id: ctx.ids(), source: EVENT_SOURCE, tenant, time: now },
      );
      return stored;
    });
    ctx.onOutboxWritten();
    ctx.logger.info({ year: row.year, by: row.setBy }, 'working-day schedule entered');
    return { year: row.year, origin: 'entered', schedule: row.schedule, setBy: row.setBy, setAt: row.setAt };
  });
