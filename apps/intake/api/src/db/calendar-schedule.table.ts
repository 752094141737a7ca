import type { YearSchedule } from '@lienthong/calendar';
import { integer, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { intakeSchema } from './intake-schema.js';

/**
 * The official working-day schedules (lịch làm việc: days off, swapped days, make-up Saturdays) an administrator
 * entered, one per year. An entered year replaces the shipped schedule (`OFFICIAL_SCHEDULES`) or the law's rule for
 * that year in every deadline this service computes; `calendar.schedule-set` gives routing the same copy.
 */
export const calendarSchedules = intakeSchema.table('calendar_schedules', {
  year: integer('year').primaryKey(),
  schedule: jsonb('schedule').$type<YearSchedule>().notNull(),
  setBy: text('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export type CalendarScheduleRow = typeof calendarSchedules.$inferSelect;
