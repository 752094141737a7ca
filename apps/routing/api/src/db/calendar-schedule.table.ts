import { updatedAt } from '@lienthong/db';
import type { YearSchedule } from '@lienthong/calendar';
import { integer, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { routingSchema } from './routing-schema.js';

/**
 * The official working-day schedules an administrator entered (`calendar.schedule-set`), one per year; the last
 * one set (by `setAt`) wins. The business calendar is the shipped schedules with these in place of theirs.
 */
export const calendarSchedules = routingSchema.table('calendar_schedules', {
  year: integer('year').primaryKey(),
  schedule: jsonb('schedule').$type<YearSchedule>().notNull(),
  setBy: text('set_by').notNull(),
  setAt: timestamp('set_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: updatedAt(),
});

export type CalendarScheduleRow = typeof calendarSchedules.$inferSelect;
